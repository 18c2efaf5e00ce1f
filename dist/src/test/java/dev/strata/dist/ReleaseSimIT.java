package dev.strata.dist;

import dev.strata.testing.TestDb;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * examples/fly-java/release-sim.sh, the local play of a Fly.io deploy, with the unpacked tarball
 * as the image's /strata: the release command migrates a fresh database and the app then serves
 * its rows; with a broken migration the release fails, the app never starts, and the script exits
 * non-zero. Both leave no database behind.
 */
class ReleaseSimIT extends UnpackedTarball {

    private static final Pattern DROPPED = Pattern.compile("database (strata_sim_\\w+): dropped");
    private static final Pattern WORK = Pattern.compile("then the image's contents in (\\S+)");

    @BeforeAll
    static void toolsAndServer() {
        for (String tool : List.of("psql", "curl")) {
            if (Dist.run(Path.of("/"), Map.of("PATH", NoJdk.PATH), List.of("sh", "-c", "command -v " + tool))
                    .exitCode() != 0) {
                String why = tool + " is not installed (the release simulation uses it)";
                if ("true".equals(System.getenv("CI"))) {
                    fail(why + "; CI=true requires it");
                }
                Assumptions.abort(why + "; skipping");
            }
        }
        try (TestDb server = TestDb.postgres()) {
            assertThat(server.url()).startsWith("postgres://");
        }
    }

    private Dist.Result releaseSim(String... options) {
        Path script = Dist.repositoryRoot().resolve("examples/fly-java/release-sim.sh");
        assertThat(script).isExecutable();
        String hostPort = TestDb.postgresHostPort();
        String javaHome = System.getProperty("java.home");
        Map<String, String> env = Map.of("PATH", NoJdk.PATH, "HOME", System.getProperty("user.home"),
                "JAVA_HOME", javaHome, "JAVA", Path.of(javaHome, "bin", "java").toString(),
                "PGHOST", hostPort.substring(0, hostPort.lastIndexOf(':')),
                "PGPORT", hostPort.substring(hostPort.lastIndexOf(':') + 1), "PGUSER", "postgres");
        return Dist.run(tmp, env, Dist.cmd(script, "--strata", strata, List.of(options)));
    }

    @Test
    void theReleaseMigratesThenTheAppServesTheRows() throws Exception {
        Dist.Result r = releaseSim();
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.stdout())
                .contains("==> release command: /strata/bin/strata migrate apply (in /app)\n"
                        + "Migrating to version 20221220000101 (1 migrations in total):\n")
                .contains("  -- 1 migration\n  -- 2 sql statements\n")
                .contains("==> deploy: the release command exited 0, starting the app\napp: listening on port ")
                .contains("{\"id\": 1, \"email\": \"ada@example.com\", \"name\": \"Ada Lovelace\"}")
                .contains("{\"id\": 2, \"email\": \"grace@example.com\", \"name\": \"Grace Hopper\"}")
                .contains("release-sim: ok, the app serves the migrated table\napp: stopped\n");
        assertThat(r.stderr()).contains("strata: using the database URL from DATABASE_URL: postgres://postgres@");
        assertDropped(r);
    }

    @Test
    void aBrokenMigrationStopsTheDeployBeforeTheApp() throws Exception {
        Dist.Result r = releaseSim("--broken");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(r.stdout())
                .contains("    -> CREATE UNIQUE INDEX users_login ON users (lower(mail));\n"
                        + "    column \"mail\" does not exist\n")
                .contains("  -- 1 migration ok, 1 with errors\n")
                .contains("release: the release command failed (exit 1): the deploy stops here; the app is not started\n")
                .doesNotContain("app: listening").doesNotContain("==> deploy");
        assertThat(r.stderr()).contains("Error: executing statement \"CREATE UNIQUE INDEX users_login ON users"
                + " (lower(mail));\" from version \"20221220000102\"");
        assertDropped(r);
    }

    private static void assertDropped(Dist.Result r) throws Exception {
        Matcher m = DROPPED.matcher(r.stdout());
        assertThat(m.find()).as(r.toString()).isTrue();
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + TestDb.postgresHostPort()
                + "/postgres?sslmode=disable", "postgres", null);
             PreparedStatement st = c.prepareStatement("SELECT count(*) FROM pg_database WHERE datname = ?")) {
            st.setString(1, m.group(1));
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                assertThat(rs.getInt(1)).as("databases named " + m.group(1)).isZero();
            }
        }
        Matcher work = WORK.matcher(r.stdout());
        assertThat(work.find()).as(r.toString()).isTrue();
        assertThat(Path.of(work.group(1))).as("the image's contents, removed").doesNotExist();
    }
}
