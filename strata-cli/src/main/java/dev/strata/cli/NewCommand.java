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
        description = "Create an empty migration file <yyyyMMddHHmmss>_<name>.sql (the time in UTC, the next"
                + " free second when that version is taken), update atlas.sum, and print the file's path.")
final class NewCommand implements Runnable {

    private final Cli cli;

    @Mixin
    DirOptions dir;

    @Mixin
    ProjectOptions project;

    @Parameters(arity = "0..1", paramLabel = "NAME", description = "The description part of the file name.")
    String name;

    NewCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public void run() {
        LocalDir.checkMigrationName(name); // Before the directory is created.
        List<DirUrl> dirs = project.dirs(dir);
        if (dirs.size() > 1) {
            throw new UsageException("the env's instances use " + dirs.size() + " migration directories: pass --dir");
        }
        LocalDir created = dirs.get(0).openOrCreate();
        cli.term().println(created.path().resolve(created.newMigration(name, Instant.now())).toString());
    }
}
