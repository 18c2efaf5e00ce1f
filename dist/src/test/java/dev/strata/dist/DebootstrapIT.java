package dev.strata.dist;

import dev.strata.testing.TestDb;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Optional: the unpacked tarball runs inside a minimal Debian (debootstrap --variant=minbase
 * bookworm), which has no Java and nothing of the host but the kernel, with /proc and /dev mounted.
 *
 * <p>Skipped when debootstrap is not installed, and when the root file system cannot be made (it
 * downloads about 50 MB from the Debian mirror once). The root is cached outside the repository,
 * in ~/.cache/strata/debootstrap/bookworm-minbase (STRATA_DEBOOTSTRAP_CACHE to change the folder);
 * delete it to make a fresh one. To run only this test:
 * {@code ./mvnw -B verify -pl dist -am -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=DebootstrapIT}.
 */
class DebootstrapIT extends UnpackedTarball {

    static final String SUITE = "bookworm";

    static Path root;

    @BeforeAll
    static void prepare() throws Exception {
        NoJdk.assumeAvailable();
        Path debootstrap = Path.of("/usr/sbin/debootstrap");
        Assumptions.assumeTrue(Files.isExecutable(debootstrap), "debootstrap is not installed; skipping"
                + " (apt-get install debootstrap to run this test)");
        root = rootFileSystem(debootstrap);
    }

    private static Path rootFileSystem(Path debootstrap) throws Exception {
        String cache = System.getenv("STRATA_DEBOOTSTRAP_CACHE");
        Path dir = cache != null && !cache.isBlank() ? Path.of(cache)
                : Path.of(System.getProperty("user.home"), ".cache", "strata", "debootstrap");
        Path rootfs = dir.resolve(SUITE + "-minbase");
        if (Files.isDirectory(rootfs.resolve("usr/bin"))) {
            return rootfs;
        }
        Files.createDirectories(dir);
        Path partial = dir.resolve(SUITE + "-minbase.partial");
        Dist.run(dir, Map.of("PATH", NoJdk.PATH), List.of("rm", "-rf", partial.toString()));
        Dist.Result made = Dist.run(dir, Map.of("PATH", NoJdk.PATH), List.of(debootstrap.toString(),
                "--variant=minbase", SUITE, partial.toString(), "http://deb.debian.org/debian"));
        Assumptions.assumeTrue(made.exitCode() == 0, () -> "debootstrap could not make the root file system;"
                + " skipping:\n" + made.stdout().lines().reduce("", (a, b) -> b) + "\n" + made.stderr());
        Files.move(partial, rootfs);
        return rootfs;
    }

    private Dist.Result inRoot(Map<String, Path> binds, Map<String, String> env, String... command) {
        Map<String, String> all = new HashMap<>(env);
        all.put("PATH", "/usr/local/bin:/usr/bin:/bin");
        return NoJdk.chroot(root, "", binds, all, List.of(command));
    }

    @Test
    void theRootHasNoJava() {
        Dist.Result r = inRoot(Map.of(), Map.of(), "sh", "-c", "command -v java || ls /usr/lib/jvm");
        assertThat(r.exitCode()).as(r.toString()).isNotZero();
    }

    @Test
    void sqliteWithTheLauncher() throws Exception {
        Path data = Files.createDirectories(tmp.resolve("data"));
        NoJdkIT.migrations(data);
        try (TestDb db = TestDb.sqlite()) {
            Dist.Result r = inRoot(Map.of("/strata", strata, "/data", data, "/db", db.file().getParent()),
                    Map.of(), "/strata/bin/strata", "migrate", "apply", "--url", "sqlite:///db/" + db.file().getFileName(),
                    "--dir", "file:///data/migrations");
            assertThat(r.exitCode()).as(r.toString()).isZero();
            assertThat(Dist.withoutDurations(r.stdout())).isEqualTo(NoJdkIT.REPORT);
            assertThat(r.stderr()).isEmpty();
            NoJdkIT.assertMigrated(db);
        }
    }

    @Test
    void postgresWithTheLauncherAndDatabaseUrl() throws Exception {
        applyToPostgres(Map.of(), "/strata/bin/strata");
    }

    @Test
    void postgresWithTheArgumentFile() throws Exception {
        applyToPostgres(Map.of("LANG", "C.UTF-8"), "/strata/runtime/bin/java", "@/strata/lib/strata.args");
    }

    private void applyToPostgres(Map<String, String> env, String... strataCommand) throws Exception {
        Path data = Files.createDirectories(tmp.resolve("data"));
        NoJdkIT.migrations(data);
        try (TestDb db = TestDb.postgres()) {
            Map<String, String> all = new HashMap<>(env);
            all.put("DATABASE_URL", db.url());
            List<String> command = new ArrayList<>(List.of(strataCommand));
            command.addAll(List.of("migrate", "apply", "--dir", "file:///data/migrations"));
            Dist.Result r = inRoot(Map.of("/strata", strata, "/data", data), all, command.toArray(String[]::new));
            assertThat(r.exitCode()).as(r.toString()).isZero();
            assertThat(Dist.withoutDurations(r.stdout())).isEqualTo(NoJdkIT.REPORT);
            assertThat(r.stderr()).isEqualTo("strata: using the database URL from DATABASE_URL: " + db.url() + "\n");
            NoJdkIT.assertMigrated(db);
        }
    }
}
