package dev.strata.dist;

import dev.strata.testing.TestDb;
import dev.strata.testing.TestDirs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The unpacked tarball runs {@code migrate apply} on a machine without Java: every JDK of the host
 * is hidden (see {@link NoJdk}), against SQLite, PostgreSQL and MariaDB, with the launcher and with
 * the argument file at /strata as a shell-less image runs it.
 */
class NoJdkIT extends UnpackedTarball {

    static final String CREATE_USERS = """
            CREATE TABLE users (
              id INTEGER PRIMARY KEY,
              name VARCHAR(100) NOT NULL
            );
            """;
    static final String SEED = "INSERT INTO users (id, name) VALUES (1, 'Ada'), (2, 'Grace');\n";

    static final String REPORT = """
            Migrating to version 20240102000000 (2 migrations in total):

              -- migrating version 20240101000000
                -> CREATE TABLE users (
                     id INTEGER PRIMARY KEY,
                     name VARCHAR(100) NOT NULL
                   );
              -- ok (D)

              -- migrating version 20240102000000
                -> INSERT INTO users (id, name) VALUES (1, 'Ada'), (2, 'Grace');
              -- ok (D)

              -------------------------
              -- D
              -- 2 migrations
              -- 2 sql statements
            """;

    @BeforeAll
    static void hidingTheJdksWorksHere() {
        NoJdk.assumeAvailable();
    }

    /** A migration directory of two files, with its atlas.sum. */
    static Path migrations(Path parent) {
        return TestDirs.write(parent.resolve("migrations"), "20240101000000_create_users.sql", CREATE_USERS,
                "20240102000000_seed.sql", SEED);
    }

    static void assertMigrated(TestDb db) throws Exception {
        assertThat(db.column("SELECT version FROM " + db.revisionsTable() + " ORDER BY version"))
                .containsExactly("20240101000000", "20240102000000");
        assertThat(db.column("SELECT name FROM users ORDER BY id")).containsExactly("Ada", "Grace");
    }

    private Dist.Result launcher(Map<String, String> env, String... args) {
        return NoJdk.run(tmp, env, Dist.cmd(strata.resolve("bin/strata"), List.of(args)));
    }

    @Test
    void sqliteWithTheLauncher() throws Exception {
        Path dir = migrations(tmp);
        try (TestDb db = TestDb.sqlite()) {
            // The C locale: the launcher gives Java a UTF-8 one.
            Map<String, String> env = Map.of("LANG", "C");
            Dist.Result r = launcher(env, "migrate", "apply", "--url", db.url(), "--dir", "file://" + dir);
            assertThat(r.exitCode()).as(r.toString()).isZero();
            assertThat(Dist.withoutDurations(r.stdout())).isEqualTo(REPORT);
            assertThat(r.stderr()).isEmpty();
            assertMigrated(db);

            Dist.Result again = launcher(env, "migrate", "apply", "--url", db.url(), "--dir", "file://" + dir);
            assertThat(again.exitCode()).as(again.toString()).isZero();
            assertThat(again.stdout()).isEqualTo("No migration files to execute\n");
            assertThat(again.stderr()).isEmpty();
        }
    }

    @Test
    void postgresWithTheLauncherAndDatabaseUrl() throws Exception {
        Path dir = migrations(tmp);
        try (TestDb db = TestDb.postgres()) {
            Dist.Result r = launcher(Map.of("DATABASE_URL", db.url()), "migrate", "apply", "--dir", "file://" + dir);
            assertThat(r.exitCode()).as(r.toString()).isZero();
            assertThat(Dist.withoutDurations(r.stdout())).isEqualTo(REPORT);
            assertThat(r.stderr()).isEqualTo("strata: using the database URL from DATABASE_URL: " + db.url() + "\n");
            assertMigrated(db);
        }
    }

    @Test
    void mariadbWithTheLauncher() throws Exception {
        Path dir = migrations(tmp);
        try (TestDb db = TestDb.mariadb()) {
            Dist.Result r = launcher(Map.of(), "migrate", "apply", "--url", db.url(), "--dir", "file://" + dir);
            assertThat(r.exitCode()).as(r.toString()).isZero();
            assertThat(Dist.withoutDurations(r.stdout())).isEqualTo(REPORT);
            assertThat(r.stderr()).isEmpty();
            assertMigrated(db);
        }
    }

    /** The shell-less form of the docs: {@code /strata/runtime/bin/java @/strata/lib/strata.args migrate apply}. */
    @Test
    void postgresWithTheArgumentFileAtSlashStrata() throws Exception {
        Path data = Files.createDirectories(tmp.resolve("data"));
        migrations(data);
        try (TestDb db = TestDb.postgres()) {
            Map<String, String> env = Map.of("DATABASE_URL", db.url(), "LANG", "C.UTF-8");
            Dist.Result r = NoJdk.runAtSlashStrata(tmp.resolve("root"), Map.of("/strata", strata, "/data", data), env,
                    List.of("/strata/runtime/bin/java", "@/strata/lib/strata.args", "migrate", "apply",
                            "--dir", "file:///data/migrations"));
            assertThat(r.exitCode()).as(r.toString()).isZero();
            assertThat(Dist.withoutDurations(r.stdout())).isEqualTo(REPORT);
            assertThat(r.stderr()).isEqualTo("strata: using the database URL from DATABASE_URL: " + db.url() + "\n");
            assertMigrated(db);
        }
    }

    /** The ahead-of-time cache is used where the folder landed: AOTMode=on refuses to start without it. */
    @Test
    void theCacheIsUsedWhereverTheFolderIs() {
        Dist.Result launcher = NoJdk.run(tmp, Map.of("STRATA_JAVA_OPTS", "-XX:AOTMode=on"),
                List.of(strata.resolve("bin/strata").toString(), "version"));
        assertThat(launcher.exitCode()).as(launcher.toString()).isZero();
        assertThat(launcher.stdout()).startsWith("strata version v" + Dist.VERSION + "\ncommit ");

        Dist.Result args = NoJdk.runAtSlashStrata(tmp.resolve("root"), Map.of("/strata", strata), Map.of(),
                List.of("/strata/runtime/bin/java", "-XX:AOTMode=on", "@/strata/lib/strata.args", "version"));
        assertThat(args.exitCode()).as(args.toString()).isZero();
        assertThat(args.stdout()).startsWith("strata version v" + Dist.VERSION + "\ncommit ");
        assertThat(args.stderr()).isEmpty();
    }
}
