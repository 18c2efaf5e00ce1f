package dev.strata.cli;

import dev.strata.Strata;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code strata migrate validate}: checks the directory against its {@code atlas.sum}. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validate the migration directory: atlas.sum matches the files and versions are unique.")
final class ValidateCommand implements Runnable {

    @Mixin
    DirOptions dir;

    @Mixin
    ProjectOptions project;

    @Override
    public void run() {
        project.dirs(dir).forEach(d -> Strata.builder().dir(d.open()).build().validate());
    }
}
