package dev.strata.cli;

import dev.strata.testing.Conformance;
import dev.strata.testing.TestDb;
import dev.strata.testing.TestDirs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code migrate apply}, {@code status} and {@code set} as a release step runs them: output and exit codes. */
class ApplyProcessTest {

    @TempDir
    Path tmp;

    private StrataProcess strata() {
        return new StrataProcess(tmp);
    }

    private Path copy(String vector, String to) throws Exception {
        Path target = Files.createDirectories(tmp.resolve(to));
        try (Stream<Path> files = Files.list(Conformance.dir(vector))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, target.resolve(f.getFileName()));
            }
        }
        return target;
    }

    /** The failure example of the spec (Atlas's sqlite2 vector): the same stdout, stderr naming file and line. */
    @Test
    void failingRunPrintsAtlasReport() throws Exception {
        copy("cli/sqlite2", "migrations");
        StrataProcess.Result r = strata().run("migrate", "apply", "--url", "sqlite://app.db");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(StrataProcess.normalized(r.stdout())).isEqualTo("""
                Migrating to version 20220318104615 (2 migrations in total):

                  -- migrating version 20220318104614
                    -> CREATE TABLE tbl (`col` int NOT NULL);
                  -- ok (D)

                  -- migrating version 20220318104615
                    -> ALTER TABLE `tbl` ADD `col_2` bigint;
                    -> asdasd ALTER TABLE `tbl` ADD `col_3` bigint;
                    near "asdasd": syntax error

                  -------------------------
                  -- D
                  -- 1 migration ok, 1 with errors
                  -- 2 sql statements ok, 1 with errors
                """);
        assertThat(r.stderr()).isEqualTo("Error: executing statement \"asdasd ALTER TABLE `tbl` ADD `col_3` bigint;\""
                + " from version \"20220318104615\" (migrations/20220318104615_second.sql:2): near \"asdasd\": syntax"
                + " error\n");
    }

    @Test
    void successThenNothingToDo() throws Exception {
        copy("cli/sqlite", "migrations");
        StrataProcess.Result r = strata().run("migrate", "apply", "--url", "sqlite://app.db");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(StrataProcess.normalized(r.stdout())).isEqualTo("""
                Migrating to version 20220318104615 (2 migrations in total):

                  -- migrating version 20220318104614
                    -> CREATE TABLE tbl (`col` int NOT NULL);
                  -- ok (D)

                  -- migrating version 20220318104615
                    -> ALTER TABLE `tbl` ADD `col_2` bigint;
                  -- ok (D)

                  -------------------------
                  -- D
                  -- 2 migrations
                  -- 2 sql statements
                """);
        assertThat(r.stderr()).isEmpty();
        StrataProcess.Result again = strata().run("migrate", "apply", "--url", "sqlite://app.db");
        assertThat(again.exitCode()).isZero();
        assertThat(again.stdout()).isEqualTo("No migration files to execute\n");
    }

    @Test
    void multiLineStatementsAreIndentedAndAmountIsHonoured() throws Exception {
        TestDirs.write(tmp.resolve("migrations"), "1_a.sql", "CREATE TABLE a (\n  id int\n);\n",
                "2_b.sql", "CREATE TABLE b (id int);\n");
        StrataProcess.Result r = strata().run("migrate", "apply", "--url", "sqlite://app.db", "1");
        assertThat(StrataProcess.normalized(r.stdout())).isEqualTo("""
                Migrating to version 1 (1 migrations in total):

                  -- migrating version 1
                    -> CREATE TABLE a (
                         id int
                       );
                  -- ok (D)

                  -------------------------
                  -- D
                  -- 1 migration
                  -- 1 sql statement
                """);
        StrataProcess.Result next = strata().run("migrate", "apply", "--url", "sqlite://app.db");
        assertThat(next.stdout()).startsWith("Migrating to version 2 from 1 (1 migrations in total):\n");
    }

    @Test
    void statusOfAPartiallyAppliedFileMatchesAtlas() throws Exception {
        copy("checksum-repair/broken", "migrations");
        StrataProcess.Result apply = strata().run("migrate", "apply", "--url", "sqlite://app.db", "--tx-mode", "none");
        assertThat(apply.exitCode()).isEqualTo(1);
        StrataProcess.Result r = strata().run("migrate", "status", "--url", "sqlite://app.db");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.stdout()).isEqualTo("""
                Migration Status: PENDING
                  -- Current Version: 3 (1 statements applied)
                  -- Next Version:    3 (1 statements left)
                  -- Executed Files:  3 (last one partially)
                  -- Pending Files:   1

                Last migration attempt had errors:
                  -- SQL:   THIS LINE ADDS A SYNTAX ERROR;
                  -- ERROR: near "THIS": syntax error
                """);
        StrataProcess.Result json = strata().run("migrate", "status", "--url", "sqlite://app.db", "--format", "json");
        assertThat(json.stdout()).startsWith("{\"Env\":{\"Driver\":\"sqlite3\",\"URL\":{\"Scheme\":\"sqlite\"")
                .contains("\"Current\":\"3\",\"Next\":\"3\",\"Count\":1,\"Total\":2,\"Status\":\"PENDING\"")
                .contains("\"SQL\":\"THIS LINE ADDS A SYNTAX ERROR;\"");
    }

    @Test
    void setPrintsWhatChanged() throws Exception {
        TestDirs.write(tmp.resolve("migrations"), "1_users.sql", "CREATE TABLE users (id int);\n",
                "2_pets.sql", "CREATE TABLE pets (id int);\n", "3.sql", "CREATE TABLE toys (id int);\n");
        StrataProcess.Result set = strata().run("migrate", "set", "2", "--url", "sqlite://app.db");
        assertThat(set.exitCode()).as(set.toString()).isZero();
        assertThat(set.stdout()).isEqualTo("Current version is 2 (2 set):\n\n  + 1 (users)\n  + 2 (pets)\n\n");
        StrataProcess.Result apply = strata().run("migrate", "apply", "--url", "sqlite://app.db");
        assertThat(apply.stdout()).startsWith("Migrating to version 3 from 2 (1 migrations in total):");
        StrataProcess.Result back = strata().run("migrate", "set", "1", "--url", "sqlite://app.db");
        assertThat(back.stdout()).isEqualTo("Current version is 1 (2 removed):\n\n  - 2 (pets)\n  - 3\n\n");
    }

    @Test
    void jsonOutputUsesAtlasKeys() throws Exception {
        TestDirs.write(tmp.resolve("migrations"), "1_first.sql", "CREATE TABLE a (id int);\n",
                "2_second.sql", "CREATE TABLE b (id int);\n");
        StrataProcess.Result r = strata().run("migrate", "apply", "--url", "sqlite://app.db", "--format",
                "{{ json . }}");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.stdout()).startsWith("{\"Driver\":\"sqlite3\",\"URL\":{\"Scheme\":\"sqlite\",\"Opaque\":\"\","
                + "\"User\":null,\"Host\":\"app.db\",\"Path\":\"\"")
                .contains("\"Dir\":\"file://migrations\",\"Pending\":[{\"Name\":\"1_first.sql\",\"Version\":\"1\","
                        + "\"Description\":\"first\"},{\"Name\":\"2_second.sql\",\"Version\":\"2\","
                        + "\"Description\":\"second\"}]")
                .contains("\"Applied\":[\"CREATE TABLE a (id int);\"]")
                .contains("\"Target\":\"2\"")
                .endsWith("\"Message\":\"Migrated to version 2 from  (2 migrations in total)\"}\n");
        StrataProcess.Result again = strata().run("migrate", "apply", "--url", "sqlite://app.db", "--format", "json");
        assertThat(again.stdout()).endsWith("\"Message\":\"No migration files to execute\"}\n");
        StrataProcess.Result template = strata().run("migrate", "apply", "--url", "sqlite://app.db", "--format",
                "{{ .Target }}");
        assertThat(template.exitCode()).isEqualTo(2);
        assertThat(template.stderr()).contains("other Go templates are not supported");
    }

    @Test
    void urlFromTheEnvironmentIsAnnouncedRedacted() throws Exception {
        TestDirs.write(tmp.resolve("migrations"), "1_a.sql", "CREATE TABLE a (id int);\n");
        StrataProcess.Result r = strata().env("DATABASE_URL", "sqlite://from-env.db").run("migrate", "apply");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.stderr()).isEqualTo("strata: using the database URL from DATABASE_URL: sqlite://from-env.db\n");
        assertThat(tmp.resolve("from-env.db")).exists();

        StrataProcess.Result both = strata().env("DATABASE_URL", "sqlite://from-env.db")
                .env("STRATA_URL", "sqlite://strata.db").run("migrate", "status");
        assertThat(both.stderr()).isEqualTo("strata: using the database URL from STRATA_URL: sqlite://strata.db\n");

        StrataProcess.Result none = strata().run("migrate", "apply");
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.stderr()).isEqualTo("Error: no database URL: pass --url, or set STRATA_URL or DATABASE_URL\n");
    }

    @Test
    void usageErrorsExitWithTwo() throws Exception {
        TestDirs.write(tmp.resolve("migrations"), "1_a.sql", "CREATE TABLE a (id int);\n");
        String[][] cases = {
            {"Error: invalid amount argument \"x\" (invalid syntax). Omit the argument or pass a valid integer instead",
                "migrate", "apply", "--url", "sqlite://a.db", "x"},
            {"Error: cannot apply '0' migration files", "migrate", "apply", "--url", "sqlite://a.db", "0"},
            {"Error: accepts at most 1 arg(s), received 2", "migrate", "apply", "--url", "sqlite://a.db", "1", "2"},
            {"Error: unknown tx-mode \"sometimes\" (expected file, all or none)", "migrate", "apply", "--url",
                "sqlite://a.db", "--tx-mode", "sometimes"},
            {"Error: unknown execution order: \"random\" (expected linear, linear-skip or non-linear)", "migrate",
                "apply", "--url", "sqlite://a.db", "--exec-order", "random"},
            {"Error: invalid value for --lock-timeout: invalid duration \"soon\" (use a unit: ms, s, m or h, as in 10s"
                + " or 1m30s)", "migrate", "apply", "--url", "sqlite://a.db", "--lock-timeout", "soon"},
            {"Error: unknown driver \"oracle\" in database URL (supported: postgres, postgresql, mysql, mariadb, maria,"
                + " sqlite)", "migrate", "apply", "--url", "oracle://u:p@h/db"},
            {"Error: baseline and allow-dirty are mutually exclusive", "migrate", "apply", "--url", "sqlite://a.db",
                "--baseline", "1", "--allow-dirty"},
        };
        for (String[] c : cases) {
            String[] args = java.util.Arrays.copyOfRange(c, 1, c.length);
            StrataProcess.Result r = strata().run(args);
            assertThat(r.exitCode()).as(String.join(" ", args) + "\n" + r).isEqualTo(2);
            assertThat(r.stderr()).isEqualTo(c[0] + "\n");
            assertThat(r.stdout()).isEmpty();
        }
        assertThat(tmp.resolve("a.db")).doesNotExist();
    }

    @Test
    void passwordsNeverReachTheOutput() throws Exception {
        TestDirs.write(tmp.resolve("migrations"), "1_a.sql", "CREATE TABLE a (id int);\n");
        String secret = "Zq7secretZq7";
        // Refused connection: nothing listens on port 1.
        StrataProcess.Result refused = strata().run("migrate", "apply", "--url",
                "postgres://" + secret + ":" + secret + "@127.0.0.1:1/" + secret + "?sslmode=disable");
        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(1);
        assertThat(refused.stderr()).startsWith("Error: cannot connect to postgres://")
                .contains("connection refused");
        assertThat(refused.all()).doesNotContain(secret);
        // A malformed URL is reported without its password.
        StrataProcess.Result malformed = strata().run("migrate", "apply", "--url",
                "mysql://root:" + secret + "@127.0.0.1:99999/db");
        assertThat(malformed.exitCode()).isEqualTo(2);
        assertThat(malformed.stderr()).contains("invalid port");
        assertThat(malformed.all()).doesNotContain(secret);
        // The same from the environment, with the password in a query parameter too.
        StrataProcess.Result env = strata().env("DATABASE_URL",
                "postgres://app:" + secret + "@127.0.0.1:1/app?sslmode=disable&password=" + secret)
                .run("migrate", "status", "--format", "json");
        assertThat(env.exitCode()).isEqualTo(1);
        assertThat(env.stderr()).contains("using the database URL from DATABASE_URL: postgres://app:xxxxx@127.0.0.1:1/app"
                + "?sslmode=disable&password=xxxxx");
        assertThat(env.all()).doesNotContain(secret);
    }

    @Test
    void checksumErrorRunsNothingAndPrintsTheReport() throws Exception {
        copy("cli/sqlite", "migrations");
        Files.writeString(tmp.resolve("migrations/20220318104615_second.sql"), "DROP TABLE tbl;\n");
        StrataProcess.Result r = strata().run("migrate", "apply", "--url", "sqlite://app.db");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.stdout()).startsWith("You have a checksum error in your migration directory.\n");
        assertThat(r.stderr()).startsWith("Error: checksum mismatch: 20220318104615_second.sql was edited");
        assertThat(tmp.resolve("app.db")).as("nothing was even opened").doesNotExist();
    }

    @Test
    void wrongPasswordOnMariaDb() throws Exception {
        try (TestDb db = TestDb.mariadb()) {
            String user = "strata_pw_" + db.name().substring(db.name().length() - 6);
            String password = "Pw9" + db.name().substring(db.name().length() - 6);
            db.execute("CREATE USER '" + user + "'@'%' IDENTIFIED BY '" + password + "'",
                    "GRANT ALL ON " + db.name() + ".* TO '" + user + "'@'%'");
            try {
                TestDirs.write(tmp.resolve("migrations"), "1_a.sql", "CREATE TABLE a (id int);\n");
                String host = TestDb.mariadbHostPort();
                StrataProcess.Result wrong = strata().run("migrate", "apply", "--url",
                        "mysql://" + user + ":" + password + "x@" + host + "/" + db.name());
                assertThat(wrong.exitCode()).as(wrong.toString()).isEqualTo(1);
                assertThat(wrong.stderr()).startsWith("Error: cannot connect to mysql://" + user + ":xxxxx@")
                        .contains("authentication failed: ").contains("Access denied");
                assertThat(wrong.all()).doesNotContain(password);
                StrataProcess.Result right = strata().run("migrate", "apply", "--url",
                        "mysql://" + user + ":" + password + "@" + host + "/" + db.name());
                assertThat(right.exitCode()).as(right.toString()).isZero();
                assertThat(right.all()).doesNotContain(password);
            } finally {
                db.execute("DROP USER '" + user + "'@'%'");
            }
        }
    }
}
