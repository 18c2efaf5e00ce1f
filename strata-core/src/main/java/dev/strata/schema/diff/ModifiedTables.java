package dev.strata.schema.diff;

import dev.strata.schema.Change;
import dev.strata.schema.ForeignKey;
import dev.strata.schema.Realm;
import dev.strata.schema.Schema;
import dev.strata.schema.Table;
import dev.strata.schema.TableChange;
import dev.strata.schema.TableRef;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Orders the tables that exist on both sides and change: each after the changed tables its new
 * foreign keys reference (the target may gain the key or column the reference needs). A new or
 * changed foreign key whose target is a table still to be created, or a changed table further on
 * (a cycle), is split off into a {@link Change.ModifyTable} that waits until after the new tables.
 * A foreign key that goes (or changes) while the table it points at changes its keys or columns is
 * dropped first, before any table changes, so no key goes while a reference still needs it.
 */
final class ModifiedTables {

    private ModifiedTables() {
    }

    /**
     * @param mods    the table changes, in the differ's order
     * @param current the current realm (after asked-for renames)
     * @param waiting receives the split-off foreign keys, in order
     */
    static List<Change> order(List<Change.ModifyTable> mods, Realm current, List<Change> waiting) {
        return order(mods, current, waiting, Set.of(), new HashMap<>());
    }

    /**
     * As above; {@code dropped} are the tables the diff drops: a foreign key of one that rests on a
     * re-keyed table goes first and does not come back, and {@code freed} receives such a table as it
     * is once its keys went (what its drop then finds).
     */
    static List<Change> order(List<Change.ModifyTable> mods, Realm current, List<Change> waiting,
                              Set<TableRef> dropped, Map<TableRef, Table> freedDropped) {
        Map<TableRef, Change.ModifyTable> byRef = new HashMap<>();
        List<TableRef> refs = new ArrayList<>();
        for (Change.ModifyTable m : mods) {
            TableRef r = new TableRef(m.schema(), m.to().name());
            byRef.put(r, m);
            refs.add(r);
        }
        List<TableRef> order = TopoOrder.sort(refs, r -> {
            Set<TableRef> deps = new HashSet<>();
            for (TableChange c : byRef.get(r).changes()) {
                ForeignKey k = newKey(c);
                if (k != null) {
                    deps.add(k.refTable());
                }
            }
            return deps;
        });
        Set<TableRef> rekeyed = new HashSet<>();
        for (TableRef r : refs) {
            if (byRef.get(r).changes().stream().anyMatch(ModifiedTables::changesKeys)) {
                rekeyed.add(r);
            }
        }
        List<Change> out = new ArrayList<>();
        restingKeys(current, byRef, rekeyed, dropped, freedDropped, out, waiting);
        for (TableRef r : refs) {
            Change.ModifyTable m = byRef.get(r);
            List<TableChange> first = new ArrayList<>();
            List<TableChange> rest = new ArrayList<>();
            Set<String> touched = new HashSet<>();
            for (TableChange c : m.changes()) {
                ForeignKey old = oldKey(c);
                if (old != null) {
                    touched.add(old.name());
                }
            }
            for (ForeignKey k : m.from().foreignKeys()) {
                // a key the diff leaves alone that rests on a key this diff replaces: out before, back after
                if (restsOnReplacedKey(k, byRef.get(k.refTable())) && !touched.contains(k.name())) {
                    first.add(new TableChange.DropForeignKey(k));
                    rest.add(new TableChange.AddForeignKey(k));
                }
            }
            for (TableChange c : m.changes()) {
                ForeignKey old = oldKey(c);
                if (old != null && !old.refTable().equals(r) && rekeyed.contains(old.refTable())) {
                    first.add(new TableChange.DropForeignKey(old));
                    if (c instanceof TableChange.ModifyForeignKey f) {
                        rest.add(new TableChange.AddForeignKey(f.to()));
                    }
                } else {
                    rest.add(c);
                }
            }
            if (!first.isEmpty()) {
                // the key it points at changes: the reference goes before any table's changes
                List<ForeignKey> kept = new ArrayList<>(m.from().foreignKeys());
                first.forEach(c -> kept.remove(((TableChange.DropForeignKey) c).key()));
                Table freed = m.from().withForeignKeys(kept);
                out.add(new Change.ModifyTable(m.schema(), m.from(), freed, first));
                byRef.put(r, rest.isEmpty() ? null : new Change.ModifyTable(m.schema(), freed, m.to(), rest));
            }
        }
        Set<TableRef> done = new HashSet<>();
        for (TableRef r : order) {
            Change.ModifyTable m = byRef.get(r);
            if (m == null) {
                continue;
            }
            List<TableChange> now = new ArrayList<>();
            List<TableChange> later = new ArrayList<>();
            for (TableChange c : m.changes()) {
                ForeignKey k = newKey(c);
                // a target the current realm lacks is created later; a changed one further on may be in a cycle
                boolean waits = k != null && !k.refTable().equals(r) && (current.table(k.refTable()).isEmpty()
                        || byRef.containsKey(k.refTable()) && !done.contains(k.refTable()));
                if (waits && c instanceof TableChange.ModifyForeignKey f) {
                    // the old key goes now: it may point at a table that goes before the new one comes
                    now.add(new TableChange.DropForeignKey(f.from()));
                    later.add(new TableChange.AddForeignKey(f.to()));
                } else {
                    (waits ? later : now).add(c);
                }
            }
            done.add(r);
            if (later.isEmpty()) {
                out.add(m);
                continue;
            }
            Table mid = m.to().withForeignKeys(midKeys(m, later));
            if (!now.isEmpty()) {
                out.add(new Change.ModifyTable(m.schema(), m.from(), mid, now));
            }
            waiting.add(new Change.ModifyTable(m.schema(), mid, m.to(), later));
        }
        return out;
    }

    /**
     * Foreign keys of tables the diff does not modify that point at a table whose keys it replaces:
     * PostgreSQL refuses to drop a key others rest on, so they go before any table changes and come
     * back with the waiting keys (unless their table is dropped).
     */
    private static void restingKeys(Realm current, Map<TableRef, Change.ModifyTable> modified, Set<TableRef> rekeyed,
                                    Set<TableRef> dropped, Map<TableRef, Table> freedDropped, List<Change> out,
                                    List<Change> waiting) {
        if (rekeyed.isEmpty()) {
            return;
        }
        for (Schema s : current.schemas()) {
            for (Table t : s.tables()) {
                TableRef ref = new TableRef(s.name(), t.name());
                if (modified.containsKey(ref)) {
                    continue;
                }
                List<ForeignKey> resting = t.foreignKeys().stream()
                        .filter(k -> restsOnReplacedKey(k, modified.get(k.refTable()))).toList();
                if (resting.isEmpty()) {
                    continue;
                }
                List<ForeignKey> kept = new ArrayList<>(t.foreignKeys());
                kept.removeAll(resting);
                Table freed = t.withForeignKeys(kept);
                out.add(new Change.ModifyTable(s.name(), t, freed,
                        resting.stream().map(k -> (TableChange) new TableChange.DropForeignKey(k)).toList()));
                if (dropped.contains(ref)) {
                    freedDropped.put(ref, freed);
                } else {
                    waiting.add(new Change.ModifyTable(s.name(), freed, t,
                            resting.stream().map(k -> (TableChange) new TableChange.AddForeignKey(k)).toList()));
                }
            }
        }
    }

    /**
     * Whether the primary key or unique key a foreign key references is dropped or replaced by the
     * changes of its table (what PostgreSQL refuses while the foreign key exists). Other changes of
     * that table leave the foreign key alone.
     */
    private static boolean restsOnReplacedKey(ForeignKey k, Change.ModifyTable target) {
        if (target == null) {
            return false;
        }
        for (TableChange c : target.changes()) {
            List<String> replaced = null;
            if (c instanceof TableChange.DropPrimaryKey d) {
                replaced = columns(d.key().parts());
            } else if (c instanceof TableChange.ModifyPrimaryKey m) {
                replaced = columns(m.from().parts());
            } else if (c instanceof TableChange.DropUnique d) {
                replaced = d.unique().columns();
            } else if (c instanceof TableChange.ModifyUnique m) {
                replaced = m.from().columns();
            } else if (c instanceof TableChange.DropIndex d && d.index().unique()) {
                replaced = columns(d.index().parts());
            } else if (c instanceof TableChange.ModifyIndex m && m.from().unique()) {
                replaced = columns(m.from().parts());
            }
            if (replaced != null && new HashSet<>(replaced).equals(new HashSet<>(k.refColumns()))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> columns(List<dev.strata.schema.IndexPart> parts) {
        return parts.stream().map(dev.strata.schema.IndexPart::column).toList();
    }

    /** The desired table's keys without the waiting ones: new ones left out, changed ones as they were. */
    private static List<ForeignKey> midKeys(Change.ModifyTable m, List<TableChange> later) {
        List<ForeignKey> keys = new ArrayList<>(m.to().foreignKeys());
        for (TableChange c : later) {
            if (c instanceof TableChange.AddForeignKey a) {
                keys.remove(a.key());
            }
        }
        return keys;
    }

    /** Whether a change may take away a key or column a foreign key of another table relies on. */
    private static boolean changesKeys(TableChange c) {
        return c instanceof TableChange.DropPrimaryKey || c instanceof TableChange.ModifyPrimaryKey
                || c instanceof TableChange.DropUnique || c instanceof TableChange.ModifyUnique
                || c instanceof TableChange.DropIndex || c instanceof TableChange.ModifyIndex
                || c instanceof TableChange.DropColumn || c instanceof TableChange.ModifyColumn;
    }

    /** The key a change takes away, if it takes one away. */
    private static ForeignKey oldKey(TableChange c) {
        if (c instanceof TableChange.DropForeignKey d) {
            return d.key();
        }
        return c instanceof TableChange.ModifyForeignKey f ? f.from() : null;
    }

    /** The key a change brings, if it brings one. */
    private static ForeignKey newKey(TableChange c) {
        if (c instanceof TableChange.AddForeignKey a) {
            return a.key();
        }
        return c instanceof TableChange.ModifyForeignKey f ? f.to() : null;
    }
}
