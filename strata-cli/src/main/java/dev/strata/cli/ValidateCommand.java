package dev.strata.cli;

import dev.strata.migrate.LocalDir;
import dev.strata.migrate.MigrationDir;
import dev.strata.migrate.MigrationFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.List;

/** {@code strata migrate validate}: checks the directory against its {@code atlas.sum}. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validate the migration directory: atlas.sum matches the files and versions are unique.")
final class ValidateCommand implements Runnable {

    @Mixin
    DirOptions dir;

    @Override
    public void run() {
        LocalDir d = dir.url().open();
        List<MigrationFile> files = d.files();
        d.verify(files);
        MigrationDir.requireUniqueVersions(files);
    }
}
