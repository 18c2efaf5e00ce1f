package dev.strata.cli;

import dev.strata.migrate.LocalDir;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.time.Instant;

/** {@code strata migrate new [name]}: an empty migration file named by the current UTC time. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Create an empty migration file <UTC yyyyMMddHHmmss>_<name>.sql and update atlas.sum.")
final class NewCommand implements Runnable {

    @Mixin
    DirOptions dir;

    @Parameters(arity = "0..1", paramLabel = "NAME", description = "The description part of the file name.")
    String name;

    @Override
    public void run() {
        LocalDir.checkMigrationName(name); // Before the directory is created.
        dir.url().openOrCreate().newMigration(name, Instant.now());
    }
}
