package dev.strata.cli;

import dev.strata.Strata;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code strata migrate validate}: checks the directory against its {@code atlas.sum}. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validate the migration directory: atlas.sum matches the files and versions are unique.")
final class ValidateCommand implements Runnable {

    private final Cli cli;

    @Mixin
    DirOptions dir;

    @Mixin
    ProjectOptions project;

    ValidateCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public void run() {
        project.dirs(dir).forEach(d -> Strata.builder().dir(DirOptions.open(d, cli.term())).build().validate());
    }
}
