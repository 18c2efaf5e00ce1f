package dev.strata.dist;

import dev.strata.testing.TestDb;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tarball's AOT caches were trained on connected PostgreSQL and MariaDB paths, whatever built
 * them: the build starts embedded servers of its own for the training (dist/build.sh), so a no-op
 * apply loads only a few dozen classes from outside the cache (25 and 34 with the driver's cache,
 * 18 and 25 with the full one, when measured), against 169 and 81 for a cache trained on closed
 * ports only. The threshold sits between the two. bin/strata starts the no-op with the driver's
 * release cache, which holds that driver's classes and neither picocli's model, SQLite nor the other
 * driver (JDK 25 loads every class of its cache at start, so the log shows what the cache holds);
 * the full cache, which every other command starts with, is checked through lib/strata.args.
 */
class TrainedCacheIT extends UnpackedTarball {

    private static final int MOST_UNCACHED = 60;

    @Test
    void postgresNoOpApplyComesFromTheDriversCache() throws Exception {
        try (TestDb db = TestDb.postgres()) {
            assertDriversCache(db, "org.postgresql.Driver", "org.mariadb.");
        }
    }

    @Test
    void mariadbNoOpApplyComesFromTheDriversCache() throws Exception {
        try (TestDb db = TestDb.mariadb()) {
            assertDriversCache(db, "org.mariadb.jdbc.Driver", "org.postgresql.");
        }
    }

    /** bin/strata's no-op apply on {@code db}: few classes from jars, its driver cached, the rest absent. */
    private void assertDriversCache(TestDb db, String driver, String otherDriver) throws Exception {
        List<String> loaded = loadedOnNoOpApply(db, List.of(strata.resolve("bin/strata")));
        assertThat(uncached(loaded)).isLessThan(MOST_UNCACHED);
        assertThat(loaded).anyMatch(l -> l.startsWith(driver + " source: shared objects file"))
                .noneMatch(l -> l.startsWith(otherDriver) || l.startsWith("org.sqlite."))
                .filteredOn(l -> l.startsWith("picocli.")).hasSizeLessThan(5);
    }

    @Test
    void theFullCacheServesPostgresqlToo() throws Exception {
        try (TestDb db = TestDb.postgres()) {
            assertFullCache(db);
        }
    }

    @Test
    void theFullCacheServesMariadbToo() throws Exception {
        try (TestDb db = TestDb.mariadb()) {
            assertFullCache(db);
        }
    }

    /**
     * The no-op through lib/strata.args: few classes from jars, and the full cache holds everything.
     * The log option goes in the file, after its -Xlog:disable (the file ends with the main class).
     */
    private void assertFullCache(TestDb db) throws Exception {
        Path args = tmp.resolve("strata.args");
        Files.writeString(args, Files.readString(strata.resolve("lib/strata.args")).replace("/strata/", strata + "/")
                .replace("\n-cp\n", "\n" + classLogOption(db) + "\n-cp\n"));
        List<String> loaded = loadedOnNoOpApply(db, List.of(strata.resolve("runtime/bin/java"), "@" + args));
        assertThat(uncached(loaded)).isLessThan(MOST_UNCACHED);
        assertThat(loaded).as("picocli, SQLite and both drivers in the full cache")
                .anyMatch(l -> l.startsWith("picocli.CommandLine source: shared objects file"))
                .anyMatch(l -> l.startsWith("org.sqlite.JDBC source: shared objects file"))
                .anyMatch(l -> l.startsWith("org.mariadb.jdbc.Driver source: shared objects file"))
                .anyMatch(l -> l.startsWith("org.postgresql.Driver source: shared objects file"));
    }

    /**
     * The classes (name and source) a no-op apply loads, started by {@code launcher}: bin/strata,
     * given the log option in STRATA_JAVA_OPTS, or java @args with the option in the file already.
     */
    private List<String> loadedOnNoOpApply(TestDb db, List<?> launcher) throws Exception {
        Path dir = NoJdkIT.migrations(tmp);
        List<String> line = List.of("migrate", "apply", "--url", db.url(), "--dir", "file://" + dir);
        Dist.Result first = Dist.run(tmp, Map.of("PATH", NoJdk.PATH), Dist.cmd(launcher, line));
        assertThat(first.exitCode()).as(first.toString()).isZero();
        Path log = classLog(db);
        Files.deleteIfExists(log);
        Dist.Result noOp = Dist.run(tmp, Map.of("PATH", NoJdk.PATH, "STRATA_JAVA_OPTS", classLogOption(db)),
                Dist.cmd(launcher, line));
        assertThat(noOp.stdout()).as(noOp.toString()).contains("No migration files to execute");
        List<String> loaded = Files.readAllLines(log).stream().filter(l -> l.contains("source:"))
                .map(l -> l.substring(l.indexOf("] ") + 2)).toList();
        assertThat(loaded).hasSizeGreaterThan(1000);
        return loaded;
    }

    private Path classLog(TestDb db) {
        return tmp.resolve("classes-" + db.kind() + ".log");
    }

    private String classLogOption(TestDb db) {
        return "-Xlog:class+load:file=" + classLog(db);
    }

    /** How many of the loaded classes came from jars rather than the cache. */
    private static long uncached(List<String> loaded) {
        return loaded.stream().filter(l -> !l.contains("source: shared objects file")).count();
    }
}
