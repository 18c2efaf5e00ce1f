package dev.strata.schema.diff;

import dev.strata.schema.Change;
import dev.strata.schema.ColumnType;
import dev.strata.schema.CompositeType;
import dev.strata.schema.DomainType;
import dev.strata.schema.ForeignKey;
import dev.strata.schema.Realm;
import dev.strata.schema.Table;
import dev.strata.schema.TableChange;
import dev.strata.schema.TableRef;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Orders what goes: each object before the objects it uses, so nothing goes while something still needs it. */
final class Drops {

    private Drops() {
    }

    /**
     * Tables, each before the tables it references. In a cycle, the first table to go is freed
     * first: a {@link Change.ModifyTable} drops the keys of the other going tables that point at it.
     */
    static List<Change> tables(List<Change.DropTable> drops) {
        Map<TableRef, Table> state = new LinkedHashMap<>();
        List<TableRef> refs = new ArrayList<>();
        for (Change.DropTable d : drops) {
            TableRef r = new TableRef(d.schema(), d.table().name());
            state.put(r, d.table());
            refs.add(r);
        }
        Collections.sort(refs);
        // a table waits for the going tables that reference it
        List<TableRef> order = TopoOrder.sort(refs, r -> {
            Set<TableRef> deps = new HashSet<>();
            for (TableRef o : refs) {
                if (!o.equals(r) && state.get(o).foreignKeys().stream().anyMatch(f -> f.refTable().equals(r))) {
                    deps.add(o);
                }
            }
            return deps;
        });
        Set<TableRef> gone = new HashSet<>();
        List<Change> out = new ArrayList<>();
        for (TableRef r : order) {
            for (TableRef o : order) {
                if (o.equals(r) || gone.contains(o)) {
                    continue;
                }
                Table t = state.get(o);
                List<TableChange> freeing = new ArrayList<>();
                List<ForeignKey> kept = new ArrayList<>();
                for (ForeignKey f : t.foreignKeys()) {
                    if (f.refTable().equals(r)) {
                        freeing.add(new TableChange.DropForeignKey(f));
                    } else {
                        kept.add(f);
                    }
                }
                if (!freeing.isEmpty()) {
                    Table freed = t.withForeignKeys(kept);
                    out.add(new Change.ModifyTable(o.schema(), t, freed, freeing));
                    state.put(o, freed);
                }
            }
            out.add(new Change.DropTable(r.schema(), state.get(r)));
            gone.add(r);
        }
        return out;
    }

    /** Views or routines of the current realm, each before the ones it mentions. */
    static List<Change> programs(Realm current, List<Change> drops) {
        List<Change> sorted = new ArrayList<>(drops);
        sorted.sort(Comparator.comparing(Change::schema).thenComparing(Drops::name));
        Map<Change, Mentions> texts = new HashMap<>();
        for (Change c : sorted) {
            texts.put(c, Mentions.of(definition(c)));
        }
        List<Change> order = TopoOrder.sort(sorted, c -> {
            Set<Change> deps = new HashSet<>();
            for (Change o : sorted) {
                if (o != c && texts.get(c).mentions(shortName(o))) {
                    deps.add(o);
                }
            }
            return deps;
        });
        List<Change> out = new ArrayList<>(order);
        Collections.reverse(out);
        return out;
    }

    /** Types, each before the types it is built on. */
    static List<Change> types(List<Change> drops) {
        List<Change> sorted = new ArrayList<>(drops);
        sorted.sort(Comparator.comparing(Change::schema).thenComparing(Drops::name));
        List<Change> order = TopoOrder.sort(sorted, c -> {
            Set<Change> deps = new HashSet<>();
            Set<String> used = new HashSet<>();
            Object t = ((Change.DropType) c).type();
            if (t instanceof DomainType d) {
                uses(d.type(), used);
            } else if (t instanceof CompositeType ct) {
                ct.fields().forEach(f -> uses(f.type(), used));
            }
            for (Change o : sorted) {
                Change.DropType x = (Change.DropType) o;
                if (used.contains(x.schema() + "." + x.type().name())) {
                    deps.add(o);
                }
            }
            return deps;
        });
        List<Change> out = new ArrayList<>(order);
        Collections.reverse(out);
        return out;
    }

    private static void uses(ColumnType t, Set<String> into) {
        for (ColumnType x = t; x != null; x = x.element()) {
            if (x.userType() != null) {
                into.add(x.userType().toString());
            }
        }
    }

    private static String name(Change c) {
        if (c instanceof Change.DropView v) {
            return v.view().name();
        }
        if (c instanceof Change.DropRoutine r) {
            return r.routine().signature();
        }
        return ((Change.DropType) c).type().name();
    }

    private static String shortName(Change c) {
        return c instanceof Change.DropRoutine r ? r.routine().name() : name(c);
    }

    private static String definition(Change c) {
        return c instanceof Change.DropView v ? v.view().definition() : ((Change.DropRoutine) c).routine().definition();
    }
}
