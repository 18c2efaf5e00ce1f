package dev.strata.down;

import dev.strata.Strata;
import dev.strata.StrataException;
import dev.strata.declare.Declarative;
import dev.strata.declare.SchemaDiff;
import dev.strata.declare.Scope;
import dev.strata.dialect.Dialects;
import dev.strata.dialect.Session;
import dev.strata.report.PlanText;
import dev.strata.testing.TestDb;
import dev.strata.url.DatabaseUrl;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code migrate down} on each database: a history of 20 files of mixed changes taken down one
 * version at a time to none, each step's schema equal to that of a database migrated directly to
 * the version, the rows of the tables that stay surviving every step; and the refusals: data-only
 * files, populated tables and columns, narrowed columns whose values do not fit.
 */
class DownTest {

    private static final DownRun.Options FORCE_ALL = new DownRun.Options(true, true, null, null);
    private static final DownRun.Options STRICT = new DownRun.Options(false, false, null, null);

    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(TestDb.Kind.class)
    void everyStepDownEqualsADatabaseMigratedDirectlyAndKeepsTheRows(TestDb.Kind kind) throws Exception {
        Path dir = history(kind);
        try (TestDb db = TestDb.create(kind); TestDb ref = TestDb.create(kind); TestDb dev = TestDb.create(kind)) {
            DatabaseUrl url = DatabaseUrl.parse(bound(db));
            DatabaseUrl refUrl = DatabaseUrl.parse(bound(ref));
            Strata.builder().url(url).dir(dir).build().apply();
            db.execute("INSERT INTO users (id, name) VALUES (100, 'kept one')",
                    "INSERT INTO users (id, name) VALUES (101, 'kept two')");
            try (Declarative d = Declarative.open(DatabaseUrl.parse(bound(dev)));
                 Session live = open(url); Session direct = open(refUrl)) {
                for (int version = 19; version >= 0; version--) {
                    DownPlan plan = Down.plan(d, live, dir, new DownTarget.Steps(1), null, Scope.ALL);
                    assertThat(plan.current()).isEqualTo(String.format("%02d", version + 1));
                    assertThat(plan.target()).isEqualTo(version == 0 ? "" : String.format("%02d", version));
                    DownRun.apply(live, plan, FORCE_ALL);

                    ref.execute(resetStatements(ref));
                    if (version > 0) {
                        Strata.builder().url(refUrl).dir(dir).build().apply(version);
                    }
                    SchemaDiff diff = d.diff(d.inspect(live, Scope.ALL), d.inspect(direct, Scope.ALL));
                    assertThat(diff.changes()).as("at version " + version + ":\n"
                            + (diff.synced() ? "" : PlanText.statements(d.planOn(diff, d.inspect(live, Scope.ALL), ""))))
                            .isEmpty();
                    assertThat(db.column("SELECT version FROM atlas_schema_revisions" + " ORDER BY version"))
                            .as("revisions at version " + version).hasSize(version);
                    if (version >= 1) {
                        assertThat(db.column("SELECT name FROM users WHERE id >= 100 ORDER BY id"))
                                .containsExactly("kept one", "kept two");
                    }
                }
                assertThat(db.userTables()).isEmpty();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDb.Kind.class)
    void aDataOnlyFileIsRefusedWithoutForce(TestDb.Kind kind) throws Exception {
        Path dir = history(kind);
        try (TestDb db = TestDb.create(kind); TestDb dev = TestDb.create(kind)) {
            DatabaseUrl url = DatabaseUrl.parse(bound(db));
            Strata.builder().url(url).dir(dir).build().apply(10);
            try (Declarative d = Declarative.open(DatabaseUrl.parse(bound(dev))); Session live = open(url)) {
                DownPlan plan = Down.plan(d, live, dir, new DownTarget.Steps(1), null, Scope.ALL);
                assertThat(plan.dataOnly()).containsExactly("10_grow_up.sql");
                assertThat(plan.statements().isEmpty()).isTrue();
                assertThatThrownBy(() -> DownRun.apply(live, plan, STRICT)).isInstanceOf(StrataException.class)
                        .hasMessage("migrate down: 10_grow_up.sql changes data only, which is not reversible by schema"
                                + " (pass --force to revert the rest, or write a migration that restores the data)");
                assertThat(db.column("SELECT version FROM atlas_schema_revisions")).hasSize(10);
                DownRun.apply(live, plan, new DownRun.Options(false, true, null, null));
                assertThat(db.column("SELECT version FROM atlas_schema_revisions")).hasSize(9);
            }
        }
    }

    /** With URLs bound to no schema: on PostgreSQL the revisions live in a schema of their own, which stays. */
    @ParameterizedTest
    @EnumSource(TestDb.Kind.class)
    void populatedTablesAndColumnsStopTheDownAndEmptyOnesPass(TestDb.Kind kind) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("loss"));
        Files.writeString(dir.resolve("1_t.sql"), "CREATE TABLE t (id integer PRIMARY KEY, name varchar(20));\n");
        Files.writeString(dir.resolve("2_c.sql"), "ALTER TABLE t ADD COLUMN extra varchar(20);\n");
        Files.writeString(dir.resolve("3_u.sql"), "CREATE TABLE u (id integer PRIMARY KEY);\n");
        Strata.builder().dir(dir).build().hash();
        try (TestDb db = TestDb.create(kind); TestDb dev = TestDb.create(kind)) {
            DatabaseUrl url = DatabaseUrl.parse(db.url());
            Strata.builder().url(url).dir(dir).build().apply();
            db.execute("INSERT INTO u (id) VALUES (1)", "INSERT INTO u (id) VALUES (2)",
                    "INSERT INTO t (id, name, extra) VALUES (1, 'a', 'x')", "INSERT INTO t (id, name) VALUES (2, 'b')");
            String schema = schemaOf(db);
            try (Declarative d = Declarative.open(DatabaseUrl.parse(dev.url())); Session live = open(url)) {
                DownPlan one = Down.plan(d, live, dir, new DownTarget.Steps(1), null, Scope.ALL);
                assertThat(one.dataAtStake()).extracting(DataLoss::describe)
                        .containsExactly("table \"" + schema + ".u\" holds 2 rows (dropped)");
                assertThatThrownBy(() -> DownRun.apply(live, one, STRICT)).hasMessage("migrate down: reverting would"
                        + " lose data: table \"" + schema + ".u\" holds 2 rows (dropped) (pass --allow-data-loss to"
                        + " revert anyway)");
                assertThat(db.userTables()).contains("u");

                db.execute("DELETE FROM u");
                DownRun.apply(live, Down.plan(d, live, dir, new DownTarget.Steps(1), null, Scope.ALL), STRICT);
                assertThat(db.userTables()).doesNotContain("u");

                DownPlan two = Down.plan(d, live, dir, new DownTarget.Version("1"), null, Scope.ALL);
                assertThat(two.dataAtStake()).extracting(DataLoss::describe)
                        .containsExactly("column \"extra\" of table \"" + schema + ".t\" holds 1 row (dropped)");
                assertThatThrownBy(() -> DownRun.apply(live, two, STRICT)).hasMessageContaining("extra");
                db.execute("UPDATE t SET extra = NULL");
                DownRun.apply(live, Down.plan(d, live, dir, new DownTarget.Version("1"), null, Scope.ALL), STRICT);
                assertThat(db.column("SELECT name FROM t ORDER BY id")).containsExactly("a", "b");
                assertThat(db.column("SELECT version FROM " + db.revisionsTable())).containsExactly("1");
            }
        }
    }

    /** A column widened by a file is narrowed by its down: values that do not fit stop it. */
    @ParameterizedTest
    @EnumSource(value = TestDb.Kind.class, names = {"POSTGRES", "MARIADB"})
    void aNarrowingChangeStopsWhenValuesDoNotFit(TestDb.Kind kind) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("narrow"));
        Files.writeString(dir.resolve("1_t.sql"), "CREATE TABLE t (id integer PRIMARY KEY, name varchar(5),"
                + " n bigint);\n");
        Files.writeString(dir.resolve("2_wide.sql"), kind == TestDb.Kind.MARIADB
                ? "ALTER TABLE t MODIFY name varchar(50);\n"
                : "ALTER TABLE t ALTER COLUMN name TYPE varchar(50);\n");
        Files.writeString(dir.resolve("3_int.sql"), kind == TestDb.Kind.MARIADB
                ? "ALTER TABLE t MODIFY n smallint;\n" : "ALTER TABLE t ALTER COLUMN n TYPE smallint;\n");
        Files.writeString(dir.resolve("4_back.sql"), kind == TestDb.Kind.MARIADB
                ? "ALTER TABLE t MODIFY n bigint;\n" : "ALTER TABLE t ALTER COLUMN n TYPE bigint;\n");
        Strata.builder().dir(dir).build().hash();
        try (TestDb db = TestDb.create(kind); TestDb dev = TestDb.create(kind)) {
            DatabaseUrl url = DatabaseUrl.parse(bound(db));
            Strata.builder().url(url).dir(dir).build().apply();
            db.execute("INSERT INTO t (id, name, n) VALUES (1, 'a much longer name', 70000)",
                    "INSERT INTO t (id, name, n) VALUES (2, 'short', 3)");
            String schema = schemaOf(db);
            try (Declarative d = Declarative.open(DatabaseUrl.parse(bound(dev))); Session live = open(url)) {
                DownPlan toInt = Down.plan(d, live, dir, new DownTarget.Steps(1), null, Scope.ALL);
                assertThat(toInt.dataAtStake()).extracting(DataLoss::describe).containsExactly("column \"n\" of table \""
                        + schema + ".t\" holds 1 row (values that may not fit smallint)");
                assertThatThrownBy(() -> DownRun.apply(live, toInt, STRICT)).hasMessageContaining("--allow-data-loss");
                db.execute("UPDATE t SET n = 7 WHERE id = 1");
                DownRun.apply(live, Down.plan(d, live, dir, new DownTarget.Steps(1), null, Scope.ALL), STRICT);

                DownPlan toShort = Down.plan(d, live, dir, new DownTarget.Version("1"), null, Scope.ALL);
                assertThat(toShort.dataAtStake()).extracting(DataLoss::describe).containsExactly("column \"name\" of"
                        + " table \"" + schema + ".t\" holds 1 row (values that may not fit "
                        + (kind == TestDb.Kind.POSTGRES ? "character varying(5)" : "varchar(5)") + ")");
                assertThatThrownBy(() -> DownRun.apply(live, toShort, STRICT)).hasMessageContaining("\"name\"");
                db.execute("UPDATE t SET name = 'long' WHERE id = 1");
                DownRun.apply(live, Down.plan(d, live, dir, new DownTarget.Version("1"), null, Scope.ALL), STRICT);
                assertThat(db.column("SELECT name FROM t ORDER BY id")).containsExactly("long", "short");
                assertThat(db.column("SELECT version FROM atlas_schema_revisions")).containsExactly("1");
            }
        }
    }

    /** Twenty files of mixed changes: tables, columns, defaults, indexes, foreign keys, drops, data. */
    private Path history(TestDb.Kind kind) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("history"));
        String dropIndex = kind == TestDb.Kind.MARIADB ? "DROP INDEX users_name ON users" : "DROP INDEX users_name";
        List<String> files = new ArrayList<>(List.of(
                "users:CREATE TABLE users (id integer PRIMARY KEY, name varchar(50) NOT NULL);\n"
                        + "INSERT INTO users (id, name) VALUES (1, 'first');",
                "posts:CREATE TABLE posts (id integer PRIMARY KEY, user_id integer NOT NULL REFERENCES users (id),"
                        + " title varchar(100));",
                "email:ALTER TABLE users ADD COLUMN email varchar(100);",
                "users_name:CREATE INDEX users_name ON users (name);",
                "body:ALTER TABLE posts ADD COLUMN body text;",
                "tags:CREATE TABLE tags (id integer PRIMARY KEY, label varchar(30) NOT NULL);",
                "post_tags:CREATE TABLE post_tags (post_id integer NOT NULL REFERENCES posts (id), tag_id integer NOT"
                        + " NULL REFERENCES tags (id), PRIMARY KEY (post_id, tag_id));",
                "age:ALTER TABLE users ADD COLUMN age integer DEFAULT 0;",
                "seed_tags:INSERT INTO tags (id, label) VALUES (1, 'news');",
                "grow_up:UPDATE users SET age = 1;",
                "email_unique:CREATE UNIQUE INDEX users_email ON users (email);",
                "tidy:" + dropIndex + ";",
                "audit:CREATE TABLE audit (id integer PRIMARY KEY, what varchar(200));",
                "score:ALTER TABLE posts ADD COLUMN score integer DEFAULT 0 NOT NULL;",
                "score_idx:CREATE INDEX posts_score ON posts (score);",
                "no_body:ALTER TABLE posts DROP COLUMN body;",
                "settings:CREATE TABLE settings (k varchar(20) PRIMARY KEY, v varchar(100));",
                "note:ALTER TABLE settings ADD COLUMN note varchar(50);",
                "no_audit:DROP TABLE audit;",
                "events:CREATE TABLE events (id integer PRIMARY KEY, at varchar(30), user_id integer REFERENCES"
                        + " users (id));"));
        for (int i = 0; i < files.size(); i++) {
            String[] nameAndSql = files.get(i).split(":", 2);
            Files.writeString(dir.resolve(String.format("%02d_%s.sql", i + 1, nameAndSql[0])), nameAndSql[1] + "\n");
        }
        Strata.builder().dir(dir).build().hash();
        return dir;
    }

    /** Empties a database: its tables, in an order foreign keys allow, and its revisions. */
    private static String[] resetStatements(TestDb db) throws Exception {
        List<String> out = new ArrayList<>();
        if (db.kind() == TestDb.Kind.MARIADB) {
            out.add("SET FOREIGN_KEY_CHECKS = 0");
        }
        if (db.kind() == TestDb.Kind.SQLITE) {
            out.add("PRAGMA foreign_keys = OFF");
        }
        for (String t : db.userTables()) {
            out.add("DROP TABLE " + t + (db.kind() == TestDb.Kind.POSTGRES ? " CASCADE" : ""));
        }
        out.add("DROP TABLE IF EXISTS atlas_schema_revisions");
        return out.toArray(String[]::new);
    }

    private static Session open(DatabaseUrl url) {
        return Dialects.forUrl(url).open(url);
    }

    private static String schemaOf(TestDb db) {
        return switch (db.kind()) {
            case POSTGRES -> "public";
            case MARIADB -> db.name();
            case SQLITE -> "main";
        };
    }

    /** Bound to one schema, so the live and the dev database compare as one whatever their names. */
    private static String bound(TestDb db) {
        return db.kind() == TestDb.Kind.POSTGRES ? db.url() + "&search_path=public" : db.url();
    }
}
