package dev.strata.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code schema inspect --format html|mermaid}: the ERD page and Atlas's Mermaid, from a live database. */
class SchemaInspectErdTest {

    @TempDir
    Path tmp;

    @Test
    void aDatabaseAsAnErdPageAndAsMermaid() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + tmp.resolve("app.db"))) {
            c.createStatement().execute("CREATE TABLE users (id integer PRIMARY KEY, email text NOT NULL)");
            c.createStatement().execute("CREATE TABLE posts (id integer PRIMARY KEY, user_id integer NOT NULL"
                    + " REFERENCES users (id))");
        }
        StrataProcess strata = new StrataProcess(tmp);
        StrataProcess.Result mermaid = strata.run("schema", "inspect", "--url", "sqlite://app.db", "--format",
                "{{ mermaid . }}");
        assertThat(mermaid.exitCode()).as(mermaid.toString()).isZero();
        assertThat(mermaid.stdout()).startsWith("erDiagram\n").contains("users {", "posts {", "posts }o--o| users");
        StrataProcess.Result html = strata.run("schema", "inspect", "--url", "sqlite://app.db", "--format", "html");
        assertThat(html.exitCode()).as(html.toString()).isZero();
        assertThat(html.stdout()).startsWith("<!DOCTYPE html>").contains("\"posts\"", "\"users\"")
                .doesNotContain("src=\"http", "href=\"http");
        StrataProcess.Result plan = strata.run("schema", "diff", "--from", "sqlite://app.db", "--to", "sqlite://app.db",
                "--format", "html");
        assertThat(plan.exitCode()).isEqualTo(2);
        assertThat(plan.stderr()).contains("unsupported --format html for a plan");
    }
}
