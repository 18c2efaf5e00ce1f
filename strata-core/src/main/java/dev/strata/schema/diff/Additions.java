package dev.strata.schema.diff;

import dev.strata.schema.Change;
import dev.strata.schema.Check;
import dev.strata.schema.Column;
import dev.strata.schema.ColumnType;
import dev.strata.schema.CompositeType;
import dev.strata.schema.DefaultValue;
import dev.strata.schema.DomainType;
import dev.strata.schema.Extension;
import dev.strata.schema.ForeignKey;
import dev.strata.schema.Index;
import dev.strata.schema.IndexPart;
import dev.strata.schema.Policy;
import dev.strata.schema.Routine;
import dev.strata.schema.Schema;
import dev.strata.schema.Sequence;
import dev.strata.schema.Table;
import dev.strata.schema.TableChange;
import dev.strata.schema.TableRef;
import dev.strata.schema.Trigger;
import dev.strata.schema.TypeRef;
import dev.strata.schema.UserType;
import dev.strata.schema.View;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Orders the creation of new objects, for {@link Creation} (everything is new) and the
 * {@link Differ} (what the desired realm adds): extensions, schemas, types, sequences, the routines
 * that table expressions call, tables in foreign-key order, foreign keys that close a cycle, sequence
 * owners, the other routines and the views in the order their texts mention each other, triggers.
 */
final class Additions {

    /** A node of the ordering: an object by kind, schema and name (a routine's name is its signature). */
    private record Key(String kind, String schema, String name) {
    }

    private final List<Change> head = new ArrayList<>();
    private final Map<Key, UserType> types = new LinkedHashMap<>();
    private final List<Change.AddSequence> sequences = new ArrayList<>();
    private final Map<Key, Table> tables = new LinkedHashMap<>();
    private final Map<Key, Routine> routines = new LinkedHashMap<>();
    private final Map<Key, View> views = new LinkedHashMap<>();
    private final Map<Key, Change> modifiedPrograms = new HashMap<>();
    private final List<Change.AddTrigger> triggers = new ArrayList<>();

    void extension(Extension e) {
        head.add(new Change.AddExtension(e));
    }

    /** A new schema, created empty; add its objects one by one. */
    void schema(Schema s) {
        head.add(new Change.AddSchema(Schema.named(s.name()).withComment(s.comment()).withCharset(s.charset())
                .withCollation(s.collation()).withAttrs(s.attrs())));
    }

    void type(String schema, UserType t) {
        types.put(new Key("type", schema, t.name()), t);
    }

    void sequence(String schema, Sequence s) {
        sequences.add(new Change.AddSequence(schema, s));
    }

    void table(String schema, Table t) {
        tables.put(new Key("table", schema, t.name()), t);
    }

    void routine(String schema, Routine r) {
        routines.put(new Key("routine", schema, r.signature()), r);
    }

    void view(String schema, View v) {
        views.put(new Key("view", schema, v.name()), v);
    }

    /** A routine that exists and changes: placed among the new routines and views by what it mentions. */
    void modified(Change.ModifyRoutine m) {
        Key k = new Key("routine", m.schema(), m.to().signature());
        routines.put(k, m.to());
        modifiedPrograms.put(k, m);
    }

    /** A view that exists and changes: placed among the new routines and views by what it mentions. */
    void modified(Change.ModifyView m) {
        Key k = new Key("view", m.schema(), m.to().name());
        views.put(k, m.to());
        modifiedPrograms.put(k, m);
    }

    void trigger(String schema, Trigger t) {
        triggers.add(new Change.AddTrigger(schema, t));
    }

    /** The changes in their sections, for the differ to put its own changes between. */
    record Sections(List<Change> head, List<Change> types, List<Change> sequences, List<Change> earlyRoutines,
                    List<Change> tables, List<Change> owners, List<Change> programs, List<Change> triggers) {

        List<Change> all() {
            List<Change> out = new ArrayList<>(head);
            out.addAll(types);
            out.addAll(sequences);
            out.addAll(earlyRoutines);
            out.addAll(tables);
            out.addAll(owners);
            out.addAll(programs);
            out.addAll(triggers);
            return out;
        }
    }

    List<Change> changes() {
        return sections().all();
    }

    Sections sections() {
        List<Change> typeChanges = new ArrayList<>();
        for (Key k : TopoOrder.sort(sortedKeys(types), this::typeDeps)) {
            typeChanges.add(new Change.AddType(k.schema(), types.get(k)));
        }
        List<Change> seqs = new ArrayList<>();
        List<Change> owners = new ArrayList<>();
        for (Change.AddSequence s : sequences) {
            Sequence q = s.sequence();
            if (q.ownedBy() == null) {
                seqs.add(s);
            } else {
                // OWNED BY needs the table: created unowned here, owned once the tables exist
                Sequence free = new Sequence(q.name(), q.type(), q.start(), q.increment(), q.min(), q.max(),
                        q.cache(), q.cycle(), null, q.comment());
                seqs.add(new Change.AddSequence(s.schema(), free));
                owners.add(new Change.ModifySequence(s.schema(), free, q));
            }
        }
        Set<Key> early = earlyRoutines();
        List<Change> earlyChanges = new ArrayList<>();
        List<Change> programs = new ArrayList<>();
        for (Key k : programOrder()) {
            Change c = modifiedPrograms.get(k);
            if (c == null) {
                c = k.kind().equals("view") ? new Change.AddView(k.schema(), views.get(k))
                        : new Change.AddRoutine(k.schema(), routines.get(k));
            }
            (early.contains(k) && !modifiedPrograms.containsKey(k) ? earlyChanges : programs).add(c);
        }
        List<Change.AddTrigger> t = new ArrayList<>(triggers);
        t.sort(Comparator.comparing(Change.AddTrigger::schema).thenComparing(a -> a.trigger().table())
                .thenComparing(a -> a.trigger().name()));
        return new Sections(List.copyOf(head), typeChanges, seqs, earlyChanges, tableChanges(), owners, programs,
                List.copyOf(t));
    }

    /**
     * Tables in foreign-key order, each with its foreign keys inline. When the new tables reference
     * each other in a cycle, no order lets every key ride inline, and Atlas then detaches them all
     * (sqlx.DetachCycles): the tables come in their given order, each with only the keys that point
     * at itself, and every other key is added once all tables exist. Doing the same keeps a
     * generated migration file in Atlas's order.
     */
    private List<Change> tableChanges() {
        List<Key> given = sortedKeys(tables);
        List<Key> order = TopoOrder.sort(given, k -> {
            Set<Key> deps = new HashSet<>();
            for (ForeignKey fk : tables.get(k).foreignKeys()) {
                deps.add(tableKey(fk.refTable()));
            }
            return deps;
        });
        boolean cycle = hasForwardKey(order);
        List<Change> out = new ArrayList<>();
        List<Change> later = new ArrayList<>();
        for (Key k : cycle ? given : order) {
            Table t = tables.get(k);
            List<ForeignKey> inline = new ArrayList<>();
            List<TableChange> deferred = new ArrayList<>();
            for (ForeignKey fk : t.foreignKeys()) {
                if (cycle && !tableKey(fk.refTable()).equals(k)) {
                    deferred.add(new TableChange.AddForeignKey(fk));
                } else {
                    inline.add(fk);
                }
            }
            Table first = t.withForeignKeys(inline);
            out.add(new Change.AddTable(k.schema(), first));
            if (!deferred.isEmpty()) {
                later.add(new Change.ModifyTable(k.schema(), first, t, deferred));
            }
        }
        out.addAll(later);
        return out;
    }

    /** Whether, in this order, a table's key points at a new table that comes after it (a cycle). */
    private boolean hasForwardKey(List<Key> order) {
        Set<Key> created = new HashSet<>();
        for (Key k : order) {
            created.add(k);
            for (ForeignKey fk : tables.get(k).foreignKeys()) {
                Key target = tableKey(fk.refTable());
                if (tables.containsKey(target) && !created.contains(target)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Key tableKey(TableRef r) {
        return new Key("table", r.schema(), r.name());
    }

    private Set<Key> typeDeps(Key k) {
        Set<Key> deps = new HashSet<>();
        UserType t = types.get(k);
        if (t instanceof DomainType d) {
            typeRefs(d.type(), deps);
        } else if (t instanceof CompositeType c) {
            for (CompositeType.Field f : c.fields()) {
                typeRefs(f.type(), deps);
            }
        }
        return deps;
    }

    private static void typeRefs(ColumnType t, Set<Key> into) {
        for (ColumnType x = t; x != null; x = x.element()) {
            TypeRef r = x.userType();
            if (r != null) {
                into.add(new Key("type", r.schema(), r.name()));
            }
        }
    }

    /** Routines that a table's defaults, checks, generated columns, index expressions or policies mention. */
    private Set<Key> earlyRoutines() {
        StringBuilder sql = new StringBuilder();
        for (Table t : tables.values()) {
            for (Column c : t.columns()) {
                if (c.defaultValue() instanceof DefaultValue.Expression e) {
                    sql.append(e.sql()).append(' ');
                }
                if (c.generated() != null) {
                    sql.append(c.generated().expr()).append(' ');
                }
            }
            for (Check c : t.checks()) {
                sql.append(c.expr()).append(' ');
            }
            for (Index i : t.indexes()) {
                for (IndexPart p : i.parts()) {
                    sql.append(p.expr() == null ? "" : p.expr()).append(' ');
                }
                sql.append(i.where() == null ? "" : i.where()).append(' ');
            }
            for (Policy p : t.policies()) {
                sql.append(p.using() == null ? "" : p.using()).append(' ')
                        .append(p.check() == null ? "" : p.check()).append(' ');
            }
        }
        Mentions m = Mentions.of(sql.toString());
        Set<Key> early = new HashSet<>();
        for (Map.Entry<Key, Routine> e : routines.entrySet()) {
            if (m.mentions(e.getValue().name())) {
                early.add(e.getKey());
            }
        }
        return early;
    }

    /** Routines and views together: each after what its text mentions, else routines first, by schema and name. */
    private List<Key> programOrder() {
        List<Key> keys = new ArrayList<>(sortedKeys(routines));
        keys.addAll(sortedKeys(views));
        keys.sort(Comparator.comparing(Key::schema).thenComparing(k -> k.kind().equals("view"))
                .thenComparing(Key::name));
        // what each text mentions, looked up by name: comparing every text with every name was
        // quadratic in the number of views (a million comparisons at 10,000 tables)
        Map<String, List<Key>> byName = new HashMap<>();
        for (Key k : keys) {
            String name = k.kind().equals("view") ? k.name() : routines.get(k).name();
            byName.computeIfAbsent(Mentions.fold(name), n -> new ArrayList<>()).add(k);
        }
        return TopoOrder.sort(keys, k -> {
            Set<Key> deps = new HashSet<>();
            Mentions m = Mentions.of(k.kind().equals("view") ? views.get(k).definition()
                    : routines.get(k).definition());
            for (String word : m.words()) {
                for (Key o : byName.getOrDefault(word, List.of())) {
                    if (!o.equals(k)) {
                        deps.add(o);
                    }
                }
            }
            return deps;
        });
    }

    private static <V> List<Key> sortedKeys(Map<Key, V> m) {
        List<Key> keys = new ArrayList<>(m.keySet());
        keys.sort(Comparator.comparing(Key::schema).thenComparing(Key::name));
        return keys;
    }
}
