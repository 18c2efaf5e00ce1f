package dev.strata.dialect.sqlite;

import dev.strata.schema.Change;
import dev.strata.schema.Check;
import dev.strata.schema.Column;
import dev.strata.schema.DefaultValue;
import dev.strata.schema.ForeignKey;
import dev.strata.schema.Index;
import dev.strata.schema.InspectScope;
import dev.strata.schema.PrimaryKey;
import dev.strata.schema.Realm;
import dev.strata.schema.Schema;
import dev.strata.schema.Table;
import dev.strata.schema.TableChange;
import dev.strata.schema.TableRef;
import dev.strata.schema.Trigger;
import dev.strata.schema.View;
import dev.strata.testing.TestDb;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each kind of change on a real file: planned, run with {@code sqlite3}, inspected; the result is
 * the desired model, and rows survive the changes that keep data.
 */
class SqliteDdlTest {

    private static final SqliteTypeNames TYPES = new SqliteTypeNames();
    private static final String USERS = "CREATE TABLE `users` (`id` integer NOT NULL, `name` text NULL,"
            + " `email` text NOT NULL DEFAULT '', PRIMARY KEY (`id`));"
            + "INSERT INTO users (id, name, email) VALUES (1, 'ann', 'a@x'), (2, NULL, 'b@x');";

    private static String apply(TestDb db, List<Change> changes) throws Exception {
        return SqliteRoundTripTest.apply(db, changes);
    }

    private static Schema main(TestDb db) throws Exception {
        return SqliteRoundTripTest.inspect(db).schemas().get(0);
    }

    private static Table users(TestDb db) throws Exception {
        return main(db).table("users").orElseThrow();
    }

    /** Applies a modification of users and checks the table is then the desired one with its two rows. */
    private static String modify(TestDb db, Table to, TableChange... changes) throws Exception {
        Table from = users(db);
        String sql = apply(db, List.of(new Change.ModifyTable("main", from, to, List.of(changes))));
        assertThat(users(db)).as(sql).isEqualTo(to);
        assertThat(db.column("SELECT count(*) FROM users")).containsExactly("2");
        return sql;
    }

    @Test
    void columnsAddedWithAlterWhenSqliteCanAndByRebuildOtherwise() throws Exception {
        try (TestDb db = TestDb.sqlite()) {
            SqliteRoundTripTest.sqlite3(db.file(), USERS);
            Table from = users(db);
            Column age = Column.of("age", TYPES.parse("int")).withNullable(true);
            Column role = Column.of("role", TYPES.parse("text")).withDefault(new DefaultValue.StringLiteral("user"));
            Table to = from.withColumns(append(from.columns(), age, role));
            String sql = modify(db, to, new TableChange.AddColumn(age), new TableChange.AddColumn(role));
            assertThat(sql).contains("ALTER TABLE `users` ADD COLUMN `age` int NULL")
                    .contains("ADD COLUMN `role` text NOT NULL DEFAULT 'user'").doesNotContain("new_users");
            assertThat(db.column("SELECT role FROM users")).containsExactly("user", "user");

            Column at = Column.of("at", TYPES.parse("text")).withDefault(new DefaultValue.Expression("datetime('now')"));
            Table withAt = to.withColumns(append(to.columns(), at));
            assertThat(modify(db, withAt, new TableChange.AddColumn(at))).contains("CREATE TABLE `new_users`")
                    .contains("INSERT INTO `new_users` (`id`, `name`, `email`, `age`, `role`) SELECT")
                    .contains("PRAGMA foreign_key_check");
        }
    }

    @Test
    void columnsDroppedChangedAndRenamedKeepTheirRows() throws Exception {
        try (TestDb db = TestDb.sqlite()) {
            SqliteRoundTripTest.sqlite3(db.file(), USERS);
            Table from = users(db);
            Column name = from.column("name").orElseThrow();
            Column notNull = name.withNullable(false).withDefault(new DefaultValue.StringLiteral("anonymous"));
            Table to = from.withColumns(List.of(from.columns().get(0), notNull));
            String sql = modify(db, to, new TableChange.ModifyColumn(name, notNull,
                            Set.of(TableChange.ColumnChange.NULL, TableChange.ColumnChange.DEFAULT)),
                    new TableChange.DropColumn(from.column("email").orElseThrow()));
            assertThat(sql).contains("IFNULL(`name`, 'anonymous') AS `name`");
            assertThat(db.column("SELECT name FROM users ORDER BY id")).containsExactly("ann", "anonymous");

            Column renamed = notNull.withName("full_name");
            Table after = to.withColumns(List.of(to.columns().get(0), renamed));
            assertThat(modify(db, after, new TableChange.RenameColumn(notNull, renamed)))
                    .contains("ALTER TABLE `users` RENAME COLUMN `name` TO `full_name`");
        }
    }

    @Test
    void indexesKeysChecksAndOptions() throws Exception {
        try (TestDb db = TestDb.sqlite()) {
            SqliteRoundTripTest.sqlite3(db.file(), USERS + "CREATE TABLE `teams` (`id` integer NOT NULL, PRIMARY KEY (`id`));");
            Table from = users(db);
            Index byName = Index.on("users_name", "name").withWhere("name IS NOT NULL");
            Table indexed = from.withIndexes(List.of(byName));
            assertThat(modify(db, indexed, new TableChange.AddIndex(byName)))
                    .contains("CREATE INDEX `users_name` ON `users` (`name`) WHERE name IS NOT NULL")
                    .doesNotContain("new_users");
            Index renamed = Index.on("users_by_name", "name").withWhere("name IS NOT NULL").withUnique(true);
            Table renamedT = from.withIndexes(List.of(renamed));
            modify(db, renamedT, new TableChange.ModifyIndex(byName, renamed));

            Index unique = Index.on("sqlite_autoindex_users_1", "email").withUnique(true);
            ForeignKey team = ForeignKey.of("users_team", List.of("id"), new TableRef("main", "teams"), List.of("id"));
            Check check = Check.of("named", "length(email) > 0");
            Table keyed = renamedT.withIndexes(List.of(renamed, unique)).withForeignKeys(List.of(team))
                    .withChecks(List.of(check)).withAttrs(List.of(SqliteAttrs.STRICT));
            SqliteRoundTripTest.sqlite3(db.file(), "INSERT INTO teams VALUES (1), (2);");
            assertThat(modify(db, keyed, new TableChange.AddIndex(unique), new TableChange.AddForeignKey(team),
                    new TableChange.AddCheck(check), new TableChange.ModifyOptions(renamedT, keyed)))
                    .contains("UNIQUE (`email`)").contains(") STRICT;");

            Table rekeyed = keyed.withPrimaryKey(PrimaryKey.of("id", "email")).withForeignKeys(List.of())
                    .withChecks(List.of()).withIndexes(List.of(renamed)).withAttrs(List.of());
            modify(db, rekeyed, new TableChange.ModifyPrimaryKey(keyed.primaryKey(), rekeyed.primaryKey()),
                    new TableChange.DropForeignKey(team), new TableChange.DropCheck(check),
                    new TableChange.DropIndex(unique), new TableChange.ModifyOptions(keyed, rekeyed));
        }
    }

    @Test
    void aRebuildKeepsTheTablesTriggersAndTheViewsOnIt() throws Exception {
        try (TestDb db = TestDb.sqlite()) {
            SqliteRoundTripTest.sqlite3(db.file(), USERS + "CREATE TABLE log (msg text);"
                    + "CREATE VIEW named AS SELECT id, name FROM users WHERE name IS NOT NULL;"
                    + "CREATE TRIGGER users_log AFTER INSERT ON users BEGIN INSERT INTO log VALUES (new.name); END;");
            Schema before = main(db);
            Table from = users(db);
            Table to = from.withColumns(List.of(from.columns().get(0), from.columns().get(1)));
            String sql = modify(db, to, new TableChange.DropColumn(from.column("email").orElseThrow()));
            assertThat(sql).contains("PRAGMA legacy_alter_table = on");
            Schema after = main(db);
            assertThat(after.triggers()).isEqualTo(before.triggers());
            assertThat(after.views()).isEqualTo(before.views());
            SqliteRoundTripTest.sqlite3(db.file(), "INSERT INTO users (id, name) VALUES (3, 'cy');");
            assertThat(db.column("SELECT msg FROM log")).containsExactly("cy");
            assertThat(db.column("SELECT name FROM named ORDER BY id")).containsExactly("ann", "cy");
        }
    }

    @Test
    void tablesViewsAndTriggersCreatedDroppedRenamedReplaced() throws Exception {
        try (TestDb db = TestDb.sqlite()) {
            SqliteRoundTripTest.sqlite3(db.file(), USERS);
            Table users = users(db);
            Table pets = Table.of("pets", List.of(Column.of("id", TYPES.parse("integer")).withAutoIncrement(true),
                            Column.of("owner", TYPES.parse("integer")).withNullable(true)))
                    .withPrimaryKey(PrimaryKey.of("id")).withIndexes(List.of(Index.on("pets_owner", "owner")))
                    .withForeignKeys(List.of(ForeignKey.of(null, List.of("owner"), new TableRef("main", "users"),
                            List.of("id"))));
            View v = View.of("owners", "SELECT DISTINCT owner FROM pets");
            Trigger t = new Trigger("pets_ins", "pets", Trigger.Timing.BEFORE, List.of(Trigger.Event.INSERT), List.of(),
                    true, null, "CREATE TRIGGER pets_ins BEFORE INSERT ON pets BEGIN SELECT 1; END", null);
            apply(db, List.of(new Change.AddTable("main", pets), new Change.AddView("main", v),
                    new Change.AddTrigger("main", t)));
            Schema s = main(db);
            assertThat(s.table("pets")).contains(pets);
            assertThat(s.views()).containsExactly(v);
            assertThat(s.triggers()).containsExactly(t);

            View v2 = View.of("owners", "SELECT owner FROM pets GROUP BY owner");
            Trigger t2 = new Trigger("pets_ins", "pets", Trigger.Timing.AFTER, List.of(Trigger.Event.INSERT), List.of(),
                    true, null, "CREATE TRIGGER pets_ins AFTER INSERT ON pets BEGIN SELECT 2; END", null);
            apply(db, List.of(new Change.ModifyView("main", v, v2), new Change.ModifyTrigger("main", t, t2),
                    new Change.RenameTable("main", users, users.withName("people"))));
            s = main(db);
            assertThat(s.views()).containsExactly(v2);
            assertThat(s.triggers()).containsExactly(t2);
            assertThat(s.tables()).extracting(Table::name).containsExactly("people", "pets");
            assertThat(s.table("pets").orElseThrow().foreignKeys().get(0).refTable().name()).isEqualTo("people");

            apply(db, List.of(new Change.DropTrigger("main", t2), new Change.DropView("main", v2),
                    new Change.DropTable("main", s.table("pets").orElseThrow())));
            Realm left = SqliteRoundTripTest.inspect(db);
            assertThat(left.schemas().get(0).tables()).extracting(Table::name).containsExactly("people");
            assertThat(left.schemas().get(0).views()).isEmpty();
            assertThat(left.schemas().get(0).triggers()).isEmpty();
        }
    }

    @SafeVarargs
    private static <T> List<T> append(List<T> list, T... more) {
        List<T> out = new ArrayList<>(list);
        out.addAll(List.of(more));
        return out;
    }
}
