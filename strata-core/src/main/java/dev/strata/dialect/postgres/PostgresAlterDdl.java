package dev.strata.dialect.postgres;

import dev.strata.StrataException;
import dev.strata.schema.Change;
import dev.strata.schema.Column;
import dev.strata.schema.DialectAttr;
import dev.strata.schema.Identity;
import dev.strata.schema.Partitioning;
import dev.strata.schema.Table;
import dev.strata.schema.TableChange;
import dev.strata.schema.TableChange.ColumnChange;
import dev.strata.schema.TypeKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A {@link Change.ModifyTable} as Atlas plans it on PostgreSQL: index drops, then one ALTER TABLE
 * with every column and constraint clause (constraint drops first), then index creations,
 * comments, renames, partitions, row-level security and policies, each with its reverse.
 */
final class PostgresAlterDdl {

    private final PostgresDdlWriter w;
    private final PostgresTableDdl tables;

    PostgresAlterDdl(PostgresDdlWriter w, PostgresTableDdl tables) {
        this.w = w;
        this.tables = tables;
    }

    void modify(Change.ModifyTable m) {
        String schema = m.schema();
        String table = m.to().name();
        boolean conc = w.options.concurrentIndexes();
        List<TableChange> alter = new ArrayList<>();
        List<Runnable> before = new ArrayList<>();
        List<Runnable> after = new ArrayList<>();
        List<Runnable> later = new ArrayList<>();
        for (TableChange c : m.changes()) {
            if (c instanceof TableChange.AddIndex a) {
                after.add(() -> addIndex(schema, table, a.index(), conc, m));
            } else if (c instanceof TableChange.DropIndex d) {
                before.add(() -> tables.dropIndex(schema, table, d.index(), conc, m));
            } else if (c instanceof TableChange.ModifyIndex mi) {
                before.add(() -> tables.dropIndex(schema, table, mi.from(), conc, m));
                after.add(() -> addIndex(schema, table, mi.to(), conc, m));
            } else if (c instanceof TableChange.RenameIndex r) {
                later.add(() -> w.add("ALTER INDEX " + w.name(schema, r.from().name()) + " RENAME TO "
                                + PostgresSql.q(r.to().name()), "rename an index from \"" + r.from().name() + "\" to \""
                                + r.to().name() + "\"", "ALTER INDEX " + w.name(schema, r.to().name()) + " RENAME TO "
                                + PostgresSql.q(r.from().name()), m));
            } else if (c instanceof TableChange.RenameColumn r) {
                String t = w.name(schema, table);
                later.add(() -> w.add("ALTER TABLE " + t + " RENAME COLUMN " + PostgresSql.q(r.from().name()) + " TO "
                                + PostgresSql.q(r.to().name()), "rename a column from \"" + r.from().name() + "\" to \""
                                + r.to().name() + "\"", "ALTER TABLE " + t + " RENAME COLUMN "
                                + PostgresSql.q(r.to().name()) + " TO " + PostgresSql.q(r.from().name()), m));
            } else if (c instanceof TableChange.ModifyComment mc) {
                later.add(() -> w.comment("TABLE " + w.name(schema, table), mc.to(), mc.from(),
                        "set comment to table: \"" + table + "\"", m));
            } else if (c instanceof TableChange.ModifyColumn mc && mc.what().equals(Set.of(ColumnChange.COMMENT))) {
                later.add(() -> tables.columnComment(schema, table, mc.to(), mc.from().comment(), m));
            } else if (c instanceof TableChange.ModifyPartitioning mp) {
                later.add(() -> partitions(schema, m.to(), mp.from(), mp.to(), m));
            } else if (c instanceof TableChange.ModifyRowSecurity rs) {
                later.add(() -> tables.rowSecurity(schema, table, rs.from(), rs.to(), m));
            } else if (c instanceof TableChange.AddPolicy p) {
                later.add(() -> tables.createPolicy(schema, table, p.policy(), m));
            } else if (c instanceof TableChange.DropPolicy p) {
                before.add(() -> w.add(tables.dropPolicy(schema, table, p.policy()), "drop policy \""
                        + p.policy().name() + "\" from table: \"" + table + "\"", List.of(), m));
            } else if (c instanceof TableChange.ModifyPolicy p) {
                before.add(() -> w.add(tables.dropPolicy(schema, table, p.from()), "drop policy \""
                        + p.from().name() + "\" from table: \"" + table + "\"", List.of(), m));
                later.add(() -> tables.createPolicy(schema, table, p.to(), m));
            } else if (c instanceof TableChange.ModifyOptions o) {
                later.add(() -> options(schema, o.from(), o.to(), m));
            } else {
                alter.add(c);
                if (c instanceof TableChange.AddColumn a && a.column().comment() != null) {
                    later.add(() -> tables.columnComment(schema, table, a.column(), null, m));
                } else if (c instanceof TableChange.ModifyColumn mc && mc.what().contains(ColumnChange.COMMENT)) {
                    later.add(() -> tables.columnComment(schema, table, mc.to(), mc.from().comment(), m));
                } else if (c instanceof TableChange.AddUnique u && u.unique().comment() != null) {
                    later.add(() -> tables.uniqueComment(schema, table, u.unique(), null, m));
                }
            }
        }
        before.forEach(Runnable::run);
        if (!alter.isEmpty()) {
            new PostgresAlterClauses(w, tables, schema, m.to()).alter(alter, m);
        }
        after.forEach(Runnable::run);
        later.forEach(Runnable::run);
    }

    private void addIndex(String schema, String table, dev.strata.schema.Index i, boolean conc, Change source) {
        tables.createIndex(schema, table, i, conc, source);
        if (i.comment() != null) {
            tables.indexComment(schema, table, i, null, source);
        }
    }

    private void partitions(String schema, Table t, Partitioning from, Partitioning to, Change source) {
        if (from == null || to == null || from.strategy() != to.strategy() || !from.key().equals(to.key())) {
            throw new StrataException("partition key of table \"" + t.name() + "\" cannot be changed from "
                    + (from == null ? "none" : PostgresTableDdl.partitionBy(from)) + " to "
                    + (to == null ? "none" : PostgresTableDdl.partitionBy(to)) + " (drop and add is required)");
        }
        for (Partitioning.Partition p : from.partitions()) {
            if (!to.partitions().contains(p)) {
                String ps = p.schema() == null ? schema : p.schema();
                w.add("DROP TABLE " + w.ref(schema, ps, p.name()), "drop partition \"" + p.name() + "\" of table: \""
                        + t.name() + "\"", List.of(), source);
            }
        }
        for (Partitioning.Partition p : to.partitions()) {
            if (!from.partitions().contains(p)) {
                tables.addPartition(schema, t, p, source);
            }
        }
    }

    private void options(String schema, Table from, Table to, Change source) {
        boolean was = DialectAttr.find(from.attrs(), "unlogged").isPresent();
        boolean is = DialectAttr.find(to.attrs(), "unlogged").isPresent();
        if (!Objects.equals(from.charset(), to.charset()) || !Objects.equals(from.collation(), to.collation())) {
            throw new StrataException("table \"" + to.name() + "\": PostgreSQL tables have no charset or collation");
        }
        if (was != is) {
            String name = w.name(schema, to.name());
            w.add("ALTER TABLE " + name + (is ? " SET UNLOGGED" : " SET LOGGED"), "modify \"" + to.name()
                    + "\" table", "ALTER TABLE " + name + (is ? " SET LOGGED" : " SET UNLOGGED"), source);
        }
    }

    /** Whether a type change needs {@code USING}: PostgreSQL casts implicitly only within some families. */
    static boolean needsUsing(Column from, Column to) {
        TypeKind a = from.type().kind();
        TypeKind b = to.type().kind();
        if (to.type().userType() != null) {
            return !Objects.equals(from.type().userType(), to.type().userType());
        }
        if (a == b) {
            return false;
        }
        boolean numeric = (a == TypeKind.INTEGER || a == TypeKind.DECIMAL || a == TypeKind.FLOAT)
                && (b == TypeKind.INTEGER || b == TypeKind.DECIMAL || b == TypeKind.FLOAT);
        return !numeric && b != TypeKind.STRING;
    }

    static boolean identityChanged(Identity a, Identity b) {
        return !Objects.equals(a, b);
    }
}
