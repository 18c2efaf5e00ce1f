package dev.strata.dialect.sqlite;

import dev.strata.StrataException;
import dev.strata.dialect.DdlPlan;
import dev.strata.dialect.DdlPlanner;
import dev.strata.dialect.DdlStatement;
import dev.strata.dialect.Jdbc;
import dev.strata.dialect.PlanOptions;
import dev.strata.dialect.Session;
import dev.strata.schema.Change;
import dev.strata.schema.Index;
import dev.strata.schema.Table;
import dev.strata.schema.TableChange;
import dev.strata.schema.Trigger;
import dev.strata.schema.View;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Plans schema changes as SQLite DDL, as Atlas's SQLite driver does: changes in the order given
 * (SQLite checks foreign keys only when rows change, so a table may be created before the one it
 * references), {@code ALTER TABLE} for what it can do (add a column with a constant default,
 * rename a column, indexes), and the table rebuild of SQLite's documentation for the rest. A plan
 * that drops or rebuilds a table runs with foreign keys off; one that rebuilds checks them with
 * {@code PRAGMA foreign_key_check} before switching them on again.
 *
 * <p>With a session the planner also reads what a rebuild would lose: the rebuilt table's
 * triggers (re-created after it), and whether views or other triggers would stop the rename
 * ({@code PRAGMA legacy_alter_table} around it then).
 */
public final class SqliteDdl implements DdlPlanner {

    private final Jdbc jdbc;

    /** A planner that reads the current database's triggers and views through the session, if any. */
    public SqliteDdl(Session session) {
        this.jdbc = session == null ? null : session.jdbc();
    }

    @Override
    public DdlPlan plan(List<Change> changes, PlanOptions options) {
        changes = foldForeignKeys(changes);
        Plan p = new Plan(new SqliteSql(options), changes);
        for (Change c : changes) {
            p.change(c);
        }
        return p.done();
    }

    /**
     * Puts foreign keys added to a table created in the same plan back into its CREATE TABLE: the
     * differ adds the keys of a cycle afterwards, which other databases need, but SQLite checks a
     * reference only when rows change, and a key added later would cost a table rebuild.
     */
    static List<Change> foldForeignKeys(List<Change> changes) {
        List<Change> out = new ArrayList<>(changes);
        for (int i = 0; i < out.size(); i++) {
            if (!(out.get(i) instanceof Change.ModifyTable m)
                    || !m.changes().stream().allMatch(c -> c instanceof TableChange.AddForeignKey)) {
                continue;
            }
            for (int j = 0; j < i; j++) {
                if (out.get(j) instanceof Change.AddTable a && a.schema().equals(m.schema())
                        && a.table().equals(m.from())) {
                    out.set(j, new Change.AddTable(a.schema(), m.to()));
                    out.remove(i--);
                    break;
                }
            }
        }
        return out;
    }

    /** One planning: its statements so far and whether foreign keys must be off. */
    final class Plan {
        final SqliteSql sql;
        final List<Change> changes;
        final List<DdlStatement> out = new ArrayList<>();
        boolean foreignKeysOff;
        boolean rebuilt;

        Plan(SqliteSql sql, List<Change> changes) {
            this.sql = sql;
            this.changes = changes;
        }

        void add(String statement, String comment, List<String> reverse, Change source) {
            out.add(new DdlStatement(statement, comment, reverse, source));
        }

        DdlPlan done() {
            if (!foreignKeysOff) {
                return new DdlPlan(out, true);
            }
            List<DdlStatement> all = new ArrayList<>();
            all.add(new DdlStatement("PRAGMA foreign_keys = off", "disable the enforcement of foreign-keys constraints",
                    List.of(), null));
            all.addAll(out);
            if (rebuilt) {
                all.add(new DdlStatement("PRAGMA foreign_key_check",
                        "check that the copied rows still satisfy the foreign keys", List.of(), null));
            }
            all.add(new DdlStatement("PRAGMA foreign_keys = on", "enable back the enforcement of foreign-keys constraints",
                    List.of(), null));
            return new DdlPlan(all, true);
        }

        void change(Change c) {
            if (c instanceof Change.AddSchema a) {
                if (!a.created().name().equals(SqliteCatalog.MAIN)) {
                    throw refuse("create schema \"" + a.created().name() + "\"", "a schema is a database file,"
                            + " attached with ATTACH DATABASE");
                }
            } else if (c instanceof Change.DropSchema d) {
                throw refuse("drop schema \"" + d.dropped().name() + "\"", "a schema is a database file");
            } else if (c instanceof Change.ModifySchema m) {
                throw refuse("modify schema \"" + m.to().name() + "\"", "schemas have no comment, charset or collation");
            } else if (c instanceof Change.AddTable a) {
                addTable(a.schema(), a.table(), a);
            } else if (c instanceof Change.DropTable d) {
                foreignKeysOff = true;
                add("DROP TABLE " + sql.name(d.schema(), d.table().name()), d.describe(),
                        createTable(d.schema(), d.table()), d);
            } else if (c instanceof Change.ModifyTable m) {
                new SqliteTableChanges(this, m).plan();
            } else if (c instanceof Change.RenameTable r) {
                add("ALTER TABLE " + sql.name(r.schema(), r.from().name()) + " RENAME TO " + SqliteSql.ident(r.to().name()),
                        r.describe(), List.of("ALTER TABLE " + sql.name(r.schema(), r.to().name()) + " RENAME TO "
                                + SqliteSql.ident(r.from().name())), r);
            } else if (c instanceof Change.AddView a) {
                view(a.view());
                add(sql.createView(a.schema(), a.view()), a.describe(), List.of(dropView(a.schema(), a.view())), a);
            } else if (c instanceof Change.DropView d) {
                view(d.view());
                add(dropView(d.schema(), d.view()), d.describe(), List.of(sql.createView(d.schema(), d.view())), d);
            } else if (c instanceof Change.ModifyView m) {
                view(m.to());
                add(dropView(m.schema(), m.from()), "drop view \"" + m.from().name() + "\"",
                        List.of(sql.createView(m.schema(), m.from())), m);
                add(sql.createView(m.schema(), m.to()), "create \"" + m.to().name() + "\" view",
                        List.of(dropView(m.schema(), m.to())), m);
            } else if (c instanceof Change.AddTrigger a) {
                add(a.trigger().definition(), a.describe(), List.of(dropTrigger(a.schema(), a.trigger())), a);
            } else if (c instanceof Change.DropTrigger d) {
                add(dropTrigger(d.schema(), d.trigger()), d.describe(), List.of(d.trigger().definition()), d);
            } else if (c instanceof Change.ModifyTrigger m) {
                add(dropTrigger(m.schema(), m.from()), "drop trigger \"" + m.from().name() + "\"",
                        List.of(m.from().definition()), m);
                add(m.to().definition(), "create trigger \"" + m.to().name() + "\"",
                        List.of(dropTrigger(m.schema(), m.to())), m);
            } else if (c instanceof Change.AddRoutine || c instanceof Change.DropRoutine
                    || c instanceof Change.ModifyRoutine) {
                throw refuse(c.describe(), "SQLite has no stored functions or procedures");
            } else if (c instanceof Change.AddSequence || c instanceof Change.DropSequence
                    || c instanceof Change.ModifySequence) {
                throw refuse(c.describe(), "SQLite has no sequences");
            } else if (c instanceof Change.AddType || c instanceof Change.DropType || c instanceof Change.ModifyType) {
                throw refuse(c.describe(), "SQLite has no enum, domain or composite types");
            } else if (c instanceof Change.AddExtension || c instanceof Change.DropExtension
                    || c instanceof Change.ModifyExtension) {
                throw refuse(c.describe(), "SQLite has no extensions to create (load them with the connection)");
            } else {
                throw new StrataException("cannot plan " + c.describe() + " on SQLite: unknown change");
            }
        }

        private void view(View v) {
            if (v.materialized()) {
                throw refuse("create materialized view \"" + v.name() + "\"", "SQLite has no materialized views");
            }
        }

        void addTable(String schema, Table t, Change source) {
            supported(t);
            List<String> statements = createTable(schema, t);
            add(statements.get(0), "create \"" + t.name() + "\" table",
                    List.of("DROP TABLE " + sql.name(schema, t.name())), source);
            for (Index i : t.indexes()) {
                if (SqliteSql.autoindexNumber(t.name(), i) < 0) {
                    addIndex(schema, t.name(), i, source);
                }
            }
        }

        /** The statements that create a table with its own indexes. */
        List<String> createTable(String schema, Table t) {
            List<String> out = new ArrayList<>();
            out.add(sql.createTable(schema, t, t.name()));
            for (Index i : t.indexes()) {
                if (SqliteSql.autoindexNumber(t.name(), i) < 0) {
                    out.add(sql.createIndex(schema, t.name(), i));
                }
            }
            return out;
        }

        void addIndex(String schema, String table, Index i, Change source) {
            if (SqliteSql.autoindexNumber(table, i) > 0) {
                throw refuse("create index \"" + i.name() + "\"", "the name is SQLite's own, for UNIQUE constraints");
            }
            add(sql.createIndex(schema, table, i), "create index \"" + i.name() + "\" to table: \"" + table + "\"",
                    List.of(sql.dropIndex(schema, i)), source);
        }

        void dropIndex(String schema, String table, Index i, Change source) {
            add(sql.dropIndex(schema, i), "drop index \"" + i.name() + "\" from table: \"" + table + "\"",
                    List.of(sql.createIndex(schema, table, i)), source);
        }

        private String dropView(String schema, View v) {
            return "DROP VIEW " + sql.name(schema, v.name());
        }

        /** IF EXISTS: a rebuild of its table in the same plan may have dropped it already. */
        String dropTrigger(String schema, Trigger t) {
            return "DROP TRIGGER IF EXISTS " + sql.name(schema, t.name());
        }

        /** The names of the triggers the plan creates, drops or changes itself. */
        Set<String> plannedTriggers() {
            Set<String> out = new HashSet<>();
            for (Change c : changes) {
                if (c instanceof Change.AddTrigger a) {
                    out.add(a.trigger().name());
                } else if (c instanceof Change.DropTrigger d) {
                    out.add(d.trigger().name());
                } else if (c instanceof Change.ModifyTrigger m) {
                    out.add(m.from().name());
                    out.add(m.to().name());
                }
            }
            return out;
        }

        /** The current triggers of a table, as {name, sql}; none without a session. */
        List<String[]> currentTriggers(String schema, String table) {
            if (jdbc == null) {
                return List.of();
            }
            try {
                return jdbc.query("SELECT name, sql FROM " + SqliteSql.ident(schema) + ".sqlite_master"
                        + " WHERE type = 'trigger' AND tbl_name = ? ORDER BY name", rs -> new String[] {rs.getString(1),
                        rs.getString(2)}, table);
            } catch (SQLException e) {
                throw new StrataException("reading the triggers of table \"" + table + "\": " + e.getMessage(), e);
            }
        }

        /** Whether views or other tables' triggers exist that SQLite re-checks when a table is renamed. */
        boolean renameChecksOthers(String schema, String table) {
            if (jdbc == null) {
                return false;
            }
            try {
                return !jdbc.queryStrings("SELECT name FROM " + SqliteSql.ident(schema) + ".sqlite_master"
                        + " WHERE type IN ('view', 'trigger') AND tbl_name <> ? LIMIT 1", table).isEmpty();
            } catch (SQLException e) {
                throw new StrataException("reading the views of the database: " + e.getMessage(), e);
            }
        }
    }

    /** Refuses a table with what only PostgreSQL has. */
    static void supported(Table t) {
        if (t.partitioning() != null) {
            throw refuse("partition table \"" + t.name() + "\"", "SQLite has no partitioning");
        }
        if (t.rowSecurity().enabled() || t.rowSecurity().forced() || !t.policies().isEmpty()) {
            throw refuse("set row-level security on table \"" + t.name() + "\"", "SQLite has no row-level security");
        }
        if (!t.uniques().isEmpty()) {
            throw refuse("create UNIQUE constraint \"" + t.uniques().get(0).name() + "\" of table \"" + t.name() + "\"",
                    "SQLite keeps UNIQUE constraints as unique indexes");
        }
    }

    static StrataException refuse(String what, String why) {
        return new StrataException("cannot " + what + " on SQLite: " + why);
    }
}
