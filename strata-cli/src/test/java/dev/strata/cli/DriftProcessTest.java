package dev.strata.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code schema drift} as a scheduled job runs it: exit codes, the three formats, bad input. */
class DriftProcessTest {

    @TempDir
    Path tmp;

    @Test
    void exitZeroWithoutDriftOneWithItAndTheSqlRemovesIt() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("migrations"));
        Files.writeString(dir.resolve("1_users.sql"), "CREATE TABLE users (id integer PRIMARY KEY, name text);\n");
        StrataProcess strata = new StrataProcess(tmp);
        assertThat(strata.run("migrate", "hash").exitCode()).isZero();
        assertThat(strata.run("migrate", "apply", "--url", "sqlite://prod.db").exitCode()).isZero();
        String[] drift = {"schema", "drift", "--url", "sqlite://prod.db", "--dev-url", "sqlite://dev?mode=memory"};

        StrataProcess.Result clean = strata.run(drift);
        assertThat(clean.exitCode()).as(clean.toString()).isZero();
        assertThat(clean.stdout()).isEqualTo("No drift: sqlite://prod.db matches the migration directory at version 1\n");

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + tmp.resolve("prod.db"))) {
            c.createStatement().execute("CREATE TABLE hotfix (id integer)");
        }
        StrataProcess.Result found = strata.run(drift);
        assertThat(found.exitCode()).as(found.toString()).isEqualTo(1);
        assertThat(found.stdout()).startsWith("Drift detected: sqlite://prod.db differs from the migration directory at"
                + " version 1:\n\n  - table \"hotfix\" is not in the directory\n");
        StrataProcess.Result sql = strata.run(append(drift, "--format", "sql"));
        assertThat(sql.exitCode()).isEqualTo(1);
        assertThat(sql.stdout()).isEqualTo("""
                -- Disable the enforcement of foreign-keys constraints
                PRAGMA foreign_keys = off;
                -- Drop "hotfix" table
                DROP TABLE `hotfix`;
                -- Enable back the enforcement of foreign-keys constraints
                PRAGMA foreign_keys = on;
                """);
        StrataProcess.Result json = strata.run(append(drift, "--format", "json"));
        assertThat(json.stdout()).startsWith("{\"URL\":\"sqlite://prod.db\",\"Version\":\"1\",\"Drift\":true,"
                + "\"Differences\":[\"table \\\"hotfix\\\" is not in the directory\"]");

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + tmp.resolve("prod.db"))) {
            c.createStatement().execute("DROP TABLE `hotfix`");
        }
        assertThat(strata.run(drift).exitCode()).isZero();
    }

    @Test
    void withoutADevDatabaseItSaysSo() throws Exception {
        Files.createDirectories(tmp.resolve("migrations"));
        StrataProcess strata = new StrataProcess(tmp);
        assertThat(strata.run("migrate", "hash").exitCode()).isZero();
        StrataProcess.Result r = strata.run("schema", "drift", "--url", "sqlite://prod.db");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr()).isEqualTo("Error: --dev-url is required: the migration directory is replayed on it\n");
        StrataProcess.Result f = strata.run("schema", "drift", "--url", "sqlite://prod.db", "--dev-url",
                "sqlite://dev?mode=memory", "--format", "yaml");
        assertThat(f.exitCode()).isEqualTo(2);
        assertThat(f.stderr()).isEqualTo("Error: invalid value for --format: \"yaml\" (expected text, sql or json)\n");
    }

    private static String[] append(String[] a, String... more) {
        String[] out = java.util.Arrays.copyOf(a, a.length + more.length);
        System.arraycopy(more, 0, out, a.length, more.length);
        return out;
    }
}
