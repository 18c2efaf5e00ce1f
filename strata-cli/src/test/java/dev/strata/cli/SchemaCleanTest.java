package dev.strata.cli;

import dev.strata.testing.TestDb;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code schema clean}: the plan, the approval it needs, everything dropped, and nothing left to drop. */
class SchemaCleanTest {

    private static final String[] OBJECTS = {
        "CREATE TABLE teams (id int PRIMARY KEY)",
        "CREATE TABLE users (id int PRIMARY KEY, team_id int REFERENCES teams (id))",
        "CREATE INDEX users_team ON users (team_id)",
        "CREATE VIEW team_sizes AS SELECT team_id, count(*) AS n FROM users GROUP BY team_id"};

    @Test
    void sqliteDropsEverythingOnceApproved() throws Exception {
        try (TestDb db = TestDb.sqlite()) {
            cleans(db, db.url());
        }
    }

    @Test
    void postgresDropsEverythingInTheBoundSchemaAndKeepsTheSchema() throws Exception {
        try (TestDb db = TestDb.postgres()) {
            cleans(db, db.url() + "&search_path=public");
            assertThat(db.column("SELECT nspname FROM pg_namespace WHERE nspname = 'public'")).containsExactly("public");
        }
    }

    @Test
    void mariadbDropsEverything() throws Exception {
        try (TestDb db = TestDb.mariadb()) {
            cleans(db, db.url());
        }
    }

    private static void cleans(TestDb db, String url) throws Exception {
        db.execute(OBJECTS);

        StrataProcess.Result unattended = InProcess.run("schema", "clean", "--url", url);
        assertThat(unattended.exitCode()).as(unattended.toString()).isEqualTo(2);
        assertThat(unattended.stderr()).contains("pass --auto-approve");
        assertThat(db.userTables()).contains("teams", "users");

        StrataProcess.Result dry = InProcess.run("schema", "clean", "--url", url, "--dry-run");
        assertThat(dry.exitCode()).as(dry.toString()).isZero();
        assertThat(dry.stdout()).startsWith("-- Planned Changes:\n").contains("DROP VIEW").contains("DROP TABLE");
        assertThat(db.userTables()).contains("teams", "users");

        StrataProcess.Result done = InProcess.run("schema", "clean", "--url", url, "--auto-approve");
        assertThat(done.exitCode()).as(done.toString()).isZero();
        assertThat(done.stdout()).isEqualTo(dry.stdout());
        assertThat(db.userTables()).isEmpty();

        StrataProcess.Result again = InProcess.run("schema", "clean", "--url", url, "--auto-approve");
        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.stdout()).isEqualTo("Nothing to drop\n");
    }
}
