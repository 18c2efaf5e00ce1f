package dev.strata.devdb;

import dev.strata.UsageException;
import dev.strata.dialect.DevReset;
import dev.strata.testing.TestDb;
import dev.strata.url.DatabaseUrl;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The dev database on the real servers: refused when not Strata's, emptied before and after use. */
class DevDatabaseTest {

    private static final String PG_OBJECTS = """
            CREATE TYPE mood AS ENUM ('ok', 'sad');
            CREATE TABLE parent (id serial PRIMARY KEY, m mood);
            CREATE TABLE child (id int PRIMARY KEY, parent_id int REFERENCES parent (id));
            CREATE VIEW parents AS SELECT id FROM parent;
            CREATE FUNCTION one() RETURNS int LANGUAGE sql AS 'SELECT 1';
            CREATE SCHEMA other;
            CREATE TABLE other.t (id int);
            CREATE EXTENSION IF NOT EXISTS hstore""";

    @Test
    void postgresDatabaseIsUsedAndLeftEmpty() throws SQLException {
        try (TestDb db = TestDb.postgres()) {
            try (DevDatabase dev = DevDatabase.open(DatabaseUrl.parse(db.url()))) {
                for (String sql : PG_OBJECTS.split(";\n")) {
                    dev.session().execute(sql);
                }
                assertThat(db.tables()).contains("public.child", "other.t");
                dev.reset();
                assertThat(db.tables()).isEmpty();
                dev.session().execute("CREATE TABLE again (id int)");
            }
            assertThat(db.tables()).isEmpty();
            assertThat(db.column("SELECT nspname FROM pg_namespace WHERE nspname IN ('public', 'other')"))
                    .containsExactly("public");
            assertThat(db.column("SELECT extname FROM pg_extension")).containsExactly("plpgsql");
            assertThat(db.column("SELECT shobj_description(oid, 'pg_database') FROM pg_database"
                    + " WHERE datname = current_database()")).containsExactly(DevReset.MARK);
        }
    }

    @Test
    void postgresDatabaseWithObjectsOfSomeoneElseIsRefusedAndKept() throws SQLException {
        try (TestDb db = TestDb.postgres()) {
            db.execute("CREATE TABLE users (id int)");
            assertNotClean(db.url(), "found table \"users\" in schema \"public\"");
            assertThat(db.tables()).containsExactly("public.users");
        }
        for (String[] c : List.of(
                new String[] {"CREATE SCHEMA app", "found schema \"app\""},
                new String[] {"CREATE TYPE mood AS ENUM ('ok')", "found type \"mood\" in schema \"public\""},
                new String[] {"CREATE FUNCTION one() RETURNS int LANGUAGE sql AS 'SELECT 1'",
                        "found function \"one\" in schema \"public\""},
                new String[] {"CREATE SEQUENCE s", "found sequence \"s\" in schema \"public\""},
                new String[] {"CREATE EXTENSION hstore", "found extension \"hstore\" in schema \"public\""})) {
            try (TestDb db = TestDb.postgres()) {
                db.execute(c[0]);
                assertNotClean(db.url(), c[1]);
            }
        }
    }

    @Test
    void postgresBoundSchemaIsTheScope() throws SQLException {
        try (TestDb db = TestDb.postgres()) {
            db.execute("CREATE SCHEMA app", "CREATE TABLE public.users (id int)");
            try (DevDatabase dev = DevDatabase.open(DatabaseUrl.parse(db.url() + "&search_path=app"))) {
                dev.session().execute("CREATE TABLE t (id int)");
                assertThat(db.tables()).containsExactly("app.t", "public.users");
            }
            assertThat(db.tables()).containsExactly("public.users");
            assertNotClean(db.url() + "&search_path=public", "found table \"users\" in schema \"public\"");
        }
    }

    @Test
    void leftoversOfAnInterruptedRunAreEmptied() throws SQLException {
        try (TestDb db = TestDb.postgres()) {
            DevDatabase dev = DevDatabase.open(DatabaseUrl.parse(db.url()));
            dev.session().execute("CREATE TABLE left_behind (id int)");
            dev.session().close(); // as if the process died here: nothing emptied it
            try (DevDatabase again = DevDatabase.open(DatabaseUrl.parse(db.url()))) {
                assertThat(db.tables()).isEmpty();
            }
        }
        try (TestDb db = TestDb.mariadb()) {
            DevDatabase dev = DevDatabase.open(DatabaseUrl.parse(db.url()));
            dev.session().execute("CREATE TABLE left_behind (id int)");
            dev.session().close();
            try (DevDatabase again = DevDatabase.open(DatabaseUrl.parse(db.url()))) {
                assertThat(db.tables()).isEmpty();
            }
        }
    }

    @Test
    void mariadbDatabaseIsUsedAndLeftEmpty() throws SQLException {
        try (TestDb db = TestDb.mariadb()) {
            try (DevDatabase dev = DevDatabase.open(DatabaseUrl.parse(db.url()))) {
                for (String sql : List.of("CREATE TABLE parent (id int PRIMARY KEY)",
                        "CREATE TABLE child (id int PRIMARY KEY, p int, FOREIGN KEY (p) REFERENCES parent (id))",
                        "CREATE VIEW parents AS SELECT id FROM parent", "CREATE SEQUENCE s",
                        "CREATE FUNCTION one() RETURNS int RETURN 1", "CREATE PROCEDURE nothing() BEGIN END",
                        "CREATE EVENT e ON SCHEDULE EVERY 1 DAY DO SELECT 1")) {
                    dev.session().execute(sql);
                }
            }
            assertThat(db.tables()).isEmpty();
            assertThat(db.column("SELECT routine_name FROM information_schema.routines WHERE routine_schema = '"
                    + db.name() + "'")).isEmpty();
            assertThat(db.column("SELECT event_name FROM information_schema.events WHERE event_schema = '"
                    + db.name() + "'")).isEmpty();
            assertThat(db.column("SELECT schema_comment FROM information_schema.schemata WHERE schema_name = '"
                    + db.name() + "'")).containsExactly(DevReset.MARK);
        }
    }

    @Test
    void mariadbDatabaseWithObjectsOfSomeoneElseIsRefused() throws SQLException {
        try (TestDb db = TestDb.mariadb()) {
            db.execute("CREATE TABLE users (id int)");
            assertNotClean(db.url(), "found table \"users\" in schema \"" + db.name() + "\"");
            assertThat(db.tables()).containsExactly("users");
            db.execute("DROP TABLE users", "CREATE PROCEDURE p() BEGIN END");
            assertNotClean(db.url(), "found procedure \"p\" in schema \"" + db.name() + "\"");
            // Unbound, the scope is the server, which holds this test's database at least.
            String server = db.url().substring(0, db.url().lastIndexOf('/') + 1);
            assertNotClean(server, "found schema \"");
        }
    }

    @Test
    void sqliteInMemoryAndFiles() throws SQLException {
        try (DevDatabase dev = DevDatabase.open(DatabaseUrl.parse("sqlite://dev?mode=memory"))) {
            dev.session().execute("CREATE TABLE t (id int)");
            dev.reset();
            dev.session().execute("CREATE TABLE t (id int)");
        }
        try (TestDb db = TestDb.sqlite()) {
            db.execute("CREATE TABLE users (id int)");
            assertNotClean(db.url(), "found table \"users\" in schema \"main\"");
            db.execute("DROP TABLE users");
            try (DevDatabase dev = DevDatabase.open(DatabaseUrl.parse(db.url()))) {
                dev.session().execute("CREATE TABLE p (id int PRIMARY KEY)");
                dev.session().execute("CREATE TABLE c (p int REFERENCES p (id))");
                dev.session().execute("CREATE VIEW v AS SELECT * FROM c");
            }
            assertThat(db.tables()).isEmpty();
        }
    }

    @Test
    void embeddedUrlsAreParsedAndNeedTheModule() {
        EmbeddedSpec spec = EmbeddedSpec.of(DatabaseUrl.parse("embedded://postgres/15/dev?search_path=public"));
        assertThat(spec).isEqualTo(new EmbeddedSpec("postgres", "15", "dev", java.util.Map.of("search_path", "public")));
        assertThat(EmbeddedSpec.of(DatabaseUrl.parse("embedded://mariadb")).version()).isEmpty();
        assertThatThrownBy(() -> EmbeddedSpec.of(DatabaseUrl.parse("embedded://oracle/19")))
                .isInstanceOf(UsageException.class).hasMessageContaining("unknown engine \"oracle\"");
        assertThatThrownBy(() -> EmbeddedSpec.of(DatabaseUrl.parse("embedded://postgres/latest")))
                .isInstanceOf(UsageException.class).hasMessageContaining("malformed embedded URL");
        assertThatThrownBy(() -> EmbeddedSpec.of(DatabaseUrl.parse("embedded://u:secret@postgres")))
                .isInstanceOf(UsageException.class).hasMessageNotContaining("secret");
        assertThatThrownBy(() -> dev.strata.dialect.Dialects.forUrl(DatabaseUrl.parse("embedded://postgres")))
                .isInstanceOf(UsageException.class).hasMessageContaining("is a dev database (--dev-url)");
        // strata-core alone has no embedded servers: a clear usage error, not a class-loading trace.
        assertThatThrownBy(() -> DevDatabase.open(DatabaseUrl.parse("embedded://postgres")))
                .isInstanceOf(UsageException.class).hasMessageContaining("dev.strata:strata-devdb");
    }

    private static void assertNotClean(String url, String found) {
        assertThatThrownBy(() -> DevDatabase.open(DatabaseUrl.parse(url)))
                .isInstanceOf(NotCleanException.class)
                .hasMessageStartingWith("dev database ")
                .hasMessageContaining(" is not clean: " + found);
    }
}
