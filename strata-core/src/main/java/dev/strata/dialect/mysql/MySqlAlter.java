package dev.strata.dialect.mysql;

import dev.strata.StrataException;
import dev.strata.dialect.DdlStatement;
import dev.strata.schema.Change;
import dev.strata.schema.Column;
import dev.strata.schema.ForeignKey;
import dev.strata.schema.Index;
import dev.strata.schema.IndexPart;
import dev.strata.schema.Generated;
import dev.strata.schema.Table;
import dev.strata.schema.TableChange;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A table modification as at most two {@code ALTER TABLE} statements, as Atlas plans it: the first
 * drops the foreign keys and indexes that are re-created (MySQL cannot drop and add one of the same
 * name in one statement), the second carries every other change. Each statement's reverse is the
 * inverse changes, in reverse order, built the same way.
 */
final class MySqlAlter {

    private final MySqlTableSql sql;

    MySqlAlter(MySqlTableSql sql) {
        this.sql = sql;
    }

    List<DdlStatement> plan(Change.ModifyTable m) {
        List<TableChange> first = new ArrayList<>();
        List<TableChange> second = new ArrayList<>();
        List<TableChange> skipped = new ArrayList<>(m.changes());
        List<TableChange> planned = skipAutoDrops(m.changes());
        skipped.removeAll(planned);
        for (TableChange c : planned) {
            if (c instanceof TableChange.ModifyForeignKey f) {
                first.add(new TableChange.DropForeignKey(f.from()));
                second.add(new TableChange.AddForeignKey(f.to()));
            } else if (c instanceof TableChange.ModifyIndex i && backsForeignKey(m.from(), i.from())) {
                // Dropped on its own, the index a foreign key needs is refused ("needed in a foreign
                // key constraint"); dropped and added in one statement, it is replaced.
                second.add(new TableChange.DropIndex(i.from()));
                second.add(new TableChange.AddIndex(i.to()));
            } else if (c instanceof TableChange.ModifyIndex i) {
                first.add(new TableChange.DropIndex(i.from()));
                second.add(new TableChange.AddIndex(i.to()));
            } else {
                second.add(c);
            }
        }
        List<DdlStatement> out = new ArrayList<>();
        for (List<TableChange> part : List.of(first, second)) {
            if (part.isEmpty()) {
                continue;
            }
            String cmd = alter(m.schema(), m.from(), m.to(), part);
            List<TableChange> inverse = new ArrayList<>();
            boolean reversible = true;
            for (TableChange c : part) {
                TableChange r = inverse(c);
                reversible &= r != null;
                inverse.add(r);
            }
            Collections.reverse(inverse);
            if (part == second) {
                // The indexes MySQL dropped with their columns come back after the columns do.
                skipped.forEach(c -> inverse.add(inverse(c)));
            }
            List<String> reverse = reversible ? List.of(alter(m.schema(), m.to(), m.from(), inverse)) : List.of();
            out.add(new DdlStatement(cmd, m.describe(), reverse, m));
        }
        return out;
    }

    /**
     * Whether a foreign key of the table rests on the index: its columns lead the index's, and no
     * other index or key of the table starts with them.
     */
    private static boolean backsForeignKey(Table table, Index index) {
        List<String> parts = index.parts().stream().map(IndexPart::column).toList();
        for (ForeignKey fk : table.foreignKeys()) {
            if (leads(fk.columns(), parts) && table.indexes().stream().filter(x -> !x.name().equals(index.name()))
                    .noneMatch(x -> leads(fk.columns(), x.parts().stream().map(IndexPart::column).toList()))
                    && (table.primaryKey() == null || !leads(fk.columns(), table.primaryKey().parts().stream().map(IndexPart::column).toList()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean leads(List<String> columns, List<String> parts) {
        return parts.size() >= columns.size() && parts.subList(0, columns.size()).equals(columns);
    }

    /** Indexes whose every column is dropped go with their columns (MySQL drops them itself). */
    private static List<TableChange> skipAutoDrops(List<TableChange> changes) {
        Set<String> dropped = new HashSet<>();
        for (TableChange c : changes) {
            if (c instanceof TableChange.DropColumn d) {
                dropped.add(d.column().name());
            }
        }
        List<TableChange> out = new ArrayList<>();
        for (TableChange c : changes) {
            if (c instanceof TableChange.DropIndex d && d.index().parts().stream()
                    .allMatch(p -> p.column() != null && dropped.contains(p.column()))) {
                continue;
            }
            out.add(c);
        }
        return out;
    }

    private String alter(String schema, Table from, Table to, List<TableChange> changes) {
        List<String> clauses = new ArrayList<>();
        for (TableChange c : changes) {
            clauses.add(clause(schema, from, to, c));
        }
        return "ALTER TABLE " + sql.names().of(schema, to.name()) + " " + String.join(", ", clauses);
    }

    private String clause(String schema, Table from, Table to, TableChange c) {
        if (c instanceof TableChange.AddColumn a) {
            return "ADD COLUMN " + sql.column(to, a.column()) + position(to, a.column().name());
        }
        if (c instanceof TableChange.DropColumn d) {
            return "DROP COLUMN " + MySqlSql.name(d.column().name());
        }
        if (c instanceof TableChange.ModifyColumn mc) {
            checkGenerated(mc.from(), mc.to());
            return "MODIFY COLUMN " + sql.column(to, mc.to());
        }
        if (c instanceof TableChange.RenameColumn r) {
            if (sameButName(r.from(), r.to())) {
                return "RENAME COLUMN " + MySqlSql.name(r.from().name()) + " TO " + MySqlSql.name(r.to().name());
            }
            return "CHANGE COLUMN " + MySqlSql.name(r.from().name()) + " " + sql.column(to, r.to());
        }
        if (c instanceof TableChange.AddIndex a) {
            return "ADD " + MySqlTableSql.index(a.index());
        }
        if (c instanceof TableChange.DropIndex d) {
            return "DROP INDEX " + MySqlSql.name(d.index().name());
        }
        if (c instanceof TableChange.RenameIndex r) {
            return "RENAME INDEX " + MySqlSql.name(r.from().name()) + " TO " + MySqlSql.name(r.to().name());
        }
        if (c instanceof TableChange.AddPrimaryKey a) {
            return "ADD PRIMARY KEY " + MySqlTableSql.keyParts(a.key());
        }
        if (c instanceof TableChange.DropPrimaryKey) {
            return "DROP PRIMARY KEY";
        }
        if (c instanceof TableChange.ModifyPrimaryKey p) {
            return "DROP PRIMARY KEY, ADD PRIMARY KEY " + MySqlTableSql.keyParts(p.to());
        }
        if (c instanceof TableChange.AddForeignKey a) {
            return "ADD " + sql.foreignKey(schema, a.key());
        }
        if (c instanceof TableChange.DropForeignKey d) {
            if (d.key().name() == null) {
                throw new StrataException("cannot drop an unnamed foreign key of table \"" + to.name() + "\"");
            }
            return "DROP FOREIGN KEY " + MySqlSql.name(d.key().name());
        }
        if (c instanceof TableChange.AddCheck a) {
            return "ADD " + MySqlTableSql.check(a.check());
        }
        if (c instanceof TableChange.DropCheck d) {
            return "DROP CONSTRAINT " + MySqlSql.name(checkName(to, d.check().name()));
        }
        if (c instanceof TableChange.ModifyCheck mc) {
            String name = checkName(to, mc.from().name());
            if (!name.equals(mc.to().name())) {
                throw new StrataException("check \"" + name + "\" of table \"" + to.name() + "\" cannot change its name to \""
                        + mc.to().name() + "\"");
            }
            if (mc.from().expr().equals(mc.to().expr())) {
                return "ALTER CHECK " + MySqlSql.name(name) + (mc.to().enforced() ? " ENFORCED" : " NOT ENFORCED");
            }
            return "DROP CONSTRAINT " + MySqlSql.name(name) + ", ADD " + MySqlTableSql.check(mc.to());
        }
        if (c instanceof TableChange.ModifyComment mc) {
            return "COMMENT " + MySqlSql.quoted(mc.to() == null ? "" : mc.to());
        }
        if (c instanceof TableChange.ModifyOptions o) {
            return options(o.from(), o.to());
        }
        throw new StrataException("MySQL cannot " + what(c) + " (table \"" + to.name() + "\")");
    }

    /**
     * Where an added column goes when it is not the table's last: MySQL appends otherwise, and the
     * model keeps the table's column order.
     */
    private static String position(Table t, String column) {
        List<String> names = t.columns().stream().map(Column::name).toList();
        int at = names.indexOf(column);
        if (at < 0 || at == names.size() - 1) {
            return "";
        }
        return at == 0 ? " FIRST" : " AFTER " + MySqlSql.name(names.get(at - 1));
    }

    /** The options that differ, written to their new values (a removed option back to the default). */
    private static String options(Table from, Table to) {
        List<String> out = new ArrayList<>();
        // DEFAULT is the schema's: the model leaves a table's charset out when it is the schema's.
        if (!java.util.Objects.equals(from.charset(), to.charset())) {
            out.add("CHARSET " + (to.charset() == null ? "DEFAULT" : to.charset()));
        }
        if (!java.util.Objects.equals(from.collation(), to.collation())) {
            out.add("COLLATE " + (to.collation() == null ? "DEFAULT" : to.collation()));
        }
        var fe = dev.strata.schema.DialectAttr.find(from.attrs(), "engine");
        var te = dev.strata.schema.DialectAttr.find(to.attrs(), "engine");
        if (!fe.equals(te)) {
            out.add("ENGINE " + te.map(a -> ((MySqlAttrs.Engine) a).name()).orElse(MySqlAttrs.DEFAULT_ENGINE.name()));
        }
        var fa = dev.strata.schema.DialectAttr.find(from.attrs(), "auto_increment");
        var ta = dev.strata.schema.DialectAttr.find(to.attrs(), "auto_increment");
        if (!fa.equals(ta)) {
            out.add("AUTO_INCREMENT " + ta.map(a -> ((MySqlAttrs.AutoIncrement) a).next()).orElse(1L));
        }
        if (out.isEmpty()) {
            throw new StrataException("table \"" + to.name() + "\": its options differ only in attributes MySQL"
                    + " cannot change with ALTER TABLE");
        }
        return String.join(" ", out);
    }

    private static String checkName(Table t, String name) {
        if (name == null) {
            throw new StrataException("cannot drop or change an unnamed check of table \"" + t.name() + "\"");
        }
        return name;
    }

    /**
     * MySQL cannot turn a column into a VIRTUAL generated one or back, nor change how a generated
     * column is stored, in place (a STORED one it can: MODIFY COLUMN computes or keeps the values).
     * Atlas's wording, which its scripts match.
     */
    private static void checkGenerated(Column from, Column to) {
        if (from.generated() != null && to.generated() == null && virtual(from)) {
            throw new StrataException("changing VIRTUAL generated column \"" + to.name()
                    + "\" to non-generated column is not supported (drop and add is required)");
        }
        if (from.generated() == null && to.generated() != null && virtual(to)) {
            throw new StrataException("changing column \"" + to.name()
                    + "\" to VIRTUAL generated column is not supported (drop and add is required)");
        }
        if (from.generated() != null && to.generated() != null
                && from.generated().storage() != to.generated().storage()) {
            throw new StrataException("changing the store type of generated column \"" + to.name() + "\" from \""
                    + from.generated().storage() + "\" to \"" + to.generated().storage() + "\" is not supported");
        }
    }

    private static boolean virtual(Column c) {
        return c.generated().storage() == Generated.Storage.VIRTUAL;
    }

    private static boolean sameButName(Column a, Column b) {
        return a.withName(b.name()).equals(b);
    }

    private static TableChange inverse(TableChange c) {
        if (c instanceof TableChange.AddColumn a) {
            return new TableChange.DropColumn(a.column());
        }
        if (c instanceof TableChange.DropColumn d) {
            return new TableChange.AddColumn(d.column());
        }
        if (c instanceof TableChange.ModifyColumn m) {
            return new TableChange.ModifyColumn(m.to(), m.from(), m.what());
        }
        if (c instanceof TableChange.RenameColumn r) {
            return new TableChange.RenameColumn(r.to(), r.from());
        }
        if (c instanceof TableChange.AddIndex a) {
            return new TableChange.DropIndex(a.index());
        }
        if (c instanceof TableChange.DropIndex d) {
            return new TableChange.AddIndex(d.index());
        }
        if (c instanceof TableChange.RenameIndex r) {
            return new TableChange.RenameIndex(r.to(), r.from());
        }
        if (c instanceof TableChange.AddPrimaryKey a) {
            return new TableChange.DropPrimaryKey(a.key());
        }
        if (c instanceof TableChange.DropPrimaryKey d) {
            return new TableChange.AddPrimaryKey(d.key());
        }
        if (c instanceof TableChange.ModifyPrimaryKey m) {
            return new TableChange.ModifyPrimaryKey(m.to(), m.from());
        }
        if (c instanceof TableChange.AddForeignKey a) {
            return a.key().name() == null ? null : new TableChange.DropForeignKey(a.key());
        }
        if (c instanceof TableChange.DropForeignKey d) {
            return new TableChange.AddForeignKey(d.key());
        }
        if (c instanceof TableChange.AddCheck a) {
            return a.check().name() == null ? null : new TableChange.DropCheck(a.check());
        }
        if (c instanceof TableChange.DropCheck d) {
            return new TableChange.AddCheck(d.check());
        }
        if (c instanceof TableChange.ModifyCheck m) {
            return new TableChange.ModifyCheck(m.to(), m.from());
        }
        if (c instanceof TableChange.ModifyComment m) {
            return new TableChange.ModifyComment(m.to(), m.from());
        }
        if (c instanceof TableChange.ModifyOptions o) {
            return new TableChange.ModifyOptions(o.to(), o.from());
        }
        return null;
    }

    /** The words for a table change MySQL does not have. */
    static String what(TableChange c) {
        if (c instanceof TableChange.AddUnique || c instanceof TableChange.DropUnique
                || c instanceof TableChange.ModifyUnique) {
            return "change a UNIQUE constraint apart from its index (MySQL keeps them as unique indexes)";
        }
        if (c instanceof TableChange.ModifyPartitioning) {
            return "change PostgreSQL partitioning";
        }
        if (c instanceof TableChange.ModifyRowSecurity || c instanceof TableChange.AddPolicy
                || c instanceof TableChange.DropPolicy || c instanceof TableChange.ModifyPolicy) {
            return "change row-level security, which it does not have";
        }
        return "plan " + c.getClass().getSimpleName();
    }
}
