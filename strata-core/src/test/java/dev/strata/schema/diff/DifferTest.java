package dev.strata.schema.diff;

import dev.strata.schema.Change;
import dev.strata.schema.Column;
import dev.strata.schema.ColumnType;
import dev.strata.schema.ForeignKey;
import dev.strata.schema.Index;
import dev.strata.schema.ModelCorpus;
import dev.strata.schema.Realm;
import dev.strata.schema.Schema;
import dev.strata.schema.Table;
import dev.strata.schema.TableChange;
import dev.strata.schema.TableRef;
import dev.strata.schema.TableChange.ColumnChange;
import dev.strata.schema.TypeKind;
import dev.strata.schema.View;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static dev.strata.schema.diff.CreationTest.fk;
import static dev.strata.schema.diff.CreationTest.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DifferTest {

    private static final DiffDialect GENERIC = new DiffDialect() {
    };
    private static final ColumnType TEXT = ColumnType.of("text", TypeKind.STRING);

    private static Realm realm(Table... tables) {
        return Realm.of(Schema.named("s").withTables(List.of(tables)));
    }

    private static List<String> described(DiffResult r) {
        return r.changes().stream().map(Change::describe).toList();
    }

    @Test
    void theCorporaEqualThemselvesAndAreCreatedFromNothing() {
        Realm empty = new Realm(List.of(), List.of(), List.of());
        for (Realm r : List.of(ModelCorpus.postgres(), ModelCorpus.mysql("mysql"), ModelCorpus.sqlite())) {
            assertTrue(Differ.diff(r, r, GENERIC, DiffOptions.defaults()).isEmpty());
            assertEquals(r, ModelApply.apply(empty, Creation.of(r)));
            assertEquals(r, ModelApply.apply(empty, Differ.diff(empty, r, GENERIC, DiffOptions.defaults()).changes()));
            assertEquals(empty, ModelApply.apply(r, Differ.diff(r, empty, GENERIC, DiffOptions.defaults()).changes()));
        }
    }

    @Test
    void aColumnModificationSaysWhatChanged() {
        Table from = table("t").withColumns(List.of(Column.of("id", RandomRealms.integer()), Column.of("a", TEXT)));
        Table to = from.withColumns(List.of(Column.of("id", RandomRealms.integer()),
                Column.of("a", ColumnType.of("character varying(5)", TypeKind.STRING).withSize(5)).withNullable(true)
                        .withComment("x")));
        DiffResult d = Differ.diff(realm(from), realm(to), GENERIC, DiffOptions.defaults());
        Change.ModifyTable m = assertInstanceOf(Change.ModifyTable.class, d.changes().get(0));
        TableChange.ModifyColumn c = assertInstanceOf(TableChange.ModifyColumn.class, m.changes().get(0));
        assertEquals(Set.of(ColumnChange.TYPE, ColumnChange.NULL, ColumnChange.COMMENT), c.what());
        // a dialect that calls the two types the same leaves TYPE out
        DiffDialect lax = new DiffDialect() {
            @Override
            public boolean sameType(Column a, Column b) {
                return a.type().kind() == b.type().kind();
            }
        };
        TableChange.ModifyColumn c2 = (TableChange.ModifyColumn) ((Change.ModifyTable) Differ.diff(realm(from),
                realm(to), lax, DiffOptions.defaults()).changes().get(0)).changes().get(0);
        assertEquals(Set.of(ColumnChange.NULL, ColumnChange.COMMENT), c2.what());
    }

    @Test
    void aDropAndAddOfTheSameTypeIsReportedNotGuessed() {
        Table from = table("t").withColumns(List.of(Column.of("id", RandomRealms.integer()), Column.of("name", TEXT)));
        Table to = from.withColumns(List.of(Column.of("id", RandomRealms.integer()), Column.of("full_name", TEXT)));
        DiffResult d = Differ.diff(realm(from), realm(to), GENERIC, DiffOptions.defaults());
        Change.ModifyTable m = (Change.ModifyTable) d.changes().get(0);
        assertEquals(List.of(new TableChange.DropColumn(Column.of("name", TEXT)),
                new TableChange.AddColumn(Column.of("full_name", TEXT))), m.changes());
        assertEquals(List.of(new DiffResult.PossibleRename("s", "t", "name", "full_name")), d.possibleRenames());
        assertEquals("column \"name\" of table \"s.t\" is dropped and \"full_name\" added with the same type; if it is"
                + " a rename, pass --rename s.t.name:full_name", d.possibleRenames().get(0).message());

        DiffResult renamed = Differ.diff(realm(from), realm(to), GENERIC,
                DiffOptions.defaults().withRenames(List.of(DiffOptions.Rename.parse("t.name:full_name"))));
        Change.ModifyTable r = (Change.ModifyTable) renamed.changes().get(0);
        assertEquals(List.of(new TableChange.RenameColumn(Column.of("name", TEXT), Column.of("full_name", TEXT))),
                r.changes());
        assertEquals(1, renamed.changes().size());
        assertEquals(List.of(), renamed.possibleRenames());
    }

    @Test
    void tableRenamesFollowForeignKeysAndAreAskedForOnly() {
        Realm from = realm(table("a", fk("a_b", "b")), table("b"));
        Realm to = realm(table("a", fk("a_b", "members")), table("members"));
        DiffResult guessed = Differ.diff(from, to, GENERIC, DiffOptions.defaults());
        assertEquals(List.of(new DiffResult.PossibleRename("s", null, "b", "members")), guessed.possibleRenames());
        assertTrue(described(guessed).contains("drop \"b\" table"));

        DiffResult asked = Differ.diff(from, to, GENERIC,
                DiffOptions.defaults().withRenames(List.of(DiffOptions.Rename.parse("s.b:members"))));
        assertEquals(List.of("rename a table from \"b\" to \"members\""), described(asked));
        assertEquals(to, ModelApply.apply(from, asked.changes()));
    }

    @Test
    void renamesAreCheckedAgainstTheCurrentRealm() {
        Realm r = realm(table("t"));
        assertEquals("rename \"nope.x:y\": no table \"s.nope\"", assertThrows(IllegalArgumentException.class,
                () -> Differ.diff(r, r, GENERIC, DiffOptions.defaults().withRenames(List.of(
                        DiffOptions.Rename.parse("nope.x:y"))))).getMessage());
        assertEquals("rename \"t.zz:y\": table \"s.t\" has no column \"zz\"", assertThrows(
                IllegalArgumentException.class, () -> Differ.diff(r, r, GENERIC, DiffOptions.defaults()
                        .withRenames(List.of(DiffOptions.Rename.parse("t.zz:y"))))).getMessage());
        for (String bad : List.of("t", "t:", ":x", "a.b.c.d:x", "t:x:y", "t:a.b", "t..c:x")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> DiffOptions.Rename.parse(bad), bad);
            assertTrue(e.getMessage().startsWith("rename \"" + bad + "\": expected"), e.getMessage());
        }
        assertEquals(List.of("public", "users", "name"), DiffOptions.Rename.parse("public.users.name:n").path());
    }

    @Test
    void boundSchemasCompareWhateverTheirNames() {
        Realm devDb = Realm.of(Schema.named("dev_123").withTables(List.of(table("a").withForeignKeys(List.of(
                ForeignKey.of("a_b", List.of("ref"), new TableRef("dev_123", "b"), List.of("id")))), table("b"))));
        Realm fixed = Realm.of(Schema.named("app").withTables(List.of(table("a").withForeignKeys(List.of(
                ForeignKey.of("a_b", List.of("ref"), new TableRef("app", "b"), List.of("id")))), table("b"))));
        assertTrue(Differ.diff(fixed, devDb, GENERIC, DiffOptions.defaults().withBound(true)).isEmpty());
        DiffResult unbound = Differ.diff(fixed, devDb, GENERIC, DiffOptions.defaults());
        assertEquals(List.of("add new schema named \"dev_123\"", "drop \"a\" table", "drop \"b\" table",
                "create \"b\" table", "create \"a\" table", "drop schema named \"app\""), described(unbound));
        Realm more = Realm.of(Schema.named("x"), Schema.named("y"));
        assertThrows(IllegalArgumentException.class, () -> Differ.diff(more, devDb, GENERIC,
                DiffOptions.defaults().withBound(true)));
    }

    @Test
    void anIndexWithADatabaseMadeNameMatchesAnIndexOtherwiseTheSame() {
        Table from = table("t").withIndexes(List.of(Index.on("t_ref_idx", "ref")));
        Table to = table("t").withIndexes(List.of(Index.on("t_ref", "ref")));
        assertEquals(List.of(new TableChange.DropIndex(Index.on("t_ref_idx", "ref")),
                        new TableChange.AddIndex(Index.on("t_ref", "ref"))),
                ((Change.ModifyTable) Differ.diff(realm(from), realm(to), GENERIC, DiffOptions.defaults()).changes()
                        .get(0)).changes());
        DiffDialect generated = new DiffDialect() {
            @Override
            public boolean generatedName(Table table, Index index) {
                return index.name().endsWith("_idx");
            }
        };
        assertTrue(Differ.diff(realm(from), realm(to), generated, DiffOptions.defaults()).isEmpty());
        Table other = table("t").withIndexes(List.of(Index.on("t_ref", "ref").withUnique(true)));
        assertEquals(2, ((Change.ModifyTable) Differ.diff(realm(from), realm(other), generated,
                DiffOptions.defaults()).changes().get(0)).changes().size(), "not the same index: dropped and added");
    }

    @Test
    void dropsComeInReverseDependencyOrderAndViewsFirst() {
        Realm from = Realm.of(Schema.named("s").withTables(List.of(table("a", fk("a_b", "b")), table("b"),
                table("c", fk("c_d", "d")), table("d", fk("d_c", "c")), table("k", fk("k_b", "b"))))
                .withViews(List.of(View.of("v1", "SELECT * FROM b"), View.of("v2", "SELECT * FROM v1"))));
        Realm to = realm(table("k"));
        DiffResult d = Differ.diff(from, to, GENERIC, DiffOptions.defaults());
        assertEquals(List.of("drop view \"v2\"", "drop view \"v1\"", "modify \"k\" table", "drop \"a\" table",
                "drop \"b\" table", "modify \"d\" table", "drop \"c\" table", "drop \"d\" table"), described(d));
        assertEquals(to, ModelApply.apply(from, d.changes()));
    }

    @Test
    void aViewThatReadsARecreatedViewIsDroppedBeforeAndCreatedAfter() {
        // PostgreSQL seed 7000172: the materialized view m becomes a plain view, which drops it, while
        // r, left alone by the diff, reads it (and r2 reads r): both readers go first and come back after
        View m = View.of("m", "SELECT * FROM b").withMaterialized(true);
        View r = View.of("r", "SELECT * FROM m");
        View r2 = View.of("r2", "SELECT * FROM r");
        View other = View.of("other", "SELECT * FROM b");
        Realm from = Realm.of(Schema.named("s").withTables(List.of(table("b"))).withViews(List.of(m, other, r, r2)));
        Realm to = Realm.of(Schema.named("s").withTables(List.of(table("b")))
                .withViews(List.of(m.withMaterialized(false), other, r, r2)));
        DiffResult d = Differ.diff(from, to, GENERIC, DiffOptions.defaults());
        assertEquals(List.of("drop view \"r2\"", "drop view \"r\"", "modify view \"m\"", "create \"r\" view",
                "create \"r2\" view"), described(d));
        assertEquals(to, ModelApply.apply(from, d.changes()));
        // a comment is set in place: its readers stay
        Realm commented = Realm.of(Schema.named("s").withTables(List.of(table("b")))
                .withViews(List.of(m.withComment("c"), other, r, r2)));
        assertEquals(List.of("modify materialized view \"m\""), described(Differ.diff(from, commented, GENERIC,
                DiffOptions.defaults())));
    }

    @Test
    void aNewForeignKeyToANewTableWaitsForIt() {
        Realm from = realm(table("a"));
        Realm to = realm(table("a", fk("a_z", "z")), table("z"));
        DiffResult d = Differ.diff(from, to, GENERIC, DiffOptions.defaults());
        assertEquals(List.of("create \"z\" table", "modify \"a\" table"), described(d));
        assertEquals(to, ModelApply.apply(from, d.changes()));
    }

    @Test
    void destructiveChangesAreNamedWithTheirReason() {
        ColumnType v10 = ColumnType.of("character varying(10)", TypeKind.STRING).withSize(10);
        ColumnType v20 = ColumnType.of("character varying(20)", TypeKind.STRING).withSize(20);
        Table t = table("t").withColumns(List.of(Column.of("id", RandomRealms.integer()), Column.of("a", v10),
                Column.of("b", v20), Column.of("gone", TEXT)));
        Table u = t.withColumns(List.of(Column.of("id", RandomRealms.integer()), Column.of("a", v20),
                Column.of("b", v10)));
        Realm from = Realm.of(Schema.named("s").withTables(List.of(t, table("old"))), Schema.named("x"));
        Realm to = realm(u);
        List<String> reasons = Destructive.of(Differ.diff(from, to, GENERIC, DiffOptions.defaults()).changes(),
                GENERIC).stream().map(Destructive.Finding::reason).toList();
        assertEquals(List.of("drops column \"gone\" of table \"s.t\" and its values",
                "changes column \"b\" of table \"s.t\" from character varying(20) to character varying(10), which may"
                        + " not hold every value",
                "drops table \"s.old\" and its rows", "drops schema \"x\" with its 0 table(s) and their rows"), reasons);
        DiffDialect widening = new DiffDialect() {
        };
        assertTrue(!widening.narrows(Column.of("a", v10), Column.of("a", v20)));
        assertTrue(widening.narrows(Column.of("a", TEXT), Column.of("a", v20)));
        assertTrue(widening.narrows(Column.of("a", RandomRealms.integer()), Column.of("a", TEXT)));
    }
}
