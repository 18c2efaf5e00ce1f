package dev.strata.cli;

import dev.strata.StrataException;
import dev.strata.UsageException;
import dev.strata.migrate.DirUrl;
import dev.strata.migrate.LocalDir;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** {@code strata migrate new [name]}: an empty migration file named by the current UTC time. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Create an empty migration file <UTC yyyyMMddHHmmss>_<name>.sql and update atlas.sum.")
final class NewCommand implements Runnable {

    private static final DateTimeFormatter VERSION = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    @Mixin
    DirOptions dir;

    @Mixin
    ProjectOptions project;

    @Parameters(arity = "0..1", paramLabel = "NAME", description = "The description part of the file name.")
    String name;

    @Override
    public void run() {
        if (name != null && (name.contains("/") || name.contains("\\"))) {
            throw new UsageException("migration name " + name + " must not contain a path separator");
        }
        List<DirUrl> dirs = project.dirs(dir);
        if (dirs.size() > 1) {
            throw new UsageException("the env's instances use " + dirs.size() + " migration directories: pass --dir");
        }
        LocalDir d = dirs.get(0).openOrCreate();
        d.verify();
        String version = ZonedDateTime.now(ZoneOffset.UTC).format(VERSION);
        String file = version + (name == null || name.isEmpty() ? "" : "_" + name) + ".sql";
        if (Files.exists(d.path().resolve(file))) {
            throw new StrataException("migration file " + d.location() + "/" + file
                    + " already exists (wait a second, or pick another name)");
        }
        d.write(file, new byte[0]);
        d.writeSum();
    }
}
