package dev.strata.schema.diff;

import dev.strata.schema.Change;
import dev.strata.schema.Column;
import dev.strata.schema.ColumnRef;
import dev.strata.schema.ColumnType;
import dev.strata.schema.DomainType;
import dev.strata.schema.EnumType;
import dev.strata.schema.Extension;
import dev.strata.schema.ForeignKey;
import dev.strata.schema.PrimaryKey;
import dev.strata.schema.Realm;
import dev.strata.schema.Routine;
import dev.strata.schema.Schema;
import dev.strata.schema.Sequence;
import dev.strata.schema.Table;
import dev.strata.schema.TableChange;
import dev.strata.schema.TableRef;
import dev.strata.schema.Trigger;
import dev.strata.schema.TypeKind;
import dev.strata.schema.TypeRef;
import dev.strata.schema.View;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CreationTest {

    private static final ColumnType INT = ColumnType.of("integer", TypeKind.INTEGER);

    static Table table(String name, ForeignKey... fks) {
        return Table.of(name, List.of(Column.of("id", INT), Column.of("ref", INT).withNullable(true)))
                .withPrimaryKey(PrimaryKey.of("id")).withForeignKeys(List.of(fks));
    }

    static ForeignKey fk(String name, String target) {
        return ForeignKey.of(name, List.of("ref"), new TableRef("s", target), List.of("id"));
    }

    private static List<String> described(List<Change> changes) {
        return changes.stream().map(Change::describe).toList();
    }

    @Test
    void tablesFollowTheTablesTheyReference() {
        Schema s = Schema.named("s").withTables(List.of(table("a", fk("a_b", "b")), table("b", fk("b_c", "c")),
                table("c")));
        List<Change> c = Creation.of(s);
        assertEquals(List.of("create \"c\" table", "create \"b\" table", "create \"a\" table"), described(c));
        // no cycle: every key rides inside its table
        assertEquals(1, ((Change.AddTable) c.get(2)).table().foreignKeys().size());
    }

    /** As Atlas's sqlx.DetachCycles: a cycle among the new tables detaches every key but self-references. */
    @Test
    void aCycleOfThreeTablesAddsEveryKeyAfterTheTables() {
        Schema s = Schema.named("s").withTables(List.of(table("a", fk("a_b", "b")), table("b", fk("b_c", "c")),
                table("c", fk("c_a", "a"), fk("c_c", "c"))));
        List<Change> c = Creation.of(s);
        assertEquals(List.of("create \"a\" table", "create \"b\" table", "create \"c\" table",
                "modify \"a\" table", "modify \"b\" table", "modify \"c\" table"), described(c));
        assertTrue(((Change.AddTable) c.get(0)).table().foreignKeys().isEmpty());
        assertEquals(List.of(fk("c_c", "c")), ((Change.AddTable) c.get(2)).table().foreignKeys(),
                "a self-reference stays inline");
        Change.ModifyTable later = assertInstanceOf(Change.ModifyTable.class, c.get(3));
        assertEquals(List.of(new TableChange.AddForeignKey(fk("a_b", "b"))), later.changes());
        assertEquals(s.table("a").orElseThrow(), later.to());
        assertTrue(later.from().foreignKeys().isEmpty());
        assertEquals(List.of(new TableChange.AddForeignKey(fk("c_a", "a"))),
                ((Change.ModifyTable) c.get(5)).changes());
        assertEquals(c, Creation.of(s), "the same order every time");
    }

    @Test
    void aSelfReferenceStaysInsideCreateTable() {
        Schema s = Schema.named("s").withTables(List.of(table("node", fk("node_parent", "node"))));
        List<Change> c = Creation.of(s);
        assertEquals(1, c.size());
        assertEquals(List.of(fk("node_parent", "node")), ((Change.AddTable) c.get(0)).table().foreignKeys());
    }

    @Test
    void aTableThatOnlyReferencesACycleHasItsKeyAddedLaterToo() {
        // "a" is not on the cycle b <-> c, but Atlas detaches every key of the change set once it holds a cycle
        Schema s = Schema.named("s").withTables(List.of(table("a", fk("a_b", "b")), table("b", fk("b_c", "c")),
                table("c", fk("c_b", "b"))));
        List<Change> c = Creation.of(s);
        assertEquals(List.of("create \"a\" table", "create \"b\" table", "create \"c\" table",
                "modify \"a\" table", "modify \"b\" table", "modify \"c\" table"), described(c));
        assertTrue(((Change.AddTable) c.get(0)).table().foreignKeys().isEmpty());
    }

    @Test
    void viewsFollowTheViewsTheyUseAndTheTables() {
        View top = View.of("a_top", "SELECT * FROM \"m_middle\"");
        View middle = View.of("m_middle", "SELECT id FROM z_base WHERE id > 0");
        View base = View.of("z_base", "SELECT id FROM t");
        Schema s = Schema.named("s").withTables(List.of(table("t"))).withViews(List.of(top, middle, base));
        assertEquals(List.of("create \"t\" table", "create \"z_base\" view", "create \"m_middle\" view",
                "create \"a_top\" view"), described(Creation.of(s)));
    }

    @Test
    void realmOrderPutsEachKindWhereItsUsersCanFindIt() {
        EnumType mood = EnumType.of("mood", "sad", "ok");
        ColumnType moodType = ColumnType.of("mood", TypeKind.ENUM).withUserType(new TypeRef("s", "mood"));
        DomainType moods = DomainType.of("a_moods", moodType);
        Sequence seq = new Sequence("t_seq", null, null, null, null, null, null, false, new ColumnRef("t", "id"), null);
        Routine norm = new Routine(Routine.Kind.FUNCTION, "norm", List.of(), INT, "sql",
                "CREATE FUNCTION norm() RETURNS integer AS 'SELECT 1' LANGUAGE sql", null, List.of());
        Routine audit = new Routine(Routine.Kind.FUNCTION, "audit", List.of(), ColumnType.of("trigger", TypeKind.OTHER),
                "plpgsql", "CREATE FUNCTION audit() RETURNS trigger AS $$ BEGIN RETURN NEW; END $$ LANGUAGE plpgsql",
                null, List.of());
        Table t = table("t").withColumns(List.of(Column.of("id", INT), Column.of("ref", INT).withDefault(
                new dev.strata.schema.DefaultValue.Expression("norm()"))));
        Trigger trg = new Trigger("t_audit", "t", Trigger.Timing.AFTER, List.of(Trigger.Event.INSERT), List.of(), true,
                null, "CREATE TRIGGER t_audit AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION audit()", null);
        Schema s = Schema.named("s").withTypes(List.of(moods, mood)).withSequences(List.of(seq))
                .withRoutines(List.of(norm, audit)).withTables(List.of(t)).withTriggers(List.of(trg))
                .withViews(List.of(View.of("v", "SELECT audit_count FROM t")));
        Realm r = new Realm(List.of(s, Schema.named("empty")), List.of(new Extension("citext", null, null, null)),
                List.of());
        assertEquals(List.of("create extension \"citext\"", "add new schema named \"empty\"",
                "add new schema named \"s\"", "create enum type \"mood\"", "create domain type \"a_moods\"",
                "create sequence \"t_seq\"", "create \"norm\" function", "create \"t\" table",
                "modify sequence \"t_seq\"", "create \"audit\" function", "create \"v\" view",
                "create trigger \"t_audit\""), described(Creation.of(r)));
        Change.AddSequence created = (Change.AddSequence) Creation.of(r).get(5);
        assertEquals(null, created.sequence().ownedBy());
        Change.AddSchema schema = (Change.AddSchema) Creation.of(r).get(2);
        assertTrue(schema.created().tables().isEmpty(), "a schema is created empty");
    }
}
