package dev.strata.migrate.exec;

import dev.strata.Strata;
import dev.strata.migrate.exec.AmbiguousRevisionsException;
import dev.strata.testing.TestDb;
import dev.strata.testing.TestDirs;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostgresEngineTest extends EngineContract {

    @Override
    TestDb.Kind kind() {
        return TestDb.Kind.POSTGRES;
    }

    /** A URL bound to a schema keeps the revisions table, and the clean check, in that schema. */
    @Test
    void searchPathBindsTheSchema() throws Exception {
        TestDirs.write(dir, "1_users.sql", USERS);
        db.execute("CREATE SCHEMA app", "CREATE TABLE public.elsewhere (id int)");
        Strata.builder().url(db.url() + "&search_path=app").dir(dir).build().apply();
        assertThat(db.column("SELECT version FROM app.atlas_schema_revisions")).containsExactly("1");
        assertThat(db.column("SELECT count(*) FROM app.users")).containsExactly("1");
    }

    /**
     * A search_path naming a schema that does not exist: created and migrated into, as Atlas does,
     * and said so; an existing one is not mentioned.
     */
    @Test
    void aSearchPathSchemaThatDoesNotExistIsCreatedAndSaidSo() throws Exception {
        TestDirs.write(dir, "1_users.sql", USERS);
        db.execute("CREATE SCHEMA app");
        List<String> notices = new ArrayList<>();
        MigrationListener listener = e -> {
            if (e instanceof ApplyEvent.Notice n) {
                notices.add(n.message());
            }
        };
        Strata.builder().url(db.url() + "&search_path=apps").dir(dir).dryRun(true).listener(listener).build().apply();
        Strata.builder().url(db.url() + "&search_path=apps").dir(dir).listener(listener).build().apply();
        assertThat(notices).containsExactly(
                "schema \"apps\", which the database URL names, does not exist: a run would create it and migrate"
                        + " into it (check the URL for a typo)",
                "schema \"apps\", which the database URL names, does not exist: creating it and migrating into it"
                        + " (check the URL for a typo)");
        assertThat(db.column("SELECT count(*) FROM apps.users")).containsExactly("1");

        notices.clear();
        Strata.builder().url(db.url() + "&search_path=app").dir(dir).listener(listener).build().apply();
        Strata.builder().url(db.url() + "&search_path=apps").dir(dir).listener(listener).build().apply();
        assertThat(notices).isEmpty();
    }

    /** Atlas's guard: the bound schema has no revisions table, but the default schema has one. */
    @Test
    void ambiguousRevisionsTableIsRefused() throws Exception {
        TestDirs.write(dir, "1_users.sql", USERS);
        apply();
        db.execute("CREATE SCHEMA app");
        assertThatThrownBy(() -> Strata.builder().url(db.url() + "&search_path=app").dir(dir).build().apply())
                .hasCauseInstanceOf(AmbiguousRevisionsException.class)
                .hasMessageStartingWith("ambiguous revision table");
        Strata.builder().url(db.url() + "&search_path=app").dir(dir).revisionsSchema("atlas_schema_revisions")
                .build().apply();
    }

    /**
     * The file's last statement travels with the final record and COMMIT: when it fails, the server
     * runs neither, the file's transaction rolls back whole, and the error names the statement.
     */
    @Test
    void failingLastStatementSentWithTheRecordRollsBackTheFile() throws Exception {
        TestDirs.write(dir, "1_users.sql", USERS, "2_a.sql", "CREATE TABLE a (id int);\nINSERT INTO a VALUES (1);\n"
                + "INSERT INTO a VALUES ('x');\n");
        assertThatThrownBy(this::apply).isInstanceOf(ApplyException.class)
                .hasMessage("executing statement \"INSERT INTO a VALUES ('x');\" from version \"2\" (" + dir
                        + "/2_a.sql:3): invalid input syntax for type integer: \"x\"");
        assertThat(userTables()).containsExactly("users");
        assertThat(rows()).containsExactly(Map.entry("1", "2/2 type 2"));

        TestDirs.write(dir, "2_a.sql", "CREATE TABLE a (id int);\nINSERT INTO a VALUES (1);\nINSERT INTO a VALUES (2);\n");
        apply();
        assertThat(db.column("SELECT count(*) FROM a")).containsExactly("2");
        assertThat(rows()).containsExactly(Map.entry("1", "2/2 type 2"), Map.entry("2", "3/3 type 2"));
    }
}
