package dev.strata.migrate;

import dev.strata.StrataException;
import dev.strata.UsageException;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code migrate rebase VERSION...} (Atlas Pro's command): after a branch is merged whose files sort
 * before files main already has, the given files are renamed to new versions after the latest, in
 * their order, and {@code atlas.sum} is written again, so that {@code --exec-order linear} stays
 * safe. The sum is not checked first: after such a merge it is usually the file in conflict.
 *
 * <p>Only files no database has applied yet may be rebased: a database that ran one under its old
 * version would run it again under the new one.
 */
public final class Rebase {

    private Rebase() {
    }

    /**
     * Renames the files.
     *
     * @param versions the versions of the files to move, each naming one file of the directory
     * @param now      the time that gives the new versions when it sorts after the latest
     * @return the old names and the new ones, in the order they now run
     * @throws UsageException  when a version names no file, or no version after the latest can be found
     * @throws StrataException when a file cannot be renamed
     */
    public static Map<String, String> rebase(LocalDir dir, List<String> versions, Instant now) {
        if (versions.isEmpty()) {
            throw new UsageException("migrate rebase: at least one version is required");
        }
        List<MigrationFile> files = dir.files();
        Set<String> moving = Set.copyOf(versions);
        List<MigrationFile> moved = new ArrayList<>();
        String latest = "";
        for (MigrationFile f : files) {
            if (moving.contains(f.version())) {
                moved.add(f);
            } else if (Names.compare(f.version(), latest) > 0) {
                latest = f.version();
            }
        }
        for (String v : versions) {
            if (moved.stream().noneMatch(f -> f.version().equals(v))) {
                throw new UsageException("migrate rebase: migration with version \"" + v + "\" not found in "
                        + dir.location());
            }
        }
        Map<String, String> renamed = new LinkedHashMap<>();
        String previous = latest;
        for (MigrationFile f : moved) {
            String version = after(previous, now);
            String name = version + f.name().substring(f.version().length());
            move(dir, f.name(), name);
            renamed.put(f.name(), name);
            previous = version;
        }
        dir.writeSum();
        return renamed;
    }

    /** A version after {@code latest}: the time's, else the latest plus one when that sorts after it. */
    static String after(String latest, Instant now) {
        String stamp = LocalDir.Version.FORMAT.format(now);
        if (Names.compare(stamp, latest) > 0) {
            return stamp;
        }
        if (latest.matches("[0-9]+")) {
            String next = new BigInteger(latest).add(BigInteger.ONE).toString();
            if (next.length() == latest.length()) {
                return next;
            }
        }
        throw new UsageException("migrate rebase: no version sorts after \"" + latest + "\": rename the files by hand");
    }

    private static void move(LocalDir dir, String from, String to) {
        Path source = dir.path().resolve(from);
        try {
            Files.move(source, dir.path().resolve(to));
        } catch (IOException e) {
            throw new StrataException("cannot rename " + dir.location() + "/" + from + " to " + to + ": "
                    + e.getMessage(), e);
        }
    }
}
