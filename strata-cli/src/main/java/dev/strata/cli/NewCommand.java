package dev.strata.cli;

import dev.strata.UsageException;
import dev.strata.migrate.DirUrl;
import dev.strata.migrate.LocalDir;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.time.Instant;
import java.util.List;

/** {@code strata migrate new [name]}: an empty migration file named by the current UTC time. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Create an empty migration file <UTC yyyyMMddHHmmss>_<name>.sql and update atlas.sum.")
final class NewCommand implements Runnable {

    @Mixin
    DirOptions dir;

    @Mixin
    ProjectOptions project;

    @Parameters(arity = "0..1", paramLabel = "NAME", description = "The description part of the file name.")
    String name;

    @Override
    public void run() {
        LocalDir.checkMigrationName(name); // Before the directory is created.
        List<DirUrl> dirs = project.dirs(dir);
        if (dirs.size() > 1) {
            throw new UsageException("the env's instances use " + dirs.size() + " migration directories: pass --dir");
        }
        dirs.get(0).openOrCreate().newMigration(name, Instant.now());
    }
}
