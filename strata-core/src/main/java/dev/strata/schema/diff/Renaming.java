package dev.strata.schema.diff;

import dev.strata.schema.Column;
import dev.strata.schema.ColumnRef;
import dev.strata.schema.ColumnType;
import dev.strata.schema.CompositeType;
import dev.strata.schema.DomainType;
import dev.strata.schema.ForeignKey;
import dev.strata.schema.Index;
import dev.strata.schema.IndexPart;
import dev.strata.schema.Partitioning;
import dev.strata.schema.PrimaryKey;
import dev.strata.schema.Realm;
import dev.strata.schema.Schema;
import dev.strata.schema.Sequence;
import dev.strata.schema.Table;
import dev.strata.schema.TableRef;
import dev.strata.schema.Trigger;
import dev.strata.schema.TypeRef;
import dev.strata.schema.UniqueConstraint;
import dev.strata.schema.UserType;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Renames in the model as a database carries them out: renaming a table or a column also renames
 * what refers to it (keys, indexes, foreign keys of other tables, triggers, sequence owners), and
 * moving a schema's contents under another name (both sides bound to one schema) re-points the
 * references that name it. Used by the {@link Differ} to diff against the realm as it is after the
 * asked-for renames, and by tests that apply changes to a model.
 */
public final class Renaming {

    private Renaming() {
    }

    /** The realm after {@code ALTER TABLE schema.from RENAME TO to}. */
    public static Realm table(Realm realm, String schema, String from, String to) {
        TableRef old = new TableRef(schema, from);
        TableRef now = new TableRef(schema, to);
        List<Schema> out = new ArrayList<>();
        for (Schema s : realm.schemas()) {
            List<Table> tables = new ArrayList<>();
            for (Table t : s.tables()) {
                Table x = s.name().equals(schema) && t.name().equals(from) ? t.withName(to) : t;
                tables.add(x.withForeignKeys(x.foreignKeys().stream().map(f -> f.refTable().equals(old)
                        ? new ForeignKey(f.name(), f.columns(), now, f.refColumns(), f.onUpdate(), f.onDelete(),
                        f.deferrable(), f.attrs()) : f).toList()));
            }
            Schema y = s.withTables(tables);
            if (s.name().equals(schema)) {
                y = y.withTriggers(s.triggers().stream().map(g -> g.table().equals(from) ? onTable(g, to) : g)
                        .toList()).withSequences(s.sequences().stream().map(q -> q.ownedBy() != null
                        && q.ownedBy().table().equals(from) ? owned(q, new ColumnRef(to, q.ownedBy().column()))
                        : q).toList());
            }
            out.add(y);
        }
        return realm.withSchemas(out);
    }

    /** The realm after {@code ALTER TABLE schema.table RENAME COLUMN from TO to}. */
    public static Realm column(Realm realm, String schema, String table, String from, String to) {
        TableRef self = new TableRef(schema, table);
        UnaryOperator<String> name = c -> c.equals(from) ? to : c;
        List<Schema> out = new ArrayList<>();
        for (Schema s : realm.schemas()) {
            List<Table> tables = new ArrayList<>();
            for (Table t : s.tables()) {
                Table x = t;
                if (s.name().equals(schema) && t.name().equals(table)) {
                    x = withinTable(t, name);
                }
                tables.add(x.withForeignKeys(x.foreignKeys().stream().map(f -> f.refTable().equals(self)
                        ? new ForeignKey(f.name(), f.columns(), f.refTable(), f.refColumns().stream().map(name).toList(),
                        f.onUpdate(), f.onDelete(), f.deferrable(), f.attrs()) : f).toList()));
            }
            Schema y = s.withTables(tables);
            if (s.name().equals(schema)) {
                y = y.withTriggers(s.triggers().stream().map(g -> g.table().equals(table)
                        ? new Trigger(g.name(), g.table(), g.timing(), g.events(), g.updateOf().stream().map(name)
                        .toList(), g.forEachRow(), g.when(), g.definition(), g.comment()) : g).toList())
                        .withSequences(s.sequences().stream().map(q -> q.ownedBy() != null
                                && q.ownedBy().table().equals(table) ? owned(q, new ColumnRef(table,
                                name.apply(q.ownedBy().column()))) : q).toList());
            }
            out.add(y);
        }
        return realm.withSchemas(out);
    }

    /** A table's column renamed, with its own keys, indexes and foreign keys following. */
    private static Table withinTable(Table t, UnaryOperator<String> name) {
        List<Column> columns = t.columns().stream().map(c -> c.withName(name.apply(c.name()))).toList();
        PrimaryKey pk = t.primaryKey() == null ? null : t.primaryKey().withParts(parts(t.primaryKey().parts(), name))
                .withInclude(t.primaryKey().include().stream().map(name).toList());
        List<Index> indexes = t.indexes().stream().map(i -> i.withParts(parts(i.parts(), name))
                .withInclude(i.include().stream().map(name).toList())).toList();
        List<UniqueConstraint> uniques = t.uniques().stream().map(u -> new UniqueConstraint(u.name(),
                u.columns().stream().map(name).toList(), u.include().stream().map(name).toList(),
                u.nullsNotDistinct(), u.deferrable(), u.comment())).toList();
        List<ForeignKey> fks = t.foreignKeys().stream().map(f -> new ForeignKey(f.name(),
                f.columns().stream().map(name).toList(), f.refTable(), f.refColumns(), f.onUpdate(), f.onDelete(),
                f.deferrable(), f.attrs())).toList();
        Partitioning p = t.partitioning();
        if (p != null) {
            p = new Partitioning(p.strategy(), p.key().stream().map(k -> k.column() == null ? k
                    : Partitioning.KeyPart.column(name.apply(k.column()))).toList(), p.partitions());
        }
        return t.withColumns(columns).withPrimaryKey(pk).withIndexes(indexes).withUniques(uniques)
                .withForeignKeys(fks).withPartitioning(p);
    }

    private static List<IndexPart> parts(List<IndexPart> parts, UnaryOperator<String> name) {
        return parts.stream().map(p -> p.column() == null ? p : new IndexPart(name.apply(p.column()), null, p.desc(),
                p.nulls(), p.collation(), p.opClass(), p.prefix())).toList();
    }

    private static Trigger onTable(Trigger g, String table) {
        return new Trigger(g.name(), table, g.timing(), g.events(), g.updateOf(), g.forEachRow(), g.when(),
                g.definition(), g.comment());
    }

    private static Sequence owned(Sequence q, ColumnRef owner) {
        return new Sequence(q.name(), q.type(), q.start(), q.increment(), q.min(), q.max(), q.cache(), q.cycle(),
                owner, q.comment());
    }

    /**
     * A schema's contents under another name, with the references to its own tables and types
     * re-pointed: how a schema bound by one URL is compared with a schema bound by another.
     */
    public static Schema rebind(Schema s, String name) {
        String old = s.name();
        UnaryOperator<ColumnType> type = t -> retype(t, old, name);
        List<Table> tables = s.tables().stream().map(t -> t.withColumns(t.columns().stream()
                .map(c -> c.withType(type.apply(c.type()))).toList()).withForeignKeys(t.foreignKeys().stream()
                .map(f -> f.refTable().schema().equals(old) ? new ForeignKey(f.name(), f.columns(),
                        new TableRef(name, f.refTable().name()), f.refColumns(), f.onUpdate(), f.onDelete(),
                        f.deferrable(), f.attrs()) : f).toList())).toList();
        List<UserType> types = s.types().stream().map(u -> retype(u, type)).toList();
        return new Schema(name, s.comment(), s.charset(), s.collation(), tables, s.views(), s.routines(),
                s.triggers(), s.sequences(), types, s.attrs());
    }

    private static UserType retype(UserType u, UnaryOperator<ColumnType> type) {
        if (u instanceof DomainType d) {
            return new DomainType(d.name(), type.apply(d.type()), d.nullable(), d.defaultValue(), d.checks(),
                    d.collation(), d.comment());
        }
        if (u instanceof CompositeType c) {
            return new CompositeType(c.name(), c.fields().stream().map(f -> new CompositeType.Field(f.name(),
                    type.apply(f.type()), f.collation())).toList(), c.comment());
        }
        return u;
    }

    private static ColumnType retype(ColumnType t, String old, String name) {
        if (t == null) {
            return null;
        }
        ColumnType x = t;
        if (t.userType() != null && t.userType().schema().equals(old)) {
            x = x.withUserType(new TypeRef(name, t.userType().name()));
        }
        if (t.element() != null) {
            x = x.withElement(retype(t.element(), old, name));
        }
        return x;
    }
}
