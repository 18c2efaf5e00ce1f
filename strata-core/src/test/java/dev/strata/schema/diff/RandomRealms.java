package dev.strata.schema.diff;

import dev.strata.schema.Check;
import dev.strata.schema.Column;
import dev.strata.schema.ColumnRef;
import dev.strata.schema.ColumnType;
import dev.strata.schema.CompositeType;
import dev.strata.schema.DefaultValue;
import dev.strata.schema.DomainType;
import dev.strata.schema.EnumType;
import dev.strata.schema.Extension;
import dev.strata.schema.ForeignKey;
import dev.strata.schema.Index;
import dev.strata.schema.IndexPart;
import dev.strata.schema.Partitioning;
import dev.strata.schema.Policy;
import dev.strata.schema.PrimaryKey;
import dev.strata.schema.Realm;
import dev.strata.schema.ReferenceAction;
import dev.strata.schema.Routine;
import dev.strata.schema.RowSecurity;
import dev.strata.schema.Schema;
import dev.strata.schema.Sequence;
import dev.strata.schema.Table;
import dev.strata.schema.TableRef;
import dev.strata.schema.Trigger;
import dev.strata.schema.TypeKind;
import dev.strata.schema.TypeRef;
import dev.strata.schema.UniqueConstraint;
import dev.strata.schema.UserType;
import dev.strata.schema.View;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A seeded generator of realms and of changed copies of them, for the differ's properties. One
 * instance numbers every object it makes ({@code t7}, {@code v8}), so names never collide. Every
 * realm goes through {@link #repair}, which drops what would dangle, so it holds together as a
 * database would ({@link Consistency}). Table {@code id} columns are {@code integer} and never change
 * type; foreign keys go from {@code rN} columns to a table's {@code id}.
 */
final class RandomRealms {

    private final Random rnd;
    private int next;

    RandomRealms(long seed) {
        this.rnd = new Random(seed);
    }

    /** A changed realm and the renames that the change made. */
    record Mutated(Realm realm, List<DiffOptions.Rename> renames) {
    }

    // ---- building

    Realm realm() {
        List<Schema> schemas = new ArrayList<>();
        int n = 1 + rnd.nextInt(2);
        for (int i = 0; i < n; i++) {
            schemas.add(Schema.named("s" + i));
        }
        Realm r = new Realm(schemas, List.of(), List.of());
        if (chance(0.3)) {
            r = r.withExtensions(List.of(new Extension(name("x"), null, "1.0", null)));
        }
        for (Schema s : r.schemas()) {
            r = replace(r, fill(r, s));
        }
        return repair(r);
    }

    private Schema fill(Realm r, Schema s) {
        s = s.withTypes(types());
        List<Sequence> seqs = new ArrayList<>();
        for (int i = rnd.nextInt(2); i > 0; i--) {
            seqs.add(sequence());
        }
        s = s.withSequences(seqs);
        List<Routine> routines = new ArrayList<>();
        for (int i = rnd.nextInt(3); i > 0; i--) {
            routines.add(routine());
        }
        s = s.withRoutines(routines);
        List<Table> tables = new ArrayList<>();
        for (int i = 1 + rnd.nextInt(4); i > 0; i--) {
            tables.add(table(s));
        }
        s = s.withTables(tables);
        Realm with = replace(r, s);
        List<Table> linked = new ArrayList<>();
        for (Table t : s.tables()) {
            linked.add(withKeys(with, s, t));
        }
        s = s.withTables(linked);
        List<View> views = new ArrayList<>();
        for (int i = rnd.nextInt(3); i > 0; i--) {
            views.add(view(s, views));
        }
        s = s.withViews(views);
        List<Trigger> triggers = new ArrayList<>();
        if (chance(0.4)) {
            trigger(s).ifPresent(triggers::add);
        }
        return s.withTriggers(triggers).withSequences(owned(s));
    }

    private List<UserType> types() {
        List<UserType> out = new ArrayList<>();
        if (chance(0.4)) {
            out.add(EnumType.of(name("e"), "a", "b"));
        }
        if (chance(0.3)) {
            out.add(DomainType.of(name("d"), integer()));
        }
        if (chance(0.2)) {
            out.add(new CompositeType(name("c"), List.of(new CompositeType.Field("a", integer(), null)), null));
        }
        return out;
    }

    private Sequence sequence() {
        return new Sequence(name("q"), null, chance(0.5) ? 10L : null, chance(0.3) ? 5L : null, null, null, null,
                chance(0.2), null, null);
    }

    private List<Sequence> owned(Schema s) {
        List<Sequence> out = new ArrayList<>();
        for (Sequence q : s.sequences()) {
            if (q.ownedBy() == null && !s.tables().isEmpty() && chance(0.3)) {
                Table t = pick(s.tables());
                q = new Sequence(q.name(), q.type(), q.start(), q.increment(), q.min(), q.max(), q.cache(), q.cycle(),
                        new ColumnRef(t.name(), "id"), q.comment());
            }
            out.add(q);
        }
        return out;
    }

    private Routine routine() {
        String n = name("f");
        if (chance(0.5)) {
            return new Routine(Routine.Kind.FUNCTION, n, List.of(), ColumnType.of("trigger", TypeKind.OTHER),
                    "plpgsql", "CREATE FUNCTION " + n + "() RETURNS trigger AS $$ BEGIN RETURN NEW; END $$ LANGUAGE "
                    + "plpgsql", null, List.of());
        }
        return new Routine(Routine.Kind.FUNCTION, n, List.of(), integer(), "sql", "CREATE FUNCTION " + n
                + "() RETURNS integer AS $$ SELECT " + rnd.nextInt(100) + " $$ LANGUAGE sql", null, List.of());
    }

    private Table table(Schema s) {
        String n = name("t");
        List<Column> columns = new ArrayList<>();
        columns.add(Column.of("id", integer()));
        for (int i = rnd.nextInt(3); i > 0; i--) {
            columns.add(Column.of(name("r"), integer()).withNullable(true));
        }
        for (int i = rnd.nextInt(4); i > 0; i--) {
            columns.add(dataColumn(s));
        }
        Table t = Table.of(n, columns);
        if (chance(0.85)) {
            t = t.withPrimaryKey(PrimaryKey.of("id"));
        }
        t = t.withIndexes(indexes(t)).withChecks(checks(t));
        if (chance(0.2)) {
            t = t.withUniques(List.of(UniqueConstraint.of(n + "_u" + next++, pick(t.columns()).name())));
        }
        if (chance(0.2)) {
            t = t.withComment("about " + n);
        }
        if (chance(0.1)) {
            t = t.withCharset("latin1");
        }
        if (chance(0.1)) {
            t = t.withRowSecurity(new RowSecurity(true, false));
        }
        if (chance(0.15)) {
            t = t.withPolicies(List.of(Policy.of(n + "_p" + next++, "(id > 0)")));
        }
        if (chance(0.1)) {
            t = t.withPartitioning(Partitioning.of(Partitioning.Strategy.RANGE, List.of(Partitioning.KeyPart
                    .column("id"))));
        }
        return t;
    }

    private Column dataColumn(Schema s) {
        String n = name("c");
        Column c;
        switch (rnd.nextInt(7)) {
            case 0 -> c = Column.of(n, ColumnType.of("text", TypeKind.STRING)).withDefault(chance(0.5)
                    ? new DefaultValue.StringLiteral("x") : null);
            case 1 -> {
                int size = 10 + rnd.nextInt(3) * 10;
                c = Column.of(n, ColumnType.of("character varying(" + size + ")", TypeKind.STRING).withSize(size));
            }
            case 2 -> c = Column.of(n, ColumnType.of("numeric(10,2)", TypeKind.DECIMAL).withPrecision(10, 2))
                    .withDefault(chance(0.5) ? new DefaultValue.NumberLiteral("1.5") : null);
            case 3 -> c = Column.of(n, ColumnType.of("boolean", TypeKind.BOOLEAN))
                    .withDefault(chance(0.5) ? new DefaultValue.BoolLiteral(true) : null);
            case 4 -> c = Column.of(n, ColumnType.of("bigint", TypeKind.INTEGER)).withDefault(
                    !s.sequences().isEmpty() && chance(0.5) ? new DefaultValue.Expression("nextval('"
                            + pick(s.sequences()).name() + "')") : null);
            case 5 -> {
                List<Routine> scalar = s.routines().stream().filter(r -> "sql".equals(r.language())).toList();
                c = Column.of(n, integer()).withDefault(!scalar.isEmpty() && chance(0.6)
                        ? new DefaultValue.Expression(pick(scalar).name() + "()") : null);
            }
            default -> {
                if (s.types().isEmpty()) {
                    c = Column.of(n, integer());
                } else {
                    UserType u = pick(s.types());
                    TypeKind k = u instanceof EnumType ? TypeKind.ENUM : u instanceof DomainType ? TypeKind.DOMAIN
                            : TypeKind.COMPOSITE;
                    c = Column.of(n, ColumnType.of(u.name(), k).withUserType(new TypeRef(s.name(), u.name())));
                }
            }
        }
        return c.withNullable(chance(0.5)).withComment(chance(0.1) ? "note" : null);
    }

    private List<Index> indexes(Table t) {
        List<Index> out = new ArrayList<>();
        for (int i = rnd.nextInt(3); i > 0; i--) {
            Column c = pick(t.columns());
            Index x = Index.on(t.name() + "_i" + next++, c.name()).withUnique(chance(0.3));
            if (chance(0.15)) {
                x = x.withParts(List.of(IndexPart.column(c.name()).withDesc(true)));
            }
            if (chance(0.1)) {
                x = x.withWhere("(id > 0)");
            }
            out.add(x);
        }
        return out;
    }

    private List<Check> checks(Table t) {
        List<Check> out = new ArrayList<>();
        if (chance(0.3)) {
            out.add(Check.of(chance(0.8) ? t.name() + "_ck" + next++ : null, "(id > " + rnd.nextInt(5) + ")"));
        }
        return out;
    }

    /** Foreign keys from the table's rN columns to tables of the realm that have their id as key. */
    private Table withKeys(Realm r, Schema s, Table t) {
        List<ForeignKey> keys = new ArrayList<>();
        for (Column c : t.columns()) {
            if (c.name().startsWith("r") && chance(0.7)) {
                List<TableRef> targets = targets(r);
                if (!targets.isEmpty()) {
                    keys.add(key(t, c.name(), pick(targets)));
                }
            }
        }
        return t.withForeignKeys(keys);
    }

    private ForeignKey key(Table t, String column, TableRef target) {
        ForeignKey f = ForeignKey.of(chance(0.9) ? t.name() + "_fk" + next++ : null, List.of(column), target,
                List.of("id"));
        return chance(0.3) ? f.withOnDelete(ReferenceAction.CASCADE) : f;
    }

    private static List<TableRef> targets(Realm r) {
        List<TableRef> out = new ArrayList<>();
        for (Schema s : r.schemas()) {
            for (Table t : s.tables()) {
                if (Consistency.uniquelyKeyed(t, List.of("id"))) {
                    out.add(new TableRef(s.name(), t.name()));
                }
            }
        }
        return out;
    }

    private View view(Schema s, List<View> earlier) {
        String over = !earlier.isEmpty() && chance(0.4) ? pick(earlier).name() : pick(s.tables()).name();
        // over id only, which never changes: a view over a column that changes would hold the change back
        View v = View.of(name("v"), "SELECT id FROM " + over);
        return chance(0.2) ? v.withMaterialized(true) : v;
    }

    private java.util.Optional<Trigger> trigger(Schema s) {
        List<Routine> fns = s.routines().stream().filter(r -> "plpgsql".equals(r.language())).toList();
        if (fns.isEmpty() || s.tables().isEmpty()) {
            return java.util.Optional.empty();
        }
        String n = name("g");
        String table = pick(s.tables()).name();
        Trigger.Event e = chance(0.5) ? Trigger.Event.INSERT : Trigger.Event.UPDATE;
        return java.util.Optional.of(new Trigger(n, table, Trigger.Timing.BEFORE, List.of(e), List.of(), true, null,
                "CREATE TRIGGER " + n + " BEFORE " + e + " ON " + table + " FOR EACH ROW EXECUTE FUNCTION "
                        + pick(fns).name() + "()", null));
    }

    // ---- helpers

    static ColumnType integer() {
        return ColumnType.of("integer", TypeKind.INTEGER);
    }

    String name(String prefix) {
        return prefix + next++;
    }

    boolean chance(double p) {
        return rnd.nextDouble() < p;
    }

    int below(int n) {
        return rnd.nextInt(n);
    }

    <T> T pick(List<T> items) {
        return items.get(rnd.nextInt(items.size()));
    }

    static Realm replace(Realm r, Schema s) {
        List<Schema> out = new ArrayList<>(r.schemas());
        out.removeIf(x -> x.name().equals(s.name()));
        out.add(s);
        return r.withSchemas(out);
    }

    Schema newSchema(Realm r, String name) {
        return fill(r, Schema.named(name));
    }

    Table newTable(Realm r, Schema s) {
        return withKeys(r, s, table(s));
    }

    Column newColumn(Schema s) {
        return dataColumn(s);
    }

    List<Index> newIndexes(Table t) {
        return indexes(t);
    }

    ForeignKey newKey(Realm r, Table t, String column) {
        List<TableRef> targets = targets(r);
        return targets.isEmpty() ? null : key(t, column, pick(targets));
    }

    View newView(Schema s) {
        return view(s, s.views().stream().filter(v -> number(v.name()) < next).toList());
    }

    java.util.Optional<Trigger> newTrigger(Schema s) {
        return trigger(s);
    }

    Routine newRoutine() {
        return routine();
    }

    Sequence newSequence() {
        return sequence();
    }

    List<UserType> newTypes() {
        return types();
    }

    static int number(String name) {
        return Integer.parseInt(name.replaceAll("\\D", ""));
    }

    Realm repair(Realm r) {
        return Repair.of(r);
    }

    Mutated mutate(Realm a) {
        return new Mutations(this).apply(a);
    }
}
