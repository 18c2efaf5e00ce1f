package dev.strata.dialect.postgres;

import dev.strata.schema.Change;
import dev.strata.schema.CompositeType;
import dev.strata.schema.DomainType;
import dev.strata.schema.EnumType;
import dev.strata.schema.Extension;
import dev.strata.schema.ForeignKey;
import dev.strata.schema.Realm;
import dev.strata.schema.Routine;
import dev.strata.schema.Schema;
import dev.strata.schema.Sequence;
import dev.strata.schema.Table;
import dev.strata.schema.TableChange;
import dev.strata.schema.Trigger;
import dev.strata.schema.UserType;
import dev.strata.schema.View;

import java.util.ArrayList;
import java.util.List;

/**
 * The changes that create a realm from nothing, in an order PostgreSQL accepts, for the planner
 * tests: schemas, extensions, types (enums and composites, then domains), sequences, tables
 * without their foreign keys, the foreign keys, views, routines, triggers. (The lead's
 * {@code dev.strata.schema.diff.Creation} replaces it when it lands on main.)
 */
final class PgCreation {

    private PgCreation() {
    }

    static List<Change> of(Realm realm) {
        List<Change> out = new ArrayList<>();
        for (Schema s : realm.schemas()) {
            out.add(new Change.AddSchema(s));
        }
        for (Extension e : realm.extensions()) {
            out.add(new Change.AddExtension(e));
        }
        for (Schema s : realm.schemas()) {
            for (UserType t : s.types()) {
                if (t instanceof EnumType) {
                    out.add(new Change.AddType(s.name(), t));
                }
            }
        }
        for (Schema s : realm.schemas()) {
            for (UserType t : s.types()) {
                if (t instanceof DomainType) {
                    out.add(new Change.AddType(s.name(), t));
                }
            }
            for (UserType t : s.types()) {
                if (t instanceof CompositeType) {
                    out.add(new Change.AddType(s.name(), t));
                }
            }
            for (Sequence q : s.sequences()) {
                out.add(new Change.AddSequence(s.name(), q));
            }
        }
        for (Schema s : realm.schemas()) {
            for (Table t : s.tables()) {
                out.add(new Change.AddTable(s.name(), t.withForeignKeys(List.of())));
            }
        }
        for (Schema s : realm.schemas()) {
            for (Table t : s.tables()) {
                if (!t.foreignKeys().isEmpty()) {
                    List<TableChange> fks = new ArrayList<>();
                    for (ForeignKey fk : t.foreignKeys()) {
                        fks.add(new TableChange.AddForeignKey(fk));
                    }
                    out.add(new Change.ModifyTable(s.name(), t.withForeignKeys(List.of()), t, fks));
                }
            }
        }
        for (Schema s : realm.schemas()) {
            for (Routine r : s.routines()) {
                out.add(new Change.AddRoutine(s.name(), r));
            }
        }
        for (Schema s : realm.schemas()) {
            for (View v : s.views()) {
                out.add(new Change.AddView(s.name(), v));
            }
        }
        for (Schema s : realm.schemas()) {
            for (Trigger t : s.triggers()) {
                out.add(new Change.AddTrigger(s.name(), t));
            }
        }
        return out;
    }
}
