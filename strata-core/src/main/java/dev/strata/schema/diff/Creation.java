package dev.strata.schema.diff;

import dev.strata.schema.Change;
import dev.strata.schema.Extension;
import dev.strata.schema.Realm;
import dev.strata.schema.Routine;
import dev.strata.schema.Schema;
import dev.strata.schema.Sequence;
import dev.strata.schema.Table;
import dev.strata.schema.Trigger;
import dev.strata.schema.UserType;
import dev.strata.schema.View;

import java.util.List;

/**
 * The changes that create a realm or a schema from nothing, in an order a database accepts, so a
 * dialect's planner can map them one by one:
 * <ol>
 *   <li>extensions, then schemas (created empty), for a realm;</li>
 *   <li>enum, domain and composite types, each after the types it uses;</li>
 *   <li>sequences (one with {@code OWNED BY} is created unowned and owned after the tables);</li>
 *   <li>routines that a table's defaults, checks, generated columns, index expressions or policies call;</li>
 *   <li>tables, each after the tables its foreign keys reference, its foreign keys inside its
 *       {@link Change.AddTable} (as Atlas writes it: inline in CREATE TABLE). When the tables
 *       reference each other in a cycle, as in Atlas, they come in their given order and only the
 *       keys that point at their own table stay inline; the others are added by a
 *       {@link Change.ModifyTable} each after all tables;</li>
 *   <li>the sequence owners;</li>
 *   <li>the other routines and the views, each after the routines and views its text mentions (the
 *       model does not record what a view uses, so the text is scanned for their names, which may
 *       over-constrain but never misses a plain or quoted name), else routines first, by name;</li>
 *   <li>triggers, by table and name.</li>
 * </ol>
 * Ties go by schema and name, so the order is the same on every run.
 */
public final class Creation {

    private Creation() {
    }

    public static List<Change> of(Realm realm) {
        Additions a = new Additions();
        for (Extension e : realm.extensions()) {
            a.extension(e);
        }
        for (Schema s : realm.schemas()) {
            a.schema(s);
        }
        for (Schema s : realm.schemas()) {
            contents(s, a);
        }
        return a.changes();
    }

    /** One schema's objects, without creating the schema itself (it exists: the bound schema of a URL). */
    public static List<Change> of(Schema schema) {
        Additions a = new Additions();
        contents(schema, a);
        return a.changes();
    }

    static void contents(Schema s, Additions a) {
        for (UserType t : s.types()) {
            a.type(s.name(), t);
        }
        for (Sequence q : s.sequences()) {
            a.sequence(s.name(), q);
        }
        for (Table t : s.tables()) {
            a.table(s.name(), t);
        }
        for (Routine r : s.routines()) {
            a.routine(s.name(), r);
        }
        for (View v : s.views()) {
            a.view(s.name(), v);
        }
        for (Trigger t : s.triggers()) {
            a.trigger(s.name(), t);
        }
    }
}
