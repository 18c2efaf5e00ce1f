package dev.strata.dialect.sqlite;

import dev.strata.schema.Change;
import dev.strata.schema.Column;
import dev.strata.schema.DefaultValue;
import dev.strata.schema.ForeignKey;
import dev.strata.schema.Generated;
import dev.strata.schema.Index;
import dev.strata.schema.Table;
import dev.strata.schema.TableChange;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One {@link Change.ModifyTable} on SQLite: {@code ALTER TABLE} when every change is one SQLite's
 * ALTER can do, else the rebuild of <a href="https://www.sqlite.org/lang_altertable.html">SQLite's
 * documentation</a> (create {@code new_<t>}, copy the rows, drop, rename, re-create indexes and
 * triggers). Like Atlas, the rebuild has no reverse.
 */
final class SqliteTableChanges {

    private final SqliteDdl.Plan plan;
    private final Change.ModifyTable m;
    private final String schema;
    private final String table;

    SqliteTableChanges(SqliteDdl.Plan plan, Change.ModifyTable m) {
        this.plan = plan;
        this.m = m;
        this.schema = m.schema();
        this.table = m.to().name();
    }

    void plan() {
        for (TableChange c : m.changes()) {
            if (c instanceof TableChange.ModifyPartitioning) {
                throw SqliteDdl.refuse("partition table \"" + table + "\"", "SQLite has no partitioning");
            }
            if (c instanceof TableChange.ModifyRowSecurity || c instanceof TableChange.AddPolicy
                    || c instanceof TableChange.DropPolicy || c instanceof TableChange.ModifyPolicy) {
                throw SqliteDdl.refuse("change the row-level security of table \"" + table + "\"",
                        "SQLite has no row-level security");
            }
            if (c instanceof TableChange.AddUnique || c instanceof TableChange.DropUnique
                    || c instanceof TableChange.ModifyUnique) {
                throw SqliteDdl.refuse("change a UNIQUE constraint object of table \"" + table + "\"",
                        "SQLite keeps UNIQUE constraints as indexes (sqlite_autoindex_" + table + "_N)");
            }
        }
        SqliteDdl.supported(m.to());
        if (alterable()) {
            alter();
        } else {
            rebuild();
        }
    }

    /** Whether every change is an index change, a rename, a comment (SQLite keeps none) or a plain new column. */
    private boolean alterable() {
        for (TableChange c : m.changes()) {
            boolean ok;
            if (c instanceof TableChange.AddIndex a) {
                ok = own(a.index());
            } else if (c instanceof TableChange.DropIndex d) {
                ok = own(d.index());
            } else if (c instanceof TableChange.ModifyIndex x) {
                ok = own(x.from()) && own(x.to());
            } else if (c instanceof TableChange.RenameIndex r) {
                ok = own(r.from()) && own(r.to());
            } else if (c instanceof TableChange.RenameColumn r) {
                ok = r.from().withName(r.to().name()).equals(r.to());
            } else if (c instanceof TableChange.ModifyColumn x) {
                ok = x.what().equals(Set.of(TableChange.ColumnChange.COMMENT));
            } else if (c instanceof TableChange.ModifyComment) {
                ok = true;
            } else if (c instanceof TableChange.AddColumn a) {
                ok = addable(a.column());
            } else {
                ok = false;
            }
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private boolean own(Index i) {
        return SqliteSql.autoindexNumber(table, i) < 0 && SqliteSql.autoindexNumber(m.from().name(), i) < 0;
    }

    /** What {@code ALTER TABLE ... ADD COLUMN} takes: no key, no reference, a constant default, not STORED. */
    private boolean addable(Column c) {
        Table to = m.to();
        if (to.primaryKey() != null && to.primaryKey().uses(c.name())
                || to.foreignKeys().stream().map(ForeignKey::columns).anyMatch(cs -> cs.contains(c.name()))
                || to.indexes().stream().anyMatch(i -> !own(i) && i.uses(c.name()))
                || c.generated() != null && c.generated().storage() == Generated.Storage.STORED) {
            return false;
        }
        DefaultValue d = c.defaultValue();
        if (d instanceof DefaultValue.Expression x) {
            String s = x.sql().strip().toUpperCase(Locale.ROOT);
            if (!s.equals("NULL")) {
                return false;
            }
        }
        return c.nullable() || d != null || c.generated() != null;
    }

    private void alter() {
        String alter = "ALTER TABLE " + plan.sql.name(schema, table);
        for (TableChange c : m.changes()) {
            if (c instanceof TableChange.AddIndex a) {
                plan.addIndex(schema, table, a.index(), m);
            } else if (c instanceof TableChange.DropIndex d) {
                plan.dropIndex(schema, table, d.index(), m);
            } else if (c instanceof TableChange.ModifyIndex x) {
                plan.dropIndex(schema, table, x.from(), m);
                plan.addIndex(schema, table, x.to(), m);
            } else if (c instanceof TableChange.RenameIndex r) {
                plan.addIndex(schema, table, r.to(), m);
                plan.dropIndex(schema, table, r.from(), m);
            } else if (c instanceof TableChange.AddColumn a) {
                plan.add(alter + " ADD COLUMN " + SqliteSql.column(a.column(), false),
                        "add column \"" + a.column().name() + "\" to table: \"" + table + "\"",
                        List.of(alter + " DROP COLUMN " + SqliteSql.ident(a.column().name())), m);
            } else if (c instanceof TableChange.RenameColumn r) {
                plan.add(alter + " RENAME COLUMN " + SqliteSql.ident(r.from().name()) + " TO "
                                + SqliteSql.ident(r.to().name()),
                        "rename a column from \"" + r.from().name() + "\" to \"" + r.to().name() + "\"",
                        List.of(alter + " RENAME COLUMN " + SqliteSql.ident(r.to().name()) + " TO "
                                + SqliteSql.ident(r.from().name())), m);
            }
        }
    }

    private void rebuild() {
        plan.foreignKeysOff = true;
        plan.rebuilt = true;
        Table to = m.to();
        String temp = "new_" + table;
        plan.add(plan.sql.createTable(schema, to, temp), "create \"" + temp + "\" table", List.of(), m);
        List<String> into = new ArrayList<>();
        List<String> from = new ArrayList<>();
        for (Column c : to.columns()) {
            if (c.generated() != null) {
                continue; // computed, not copied
            }
            String source = source(c);
            if (source != null) {
                into.add(SqliteSql.ident(c.name()));
                from.add(source);
            }
        }
        boolean copied = !into.isEmpty();
        if (copied) {
            plan.add("INSERT INTO " + plan.sql.name(schema, temp) + " (" + String.join(", ", into) + ") SELECT "
                    + String.join(", ", from) + " FROM " + plan.sql.name(schema, m.from().name()),
                    "copy rows from old table \"" + m.from().name() + "\" to new temporary table \"" + temp + "\"",
                    List.of(), m);
        }
        plan.add("DROP TABLE " + plan.sql.name(schema, m.from().name()), "drop \"" + m.from().name() + "\" table "
                + (copied ? "after copying rows" : "without copying rows (no columns)"), List.of(), m);
        boolean legacy = plan.renameChecksOthers(schema, m.from().name());
        if (legacy) {
            plan.add("PRAGMA legacy_alter_table = on", "rename without re-checking the views and triggers that"
                    + " use the table", List.of(), m);
        }
        plan.add("ALTER TABLE " + plan.sql.name(schema, temp) + " RENAME TO " + SqliteSql.ident(table),
                "rename temporary table \"" + temp + "\" to \"" + table + "\"", List.of(), m);
        if (legacy) {
            plan.add("PRAGMA legacy_alter_table = off", "back to SQLite's default renaming", List.of(), m);
        }
        for (Index i : to.indexes()) {
            if (SqliteSql.autoindexNumber(table, i) < 0) {
                plan.addIndex(schema, table, i, m);
            }
        }
        Set<String> planned = plan.plannedTriggers();
        for (String[] t : plan.currentTriggers(schema, m.from().name())) {
            if (!planned.contains(t[0])) {
                plan.add(t[1], "re-create trigger \"" + t[0] + "\" dropped with the table", List.of(), m);
            }
        }
    }

    /** What to copy into a column of the rebuilt table: the old column, maybe renamed or given its new default. */
    private String source(Column c) {
        for (TableChange ch : m.changes()) {
            if (ch instanceof TableChange.AddColumn a && a.column().name().equals(c.name())) {
                return null;
            }
            if (ch instanceof TableChange.RenameColumn r && r.to().name().equals(c.name())) {
                return SqliteSql.ident(r.from().name());
            }
            if (ch instanceof TableChange.ModifyColumn x && x.to().name().equals(c.name())) {
                if (x.from().generated() != null) {
                    return null; // nothing stored to copy
                }
                if (!c.nullable() && c.defaultValue() != null && x.what().contains(TableChange.ColumnChange.NULL)) {
                    return "IFNULL(" + SqliteSql.ident(c.name()) + ", " + SqliteDefaults.sql(c.defaultValue())
                            + ") AS " + SqliteSql.ident(c.name());
                }
                return SqliteSql.ident(c.name());
            }
        }
        return m.from().column(c.name()).filter(old -> old.generated() == null)
                .map(old -> SqliteSql.ident(c.name())).orElse(null);
    }
}
