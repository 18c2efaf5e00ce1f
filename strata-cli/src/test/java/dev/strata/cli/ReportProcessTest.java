package dev.strata.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code migrate report}, run as a process: the envs of a project file, a database that cannot be read, bad input. */
class ReportProcessTest {

    @TempDir
    Path tmp;

    @Test
    void everyEnvOfTheProjectFileIsReported() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("migrations"));
        Files.writeString(dir.resolve("1_users.sql"), "CREATE TABLE users (id integer PRIMARY KEY);\n");
        Files.writeString(dir.resolve("2_posts.sql"), "CREATE TABLE posts (id integer PRIMARY KEY);\n");
        Files.writeString(tmp.resolve("atlas.hcl"), """
                env "prod" {
                  url = "sqlite://prod.db"
                }
                env "staging" {
                  url = "sqlite://staging.db"
                }
                env "local" {
                  dev = "sqlite://dev?mode=memory"
                }
                """);
        StrataProcess strata = new StrataProcess(tmp);
        assertThat(strata.run("migrate", "hash").exitCode()).isZero();
        assertThat(strata.run("migrate", "apply", "--env", "prod").exitCode()).isZero();
        assertThat(strata.run("migrate", "apply", "--env", "staging", "1").exitCode()).isZero();

        StrataProcess.Result r = strata.run("migrate", "report", "--out", "site");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.stdout()).isEqualTo("Wrote 4 files to site (2 databases, 2 migration files from file://migrations)\n");
        String index = Files.readString(tmp.resolve("site/index.html"));
        assertThat(index).contains("<li>staging is 1 file behind prod</li>", "<a href=\"target-1.html\">prod</a>");
        assertThat(Files.readString(tmp.resolve("site/history.json"))).contains("\"Name\":\"staging\"",
                "\"Current\":\"1\"", "\"2\":\"pending\"");
    }

    @Test
    void withADevDatabaseEachFileShowsItsSchemaChangesAndLintFindings() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("migrations"));
        Files.writeString(dir.resolve("1_users.sql"), "CREATE TABLE users (id integer PRIMARY KEY, name text);\n"
                + "CREATE INDEX users_name ON users (name);\n");
        Files.writeString(dir.resolve("2_tidy.sql"), "DROP INDEX users_name;\nALTER TABLE users DROP COLUMN name;\n");
        StrataProcess strata = new StrataProcess(tmp);
        assertThat(strata.run("migrate", "hash").exitCode()).isZero();
        StrataProcess.Result r = strata.run("migrate", "report", "--url", "sqlite://app.db", "--dev-url",
                "sqlite://dev?mode=memory", "--out", "site");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        String json = Files.readString(tmp.resolve("site/history.json"));
        assertThat(json).contains("\"Name\":\"1_users.sql\"", "\"Name\":\"2_tidy.sql\"");
        assertThat(json.substring(json.indexOf("2_tidy.sql"))).contains("\"Changes\":2", "DS103");
        assertThat(Files.readString(tmp.resolve("site/index.html"))).contains("<th>schema changes</th><th>lint</th>",
                "DS103");
    }

    @Test
    void anUnreadableDatabaseIsShownAndNamedWithoutItsPassword() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("migrations"));
        Files.writeString(dir.resolve("1_users.sql"), "CREATE TABLE users (id integer PRIMARY KEY);\n");
        StrataProcess strata = new StrataProcess(tmp);
        assertThat(strata.run("migrate", "hash").exitCode()).isZero();
        StrataProcess.Result r = strata.run("migrate", "report", "--url", "sqlite://ok.db", "--url",
                "postgres://app:s3cret@127.0.0.1:1/app?sslmode=disable", "--out", "site");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.stderr()).startsWith("strata: postgres://app:xxxxx@127.0.0.1:1/app?sslmode=disable: the revisions"
                + " could not be read: ");
        assertThat(r.all()).doesNotContain("s3cret");
        String index = Files.readString(tmp.resolve("site/index.html"));
        assertThat(index).contains("unreadable: ").doesNotContain("s3cret");
    }

    @Test
    void withoutADatabaseItSaysWhatToPass() {
        StrataProcess.Result r = new StrataProcess(tmp).run("migrate", "report", "--out", "site");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr()).isEqualTo("Error: no database to report on: pass --url (repeatable), or --env, or run"
                + " beside a project file whose envs have a url\n");
        assertThat(tmp.resolve("site")).doesNotExist();
    }
}
