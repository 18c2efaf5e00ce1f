package dev.strata.dialect.sqlite;

import dev.strata.schema.Change;
import dev.strata.schema.Realm;
import dev.strata.schema.diff.DiffOptions;
import dev.strata.schema.diff.Differ;
import dev.strata.testing.TestDb;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The differ with SQLite's hooks and planner, end to end: a database built from one schema, with
 * rows, is brought to another by the planned statements; it then inspects as the other, keeps its
 * rows, and a second diff finds nothing.
 */
class SqliteDiffApplyTest {

    private static final String BASE = "CREATE TABLE users (id integer PRIMARY KEY, name text, email text UNIQUE,"
            + " age int CHECK (age >= 0));"
            + "CREATE TABLE posts (id integer PRIMARY KEY, author int REFERENCES users (id), title text NOT NULL);"
            + "CREATE INDEX posts_author ON posts (author);"
            + "CREATE VIEW titles AS SELECT title FROM posts;"
            + "CREATE TRIGGER users_del AFTER DELETE ON users BEGIN DELETE FROM posts WHERE author = old.id; END;";

    private static final String ROWS = "INSERT INTO users VALUES (1, 'ann', 'a@x', 30), (2, NULL, 'b@x', 40);"
            + "INSERT INTO posts VALUES (1, 1, 'hello'), (2, 2, 'world');";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            columns added and indexes changed | CREATE TABLE users (id integer PRIMARY KEY, name text, email text UNIQUE, age int CHECK (age >= 0), bio text DEFAULT '', score real NOT NULL DEFAULT 0);CREATE TABLE posts (id integer PRIMARY KEY, author int REFERENCES users (id), title text NOT NULL);CREATE INDEX posts_title ON posts (lower(title)) WHERE title <> '';CREATE VIEW titles AS SELECT title FROM posts;CREATE TRIGGER users_del AFTER DELETE ON users BEGIN DELETE FROM posts WHERE author = old.id; END;
            columns dropped, made NOT NULL, keys changed | CREATE TABLE users (id integer PRIMARY KEY, name text NOT NULL DEFAULT 'none', age int CHECK (age > 0) CHECK (age < 200)) STRICT;CREATE TABLE posts (id integer PRIMARY KEY, author int REFERENCES users (id) ON DELETE CASCADE, title text NOT NULL);CREATE INDEX posts_author ON posts (author);CREATE VIEW titles AS SELECT title FROM posts;CREATE TRIGGER users_del AFTER DELETE ON users BEGIN DELETE FROM posts WHERE author = old.id; END;
            tables, views and triggers replaced | CREATE TABLE users (id integer PRIMARY KEY, name text, email text UNIQUE, age int CHECK (age >= 0));CREATE TABLE tags (name text PRIMARY KEY, user_id int REFERENCES users (id)) WITHOUT ROWID;CREATE VIEW names AS SELECT name FROM users;CREATE TRIGGER users_del BEFORE DELETE ON users BEGIN DELETE FROM tags WHERE user_id = old.id; END;
            """)
    void theDatabaseBecomesTheDesiredSchema(String what, String desiredSql) throws Exception {
        try (TestDb current = TestDb.sqlite(); TestDb desired = TestDb.sqlite()) {
            SqliteRoundTripTest.sqlite3(current.file(), BASE + ROWS);
            SqliteRoundTripTest.sqlite3(desired.file(), desiredSql);
            Realm want = SqliteRoundTripTest.inspect(desired);
            List<Change> changes = diff(SqliteRoundTripTest.inspect(current), want);
            assertThat(changes).isNotEmpty();
            String sql = apply(current, changes);

            assertThat(SqliteRoundTripTest.inspect(current)).as(sql).isEqualTo(want);
            assertThat(diff(SqliteRoundTripTest.inspect(current), want)).as("a second diff").isEmpty();
            assertThat(current.column("SELECT count(*) FROM users")).containsExactly("2");
        }
    }

    private static List<Change> diff(Realm from, Realm to) {
        return Differ.diff(from, to, new SqliteDiff(), DiffOptions.defaults().withBound(true)).changes();
    }

    private static String apply(TestDb db, List<Change> changes) throws Exception {
        return SqliteRoundTripTest.apply(db, changes);
    }
}
