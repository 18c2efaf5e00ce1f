package dev.strata.cli;

import dev.strata.testing.TestDb;
import dev.strata.testing.TestDirs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The URL forms a new user pastes, through the command line: a JDBC URL in --url or DATABASE_URL,
 * a password with a raw special character, a misspelt parameter.
 */
class UrlFormsProcessTest {

    static final String PASSWORD = "Jdbc-Pw-Never-Shown";

    @TempDir
    Path tmp;

    private Path migrations() {
        return TestDirs.rehash(TestDirs.write(tmp.resolve("migrations"), "1_users.sql",
                "CREATE TABLE users (id int PRIMARY KEY);\n"));
    }

    @Test
    void jdbcUrlsInTheFlagAndTheEnvironment() throws Exception {
        migrations();
        try (TestDb lite = TestDb.sqlite(); TestDb pg = TestDb.postgres()) {
            StrataProcess.Result sqlite = new StrataProcess(tmp).run("migrate", "apply", "--url", "jdbc:sqlite:" + lite.file());
            assertThat(sqlite.exitCode()).as(sqlite.toString()).isZero();
            assertThat(lite.userTables()).containsExactly("users");
            StrataProcess.Result json = new StrataProcess(tmp).run("migrate", "status", "--format", "json", "--url",
                    "jdbc:sqlite:" + lite.file());
            assertThat(json.stdout()).as(json.toString()).contains("\"Path\":\"" + lite.file() + "\"")
                    .contains("\"Status\":\"OK\"");

            String jdbc = "jdbc:postgresql://" + TestDb.postgresHostPort() + "/" + pg.name() + "?user=postgres&password="
                    + PASSWORD + "&sslmode=disable";
            StrataProcess.Result env = new StrataProcess(tmp).env("DATABASE_URL", jdbc).run("migrate", "apply");
            assertThat(env.exitCode()).as(env.toString()).isZero();
            assertThat(env.stderr()).isEqualTo("strata: using the database URL from DATABASE_URL: jdbc:postgresql://"
                    + TestDb.postgresHostPort() + "/" + pg.name() + "?user=postgres&password=xxxxx&sslmode=disable\n");
            assertThat(env.all()).doesNotContain(PASSWORD);
            assertThat(pg.userTables()).containsExactly("users");
        }
    }

    @Test
    void badPasswordsAndParametersAreRefusedInOneLine() throws Exception {
        migrations();
        StrataProcess.Result slash = new StrataProcess(tmp).run("migrate", "apply", "--url",
                "postgres://app:Pa/" + PASSWORD + "@127.0.0.1:1/app");
        assertThat(slash.exitCode()).isEqualTo(2);
        assertThat(slash.stderr()).isEqualTo("Error: malformed database URL postgres://xxxxx@127.0.0.1:1/app: the user"
                + " or password seems to hold a raw '/', '?' or '#'; percent-encode special characters of the user and"
                + " password (@ %40, : %3A, / %2F, ? %3F, # %23, % %25)\n");
        assertThat(slash.all()).doesNotContain(PASSWORD);

        try (TestDb lite = TestDb.sqlite()) {
            StrataProcess.Result typo = new StrataProcess(tmp).run("migrate", "apply", "--url",
                    "sqlite://" + lite.file() + "?_journal_mod=WAL");
            assertThat(typo.exitCode()).isEqualTo(2);
            assertThat(typo.stderr()).isEqualTo("Error: database URL sqlite://" + lite.file() + "?_journal_mod=WAL:"
                    + " unknown parameter \"_journal_mod\" (not a parameter of Atlas's URLs or the SQLite JDBC driver);"
                    + " did you mean \"_journal_mode\"?\n");
        }
    }
}
