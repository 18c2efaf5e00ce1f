package dev.strata.dialect.sqlite;

import dev.strata.dialect.Session;
import dev.strata.schema.Check;
import dev.strata.schema.Column;
import dev.strata.schema.DefaultValue;
import dev.strata.schema.Deferrable;
import dev.strata.schema.ForeignKey;
import dev.strata.schema.Generated;
import dev.strata.schema.Index;
import dev.strata.schema.IndexPart;
import dev.strata.schema.InspectScope;
import dev.strata.schema.PrimaryKey;
import dev.strata.schema.Realm;
import dev.strata.schema.ReferenceAction;
import dev.strata.schema.Schema;
import dev.strata.schema.Table;
import dev.strata.schema.TableRef;
import dev.strata.schema.Trigger;
import dev.strata.schema.View;
import dev.strata.testing.ModelCounts;
import dev.strata.testing.TestDb;
import dev.strata.url.DatabaseUrl;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The SQLite inspector on real database files: what it reads, how many queries, and its scope. */
class SqliteInspectorTest {

    private static final SqliteTypeNames TYPES = new SqliteTypeNames();

    static Realm inspect(TestDb db, InspectScope scope) throws Exception {
        try (Session s = new SqliteDialect().open(DatabaseUrl.parse(db.url()))) {
            return s.dialect().inspector(s).inspect(scope);
        }
    }

    @Test
    void readsWhatTheCatalogAndTheCreateTextHold() throws Exception {
        try (TestDb db = TestDb.sqlite()) {
            db.execute("CREATE TABLE users (id INTEGER PRIMARY KEY AUTOINCREMENT, email varchar(255) NOT NULL"
                            + " COLLATE NOCASE, name TEXT DEFAULT 'it''s', score REAL DEFAULT -1.5,"
                            + " created TEXT DEFAULT (datetime('now')), at INT DEFAULT CURRENT_TIMESTAMP,"
                            + " doubled INT GENERATED ALWAYS AS (id * 2) STORED, v int AS (score + 1),"
                            + " CONSTRAINT positive CHECK (score > 0), UNIQUE (email), CHECK (length(name) < 10))",
                    "CREATE TABLE tags (k TEXT, n INT, PRIMARY KEY (k, n)) WITHOUT ROWID, STRICT",
                    "CREATE TABLE posts (id integer NOT NULL, author int CONSTRAINT by_author REFERENCES users (id)"
                            + " ON DELETE CASCADE, tk TEXT, tn INT, \"where\" text,"
                            + " FOREIGN KEY (tk, tn) REFERENCES tags (k, n) DEFERRABLE INITIALLY DEFERRED,"
                            + " PRIMARY KEY (id))",
                    "CREATE INDEX posts_expr ON posts (lower(tk) DESC, tn COLLATE NOCASE) WHERE tn > 1",
                    "CREATE UNIQUE INDEX posts_where ON posts (\"where\", (tn + 1))",
                    "CREATE VIEW active AS SELECT id, email FROM users WHERE score > 0",
                    "CREATE TRIGGER touch AFTER UPDATE OF email, name ON users FOR EACH ROW WHEN new.score > 0"
                            + " BEGIN UPDATE users SET score = 1 WHERE id = new.id; END");
            Schema main = inspect(db, InspectScope.schema("main")).schema("main").orElseThrow();

            Table users = main.table("users").orElseThrow();
            assertThat(users.columns()).containsExactly(
                    new Column("id", TYPES.parse("integer"), true, null, null, true, null, null, null, null, List.of()),
                    Column.of("email", TYPES.parse("varchar(255)")).withCollation("NOCASE"),
                    Column.of("name", TYPES.parse("text")).withNullable(true).withDefault(new DefaultValue.StringLiteral("it's")),
                    Column.of("score", TYPES.parse("real")).withNullable(true).withDefault(new DefaultValue.NumberLiteral("-1.5")),
                    Column.of("created", TYPES.parse("text")).withNullable(true)
                            .withDefault(new DefaultValue.Expression("datetime('now')")),
                    Column.of("at", TYPES.parse("int")).withNullable(true)
                            .withDefault(new DefaultValue.Expression("CURRENT_TIMESTAMP")),
                    Column.of("doubled", TYPES.parse("int")).withNullable(true)
                            .withGenerated(new Generated("id * 2", Generated.Storage.STORED)),
                    Column.of("v", TYPES.parse("int")).withNullable(true)
                            .withGenerated(new Generated("score + 1", Generated.Storage.VIRTUAL)));
            assertThat(users.primaryKey()).isEqualTo(PrimaryKey.of("id"));
            assertThat(users.indexes()).containsExactly(Index.on("sqlite_autoindex_users_1", "email").withUnique(true));
            assertThat(users.checks()).containsExactly(Check.of(null, "length(name) < 10"),
                    Check.of("positive", "score > 0"));

            Table tags = main.table("tags").orElseThrow();
            assertThat(tags.attrs()).containsExactly(SqliteAttrs.STRICT, SqliteAttrs.WITHOUT_ROWID);
            assertThat(tags.primaryKey()).isEqualTo(PrimaryKey.of("k", "n"));
            assertThat(tags.indexes()).isEmpty();

            Table posts = main.table("posts").orElseThrow();
            assertThat(posts.foreignKeys()).containsExactly(
                    ForeignKey.of(null, List.of("tk", "tn"), new TableRef("main", "tags"), List.of("k", "n"))
                            .withDeferrable(Deferrable.INITIALLY_DEFERRED),
                    ForeignKey.of("by_author", List.of("author"), new TableRef("main", "users"), List.of("id"))
                            .withOnDelete(ReferenceAction.CASCADE));
            assertThat(posts.indexes()).containsExactly(
                    Index.of("posts_expr", List.of(IndexPart.expr("lower(tk)").withDesc(true),
                            IndexPart.column("tn").withCollation("NOCASE"))).withWhere("tn > 1"),
                    Index.of("posts_where", List.of(IndexPart.column("where"), IndexPart.expr("tn + 1")))
                            .withUnique(true));
            assertThat(posts.column("id").orElseThrow().nullable()).isFalse();

            assertThat(main.views()).containsExactly(View.of("active", "SELECT id, email FROM users WHERE score > 0"));
            Trigger touch = main.triggers().get(0);
            assertThat(touch.name()).isEqualTo("touch");
            assertThat(touch.table()).isEqualTo("users");
            assertThat(touch.timing()).isEqualTo(Trigger.Timing.AFTER);
            assertThat(touch.events()).containsExactly(Trigger.Event.UPDATE);
            assertThat(touch.updateOf()).containsExactly("email", "name");
            assertThat(touch.when()).isEqualTo("new.score > 0");
            assertThat(touch.definition()).startsWith("CREATE TRIGGER touch AFTER UPDATE");
        }
    }

    /** A CI-size large schema (the benchmark, bench/inspect.sh, goes to 10,000 tables): the same queries, every object back. */
    @Test
    void runsTheSameNumberOfQueriesForFiveTablesAsForFiveHundredAndEveryObjectComesBack() throws Exception {
        assertThat(queriesFor(5)).isEqualTo(queriesFor(500)).isLessThanOrEqualTo(6);
    }

    /** Tables with a key, a foreign key, a UNIQUE column, a check and a partial index; a view per 10, a trigger per 50. */
    private static int queriesFor(int tables) throws Exception {
        try (TestDb db = TestDb.sqlite()) {
            List<String> sql = new ArrayList<>(List.of("BEGIN")); // one commit: a sync per statement costs seconds
            for (int i = 0; i < tables; i++) {
                sql.add("CREATE TABLE t" + i + " (id INTEGER PRIMARY KEY, ref int REFERENCES t0 (id),"
                        + " name text UNIQUE, CHECK (name <> ''))");
                sql.add("CREATE INDEX t" + i + "_ref ON t" + i + " (ref) WHERE ref > 0");
                if (i % 10 == 0) {
                    sql.add("CREATE VIEW v" + i + " AS SELECT id FROM t" + i);
                }
                if (i % 50 == 0) {
                    sql.add("CREATE TRIGGER t" + i + "_touch AFTER UPDATE ON t" + i + " BEGIN SELECT 1; END");
                }
            }
            sql.add("COMMIT");
            db.execute(sql.toArray(String[]::new));
            AtomicInteger count = new AtomicInteger();
            Connection real = DriverManager.getConnection(db.jdbcUrl());
            Connection counting = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        if (method.getName().equals("prepareStatement") || method.getName().equals("createStatement")
                                || method.getName().equals("prepareCall")) {
                            count.incrementAndGet();
                        }
                        try {
                            return method.invoke(real, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
            try (Session s = new SqliteDialect().attach(counting)) {
                Schema main = s.dialect().inspector(s).inspect(InspectScope.schema("main")).schemas().get(0);
                // two indexes a table: the UNIQUE column's and the partial one
                assertThat(ModelCounts.of(main)).isEqualTo(new ModelCounts(tables, 3 * tables, 2 * tables, tables,
                        tables, (tables + 9) / 10, (tables + 49) / 50));
                assertThat(main.table("t" + (tables - 1)).orElseThrow().indexes()).extracting(Index::where)
                        .contains("ref > 0");
            }
            return count.get();
        }
    }

    @Test
    void scopeBoundRealmSchemasExclusionsAndRevisions() throws Exception {
        try (TestDb db = TestDb.sqlite(); TestDb other = TestDb.sqlite()) {
            other.execute("CREATE TABLE far (x int)");
            db.execute("CREATE TABLE users (id int NOT NULL, a int, b int, ab int, ac int)",
                    "CREATE TABLE pets (id int, owner int REFERENCES users (id))",
                    "CREATE TABLE atlas_schema_revisions (version text PRIMARY KEY)");
            try (Session s = new SqliteDialect().open(DatabaseUrl.parse(db.url()))) {
                s.execute("ATTACH DATABASE '" + other.file() + "' AS other");
                var inspector = s.dialect().inspector(s);

                Realm bound = inspector.inspect(InspectScope.schema("main"));
                assertThat(bound.schemas()).extracting(Schema::name).containsExactly("main");
                assertThat(bound.schemas().get(0).tables()).extracting(Table::name).containsExactly("pets", "users");

                Realm realm = inspector.inspect(InspectScope.realm());
                assertThat(realm.schemas()).extracting(Schema::name).containsExactly("main", "other");
                assertThat(realm.schema("other").orElseThrow().tables()).extracting(Table::name).containsExactly("far");

                assertThat(inspector.inspect(InspectScope.realm().withSchemas(List.of("other"))).schemas())
                        .extracting(Schema::name).containsExactly("other");

                Schema noUsers = inspector.inspect(InspectScope.schema("main").withExclude(List.of("users")))
                        .schemas().get(0);
                assertThat(noUsers.tables()).extracting(Table::name).containsExactly("pets");
                assertThat(noUsers.table("pets").orElseThrow().foreignKeys()).isEmpty();

                Table ab = inspector.inspect(InspectScope.schema("main").withExclude(List.of("*.[ab]*")))
                        .schemas().get(0).table("users").orElseThrow();
                assertThat(ab.columns()).extracting(Column::name).containsExactly("id");

                Realm column = inspector.inspect(InspectScope.realm().withExclude(List.of("main.users.ac", "other")));
                assertThat(column.schemas()).extracting(Schema::name).containsExactly("main");
                assertThat(column.schemas().get(0).table("users").orElseThrow().columns()).extracting(Column::name)
                        .containsExactly("id", "a", "b", "ab");

                assertThat(inspector.inspect(InspectScope.schema("main").withRevisions(true)).schemas().get(0).tables())
                        .extracting(Table::name).containsExactly("atlas_schema_revisions", "pets", "users");
            }
        }
    }
}
