package dev.strata.schema.diff;

import dev.strata.schema.Check;
import dev.strata.schema.Column;
import dev.strata.schema.ForeignKey;
import dev.strata.schema.Index;
import dev.strata.schema.Table;
import dev.strata.schema.TableChange;
import dev.strata.schema.TableChange.ColumnChange;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The differences between two versions of a table, matched by name (an unnamed foreign key or check
 * of SQLite by its content), in the order a database takes them: constraints that go first (they
 * may use columns that go), then columns (dropped, modified, added), then constraints that come and
 * change, then the table's own properties.
 */
final class TableDiff {

    private TableDiff() {
    }

    static List<TableChange> of(Table from, Table to, DiffDialect dialect) {
        List<TableChange> drops = new ArrayList<>();
        List<TableChange> columns = new ArrayList<>();
        List<TableChange> fks = new ArrayList<>();
        List<TableChange> checks = new ArrayList<>();
        List<TableChange> policies = new ArrayList<>();
        List<TableChange> indexes = new ArrayList<>();
        List<TableChange> uniques = new ArrayList<>();
        match(from.foreignKeys(), to.foreignKeys(), TableDiff::fkKey, drops, fks,
                TableChange.DropForeignKey::new, TableChange.AddForeignKey::new, TableChange.ModifyForeignKey::new);
        match(from.policies(), to.policies(), p -> p.name(), drops, policies,
                TableChange.DropPolicy::new, TableChange.AddPolicy::new, TableChange.ModifyPolicy::new);
        match(from.checks(), to.checks(), TableDiff::checkKey, drops, checks,
                TableChange.DropCheck::new, TableChange.AddCheck::new, TableChange.ModifyCheck::new);
        indexes(from, to, dialect, drops, indexes);
        match(from.uniques(), to.uniques(), u -> u.name(), drops, uniques,
                TableChange.DropUnique::new, TableChange.AddUnique::new, TableChange.ModifyUnique::new);
        List<TableChange> adds = new ArrayList<>();
        if (from.primaryKey() != null && to.primaryKey() == null) {
            drops.add(new TableChange.DropPrimaryKey(from.primaryKey()));
        } else if (from.primaryKey() == null && to.primaryKey() != null) {
            adds.add(new TableChange.AddPrimaryKey(to.primaryKey()));
        } else if (from.primaryKey() != null && !from.primaryKey().equals(to.primaryKey())) {
            adds.add(new TableChange.ModifyPrimaryKey(from.primaryKey(), to.primaryKey()));
        }
        // keys and indexes before the checks and foreign keys that may need them, policies last
        adds.addAll(uniques);
        adds.addAll(indexes);
        adds.addAll(checks);
        adds.addAll(fks);
        adds.addAll(policies);
        for (Column c : from.columns()) {
            if (to.column(c.name()).isEmpty()) {
                columns.add(new TableChange.DropColumn(c));
            }
        }
        for (Column c : from.columns()) {
            to.column(c.name()).ifPresent(t -> {
                Set<ColumnChange> what = what(c, t, dialect);
                if (!what.isEmpty()) {
                    columns.add(new TableChange.ModifyColumn(c, t, what));
                }
            });
        }
        for (Column c : to.columns()) {
            if (from.column(c.name()).isEmpty()) {
                columns.add(new TableChange.AddColumn(c));
            }
        }
        List<TableChange> out = new ArrayList<>(drops);
        out.addAll(columns);
        out.addAll(adds);
        if (!Objects.equals(from.comment(), to.comment())) {
            out.add(new TableChange.ModifyComment(from.comment(), to.comment()));
        }
        if (!Objects.equals(from.charset(), to.charset()) || !Objects.equals(from.collation(), to.collation())
                || !from.attrs().equals(to.attrs())) {
            out.add(new TableChange.ModifyOptions(from, to));
        }
        if (!Objects.equals(from.partitioning(), to.partitioning())) {
            out.add(new TableChange.ModifyPartitioning(from.partitioning(), to.partitioning()));
        }
        if (!from.rowSecurity().equals(to.rowSecurity())) {
            out.add(new TableChange.ModifyRowSecurity(from.rowSecurity(), to.rowSecurity()));
        }
        return out;
    }

    /** What differs about a column, through the dialect's notions of the same type and default. */
    static Set<ColumnChange> what(Column from, Column to, DiffDialect dialect) {
        Set<ColumnChange> what = EnumSet.noneOf(ColumnChange.class);
        if (!dialect.sameType(from, to)) {
            what.add(ColumnChange.TYPE);
        }
        if (from.nullable() != to.nullable()) {
            what.add(ColumnChange.NULL);
        }
        if (!dialect.sameDefault(from, to)) {
            what.add(ColumnChange.DEFAULT);
        }
        if (!Objects.equals(from.generated(), to.generated())) {
            what.add(ColumnChange.GENERATED);
        }
        if (!Objects.equals(from.identity(), to.identity())) {
            what.add(ColumnChange.IDENTITY);
        }
        if (from.autoIncrement() != to.autoIncrement()) {
            what.add(ColumnChange.AUTO_INCREMENT);
        }
        if (!Objects.equals(from.collation(), to.collation())) {
            what.add(ColumnChange.COLLATION);
        }
        if (!Objects.equals(from.charset(), to.charset())) {
            what.add(ColumnChange.CHARSET);
        }
        if (!Objects.equals(from.comment(), to.comment())) {
            what.add(ColumnChange.COMMENT);
        }
        if (!from.attrs().equals(to.attrs())) {
            what.add(ColumnChange.ATTRS);
        }
        return what;
    }

    /**
     * Indexes by name; an index whose name the database made up and a desired index of another name
     * that is otherwise the same are one index (Atlas keeps it rather than re-creating it).
     */
    private static void indexes(Table from, Table to, DiffDialect dialect, List<TableChange> drops,
                                List<TableChange> adds) {
        List<Index> added = new ArrayList<>();
        for (Index i : to.indexes()) {
            if (from.index(i.name()).isEmpty()) {
                added.add(i);
            }
        }
        for (Index i : from.indexes()) {
            to.index(i.name()).ifPresentOrElse(t -> {
                if (!t.equals(i)) {
                    adds.add(new TableChange.ModifyIndex(i, t));
                }
            }, () -> {
                Index same = dialect.generatedName(from, i) ? added.stream()
                        .filter(a -> renamed(a, i.name()).equals(i)).findFirst().orElse(null) : null;
                if (same != null) {
                    added.remove(same);
                } else {
                    drops.add(new TableChange.DropIndex(i));
                }
            });
        }
        for (Index i : added) {
            adds.add(new TableChange.AddIndex(i));
        }
    }

    private static Index renamed(Index i, String name) {
        return new Index(name, i.unique(), i.parts(), i.type(), i.where(), i.include(), i.nullsNotDistinct(),
                i.comment(), i.attrs());
    }

    private static String fkKey(ForeignKey f) {
        return f.name() != null ? "name:" + f.name()
                : "shape:" + f.columns() + "->" + f.refTable() + f.refColumns();
    }

    private static String checkKey(Check c) {
        return c.name() != null ? "name:" + c.name() : "expr:" + c.expr();
    }

    /** Matches two lists by key: drops, additions and modifications in the lists' order. */
    static <T> void match(List<T> from, List<T> to, Function<T, String> key, List<? super TableChange> drops,
                          List<? super TableChange> adds, Function<T, TableChange> drop, Function<T, TableChange> add,
                          BiFunction<T, T, TableChange> modify) {
        Map<String, T> wanted = new LinkedHashMap<>();
        for (T t : to) {
            wanted.put(key.apply(t), t);
        }
        Map<String, T> have = new LinkedHashMap<>();
        for (T f : from) {
            have.put(key.apply(f), f);
        }
        for (Map.Entry<String, T> e : have.entrySet()) {
            T t = wanted.get(e.getKey());
            if (t == null) {
                drops.add(drop.apply(e.getValue()));
            } else if (!t.equals(e.getValue())) {
                adds.add(modify.apply(e.getValue(), t));
            }
        }
        for (Map.Entry<String, T> e : wanted.entrySet()) {
            if (!have.containsKey(e.getKey())) {
                adds.add(add.apply(e.getValue()));
            }
        }
    }
}
