package dev.strata.schema.diff;

import dev.strata.schema.Check;
import dev.strata.schema.Column;
import dev.strata.schema.ColumnType;
import dev.strata.schema.CompositeType;
import dev.strata.schema.DefaultValue;
import dev.strata.schema.DomainType;
import dev.strata.schema.EnumType;
import dev.strata.schema.Extension;
import dev.strata.schema.ForeignKey;
import dev.strata.schema.Index;
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
import dev.strata.schema.Trigger;
import dev.strata.schema.TypeKind;
import dev.strata.schema.UniqueConstraint;
import dev.strata.schema.UserType;
import dev.strata.schema.View;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Random changes to a realm, of every kind the model has: what turns a generated realm A into the
 * desired realm B of a property. Renames are made as a database makes them ({@link Renaming}) and
 * returned as the options that ask the differ for them.
 */
final class Mutations {

    private final RandomRealms g;
    private final List<DiffOptions.Rename> renames = new ArrayList<>();
    private Realm original;

    Mutations(RandomRealms g) {
        this.g = g;
    }

    RandomRealms.Mutated apply(Realm a) {
        original = a;
        Realm r = a;
        for (int i = 1 + g.below(6); i > 0; i--) {
            r = g.repair(once(r));
        }
        return new RandomRealms.Mutated(r, renames);
    }

    private Realm once(Realm r) {
        int what = g.below(20);
        if (what == 0) {
            return extensions(r);
        }
        if (what == 1) {
            String name = "s" + g.below(4);
            if (r.schema(name).isPresent()) {
                return r.withSchemas(r.schemas().stream().filter(s -> !s.name().equals(name)).toList());
            }
            Realm with = RandomRealms.replace(r, Schema.named(name));
            return RandomRealms.replace(with, g.newSchema(with, name));
        }
        if (r.schemas().isEmpty()) {
            return r;
        }
        Schema s = g.pick(r.schemas());
        if (what == 2) {
            return RandomRealms.replace(r, s.withComment(s.comment() == null ? "comment " + g.below(9) : null));
        }
        if (what <= 9) {
            return tables(r, s);
        }
        if (what <= 15) {
            if (s.tables().isEmpty()) {
                return r;
            }
            Table t = g.pick(s.tables());
            return RandomRealms.replace(r, s.withTables(replace(s.tables(), t, table(r, s, t))));
        }
        return RandomRealms.replace(r, objects(s));
    }

    private Realm extensions(Realm r) {
        List<Extension> ext = new ArrayList<>(r.extensions());
        if (!ext.isEmpty() && g.chance(0.5)) {
            Extension e = g.pick(ext);
            ext.remove(e);
            if (g.chance(0.5)) {
                ext.add(new Extension(e.name(), e.schema(), e.version() == null ? "2.0" : null, e.comment()));
            }
        } else {
            ext.add(new Extension(g.name("x"), null, null, null));
        }
        return r.withExtensions(ext);
    }

    private Realm tables(Realm r, Schema s) {
        int what = g.below(4);
        if (what == 0 && !s.tables().isEmpty()) {
            Table t = g.pick(s.tables());
            return RandomRealms.replace(r, s.withTables(s.tables().stream().filter(x -> x != t).toList()));
        }
        if (what == 1 && !s.tables().isEmpty()) {
            Table t = g.pick(s.tables());
            // a view's text would keep the old name; a database rewrites it, the model cannot
            boolean viewed = s.views().stream().anyMatch(v -> Pattern.compile("\\b" + t.name() + "\\b")
                    .matcher(v.definition()).find());
            // only a table of the current realm, under its name there, can be asked to be renamed
            if (!viewed && original.schema(s.name()).flatMap(x -> x.table(t.name())).isPresent()) {
                String to = g.name("t");
                renames.add(new DiffOptions.Rename(List.of(s.name(), t.name()), to));
                return Renaming.table(r, s.name(), t.name(), to);
            }
            return r;
        }
        Table t = g.newTable(r, s);
        return RandomRealms.replace(r, s.withTables(plus(s.tables(), t)));
    }

    private Table table(Realm r, Schema s, Table t) {
        switch (g.below(16)) {
            case 0 -> {
                return t.withColumns(plus(t.columns(), g.newColumn(s)));
            }
            case 1 -> {
                List<Column> cols = t.columns().stream().filter(c -> !c.name().equals("id")).toList();
                return cols.isEmpty() ? t : t.withColumns(minus(t.columns(), g.pick(cols)));
            }
            case 2 -> {
                return renameColumn(r, s, t);
            }
            case 3, 4 -> {
                List<Column> cols = t.columns().stream().filter(c -> !c.name().equals("id")).toList();
                if (cols.isEmpty()) {
                    return t;
                }
                Column c = g.pick(cols);
                return t.withColumns(replace(t.columns(), c, modify(c)));
            }
            case 5 -> {
                if (!t.indexes().isEmpty() && g.chance(0.5)) {
                    return t.withIndexes(minus(t.indexes(), g.pick(t.indexes())));
                }
                return t.withIndexes(plusAll(t.indexes(), g.newIndexes(t)));
            }
            case 6 -> {
                if (t.indexes().isEmpty()) {
                    return t;
                }
                Index i = g.pick(t.indexes());
                return t.withIndexes(replace(t.indexes(), i, i.withUnique(!i.unique()).withComment(
                        i.comment() == null ? "changed" : null)));
            }
            case 7 -> {
                if (t.primaryKey() == null) {
                    return t.withPrimaryKey(PrimaryKey.of("id"));
                }
                return g.chance(0.5) ? t.withPrimaryKey(null) : t.withPrimaryKey(t.primaryKey().withName(
                        t.primaryKey().name() == null ? t.name() + "_key" : null));
            }
            case 8 -> {
                List<Column> refs = t.columns().stream().filter(c -> c.name().startsWith("r")).toList();
                if (refs.isEmpty()) {
                    return t.withColumns(plus(t.columns(), Column.of(g.name("r"), RandomRealms.integer())
                            .withNullable(true)));
                }
                Column c = g.pick(refs);
                ForeignKey k = g.newKey(r, t, c.name());
                return k == null ? t : t.withForeignKeys(plus(t.foreignKeys().stream().filter(f -> !f.columns()
                        .contains(c.name())).toList(), k));
            }
            case 9 -> {
                if (t.foreignKeys().isEmpty()) {
                    return t;
                }
                ForeignKey f = g.pick(t.foreignKeys());
                return t.withForeignKeys(g.chance(0.4) ? minus(t.foreignKeys(), f) : replace(t.foreignKeys(), f,
                        f.withOnDelete(f.onDelete() == ReferenceAction.CASCADE ? ReferenceAction.SET_NULL
                                : ReferenceAction.CASCADE)));
            }
            case 10 -> {
                if (!t.checks().isEmpty() && g.chance(0.5)) {
                    Check c = g.pick(t.checks());
                    return t.withChecks(g.chance(0.5) ? minus(t.checks(), c) : replace(t.checks(), c,
                            new Check(c.name(), c.expr(), !c.noInherit(), c.enforced())));
                }
                return t.withChecks(plus(t.checks(), Check.of(t.name() + "_ck" + g.name(""), "(id <> "
                        + g.below(50) + ")")));
            }
            case 11 -> {
                if (!t.uniques().isEmpty()) {
                    UniqueConstraint u = g.pick(t.uniques());
                    return t.withUniques(g.chance(0.5) ? minus(t.uniques(), u) : replace(t.uniques(), u,
                            u.withComment(u.comment() == null ? "one each" : null)));
                }
                return t.withUniques(List.of(UniqueConstraint.of(t.name() + "_u" + g.name(""),
                        g.pick(t.columns()).name())));
            }
            case 12 -> {
                return g.chance(0.5) ? t.withComment(t.comment() == null ? "now commented" : null)
                        : t.withCharset(t.charset() == null ? "utf8mb4" : null);
            }
            case 13 -> {
                return t.withPartitioning(t.partitioning() != null ? null : Partitioning.of(
                        Partitioning.Strategy.HASH, List.of(Partitioning.KeyPart.column("id"))));
            }
            case 14 -> {
                return t.withRowSecurity(new RowSecurity(!t.rowSecurity().enabled(), g.chance(0.5)));
            }
            default -> {
                if (!t.policies().isEmpty()) {
                    Policy p = g.pick(t.policies());
                    return t.withPolicies(g.chance(0.5) ? minus(t.policies(), p) : replace(t.policies(), p,
                            new Policy(p.name(), Policy.Command.SELECT, p.permissive(), p.roles(), p.using(),
                                    p.check(), p.comment())));
                }
                return t.withPolicies(List.of(Policy.of(t.name() + "_p" + g.name(""), "true")));
            }
        }
    }

    private Table renameColumn(Realm r, Schema s, Table t) {
        List<Column> cols = t.columns().stream().filter(c -> !c.name().equals("id")).toList();
        if (cols.isEmpty()) {
            return t;
        }
        Column c = g.pick(cols);
        // only a column of the current realm, under its names there, can be asked to be renamed
        if (original.schema(s.name()).flatMap(x -> x.table(t.name())).flatMap(x -> x.column(c.name())).isEmpty()) {
            return t;
        }
        String to = c.name().charAt(0) + g.name("");
        renames.add(new DiffOptions.Rename(List.of(s.name(), t.name(), c.name()), to));
        // foreign keys point at id, which is never renamed: the table is all the rename reaches
        return Renaming.column(r, s.name(), t.name(), c.name(), to).schema(s.name()).orElseThrow().table(t.name())
                .orElseThrow();
    }

    private Column modify(Column c) {
        switch (g.below(4)) {
            case 0 -> {
                return c.withNullable(!c.nullable());
            }
            case 1 -> {
                return c.withComment(c.comment() == null ? "changed" : null);
            }
            case 2 -> {
                if (c.name().startsWith("r")) {
                    // a foreign key's column keeps the type of the id it references
                    return c.withNullable(!c.nullable());
                }
                if (c.type().kind() == TypeKind.STRING && c.type().size() != null) {
                    int size = c.type().size() + (g.chance(0.5) ? 10 : -5);
                    return c.withType(ColumnType.of("character varying(" + size + ")", TypeKind.STRING)
                            .withSize(size));
                }
                return c.withType(ColumnType.of("text", TypeKind.STRING)).withDefault(null);
            }
            default -> {
                return c.withDefault(c.defaultValue() == null && c.type().kind() == TypeKind.STRING
                        ? new DefaultValue.StringLiteral("d" + g.below(9)) : null);
            }
        }
    }

    private Schema objects(Schema s) {
        switch (g.below(5)) {
            case 0 -> {
                if (!s.views().isEmpty() && g.chance(0.6)) {
                    View v = g.pick(s.views());
                    if (g.chance(0.5)) {
                        return s.withViews(minus(s.views(), v));
                    }
                    // A view changed once already has its WHERE: a second change adds to it.
                    String where = v.definition().contains(" WHERE ") ? " AND true" : " WHERE true";
                    return s.withViews(replace(s.views(), v, View.of(v.name(), v.definition() + where)
                            .withMaterialized(v.materialized())));
                }
                return s.tables().isEmpty() ? s : s.withViews(plus(s.views(), g.newView(s)));
            }
            case 1 -> {
                if (!s.routines().isEmpty() && g.chance(0.6)) {
                    Routine f = g.pick(s.routines());
                    if (g.chance(0.5)) {
                        return s.withRoutines(minus(s.routines(), f));
                    }
                    return s.withRoutines(replace(s.routines(), f, new Routine(f.kind(), f.name(), f.args(),
                            f.returns(), f.language(), f.definition() + " ", "changed", f.attrs())));
                }
                return s.withRoutines(plus(s.routines(), g.newRoutine()));
            }
            case 2 -> {
                if (!s.triggers().isEmpty() && g.chance(0.6)) {
                    Trigger t = g.pick(s.triggers());
                    if (g.chance(0.5)) {
                        return s.withTriggers(minus(s.triggers(), t));
                    }
                    return s.withTriggers(replace(s.triggers(), t, new Trigger(t.name(), t.table(), t.timing(),
                            t.events(), t.updateOf(), t.forEachRow(), t.when(), t.definition(),
                            t.comment() == null ? "changed" : null)));
                }
                return g.newTrigger(s).map(t -> s.withTriggers(plus(s.triggers(), t))).orElse(s);
            }
            case 3 -> {
                if (!s.sequences().isEmpty() && g.chance(0.6)) {
                    Sequence q = g.pick(s.sequences());
                    if (g.chance(0.5)) {
                        return s.withSequences(minus(s.sequences(), q));
                    }
                    return s.withSequences(replace(s.sequences(), q, new Sequence(q.name(), q.type(), q.start(),
                            q.increment() == null ? 2L : null, q.min(), q.max(), q.cache(), q.cycle(), q.ownedBy(),
                            q.comment())));
                }
                return s.withSequences(plus(s.sequences(), g.newSequence()));
            }
            default -> {
                if (!s.types().isEmpty() && g.chance(0.6)) {
                    UserType u = g.pick(s.types());
                    if (g.chance(0.4)) {
                        return s.withTypes(minus(s.types(), u));
                    }
                    return s.withTypes(replace(s.types(), u, changed(u)));
                }
                return s.withTypes(plusAll(s.types(), g.newTypes()));
            }
        }
    }

    private UserType changed(UserType u) {
        if (u instanceof EnumType e) {
            return new EnumType(e.name(), plus(e.values(), "v" + g.below(1000)), e.comment());
        }
        if (u instanceof DomainType d) {
            return new DomainType(d.name(), d.type(), !d.nullable(), d.defaultValue(), d.checks(), d.collation(),
                    d.comment());
        }
        CompositeType c = (CompositeType) u;
        return new CompositeType(c.name(), c.fields(), c.comment() == null ? "changed" : null);
    }

    static <T> List<T> plus(List<T> list, T item) {
        List<T> out = new ArrayList<>(list);
        out.add(item);
        return out;
    }

    static <T> List<T> plusAll(List<T> list, List<T> items) {
        List<T> out = new ArrayList<>(list);
        out.addAll(items);
        return out;
    }

    static <T> List<T> minus(List<T> list, T item) {
        List<T> out = new ArrayList<>(list);
        out.remove(item);
        return out;
    }

    static <T> List<T> replace(List<T> list, T old, T now) {
        return list.stream().map(x -> x.equals(old) ? now : x).toList();
    }
}
