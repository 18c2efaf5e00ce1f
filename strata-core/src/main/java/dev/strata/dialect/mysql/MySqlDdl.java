package dev.strata.dialect.mysql;

import dev.strata.StrataException;
import dev.strata.dialect.DdlPlan;
import dev.strata.dialect.DdlPlanner;
import dev.strata.dialect.DdlStatement;
import dev.strata.dialect.PlanOptions;
import dev.strata.schema.Change;
import dev.strata.schema.ForeignKey;
import dev.strata.schema.Routine;
import dev.strata.schema.Schema;
import dev.strata.schema.Sequence;
import dev.strata.schema.Table;
import dev.strata.schema.TableChange;
import dev.strata.schema.Trigger;
import dev.strata.schema.View;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Plans schema changes as MySQL and MariaDB DDL, spelled as Atlas's {@code sql/mysql/migrate.go}:
 * {@code CREATE TABLE} with its keys, indexes, foreign keys, checks and options inline; one or two
 * {@code ALTER TABLE} per modified table ({@link MySqlAlter}); and, beyond Atlas's free edition,
 * views, routines, triggers and MariaDB's sequences. MySQL commits every DDL statement on its own,
 * so a plan is never transactional.
 */
public final class MySqlDdl implements DdlPlanner {

    /**
     * A schema's default character set and collation, as {@code {charset, collation}}, or null when
     * unknown.
     */
    @FunctionalInterface
    public interface SchemaDefaults {
        String[] of(String schema);
    }

    private final boolean maria;
    private final SchemaDefaults defaults;

    /** @param maria the server is MariaDB (no NULL on generated columns) rather than MySQL */
    public MySqlDdl(boolean maria) {
        this(maria, schema -> null);
    }

    /**
     * @param defaults the defaults of the schemas the plan does not create, which a new table's
     *                 CREATE TABLE names (Atlas writes a table's charset and collation even when
     *                 they are its schema's, so the table keeps them wherever the plan runs)
     */
    public MySqlDdl(boolean maria, SchemaDefaults defaults) {
        this.maria = maria;
        this.defaults = defaults;
    }

    @Override
    public DdlPlan plan(List<Change> changes, PlanOptions options) {
        MySqlNames names = new MySqlNames(options.qualifier());
        java.util.Map<String, String[]> known = new java.util.HashMap<>();
        for (Change c : changes) {
            Schema s = c instanceof Change.AddSchema a ? a.created() : c instanceof Change.ModifySchema m ? m.to() : null;
            if (s != null && s.charset() != null && s.collation() != null) {
                known.put(s.name(), new String[] {s.charset(), s.collation()});
            }
        }
        SchemaDefaults lookup = schema -> known.computeIfAbsent(schema, defaults::of);
        MySqlTableSql sql = new MySqlTableSql(names, options.indent(), maria, lookup);
        MySqlAlter alter = new MySqlAlter(sql);
        List<DdlStatement> out = new ArrayList<>();
        for (Change c : deferForwardKeys(changes)) {
            plan(c, names, sql, alter, out);
        }
        return new DdlPlan(out, false);
    }

    /**
     * The changes with each new table's foreign keys to a table the plan creates only later taken
     * out of its CREATE TABLE and added by an ALTER TABLE after every change, as Atlas's planner
     * breaks such cycles: MySQL refuses a key to a table that does not exist yet. A plan already in
     * dependency order (the differ's, {@code Creation.of}) comes back as it is.
     */
    static List<Change> deferForwardKeys(List<Change> changes) {
        java.util.Set<String> pending = new java.util.HashSet<>();
        for (Change c : changes) {
            if (c instanceof Change.AddTable a) {
                pending.add(a.schema() + "\0" + a.table().name());
            }
        }
        List<Change> out = new ArrayList<>();
        List<Change> later = new ArrayList<>();
        for (Change c : changes) {
            if (!(c instanceof Change.AddTable a)) {
                out.add(c);
                continue;
            }
            Table t = a.table();
            pending.remove(a.schema() + "\0" + t.name());
            List<ForeignKey> now = new ArrayList<>();
            List<TableChange> deferred = new ArrayList<>();
            for (ForeignKey fk : t.foreignKeys()) {
                if (pending.contains(fk.refTable().schema() + "\0" + fk.refTable().name())) {
                    deferred.add(new TableChange.AddForeignKey(fk));
                } else {
                    now.add(fk);
                }
            }
            if (deferred.isEmpty()) {
                out.add(c);
            } else {
                Table created = t.withForeignKeys(now);
                out.add(new Change.AddTable(a.schema(), created));
                later.add(new Change.ModifyTable(a.schema(), created, t, deferred));
            }
        }
        out.addAll(later);
        return out;
    }

    private static void plan(Change c, MySqlNames names, MySqlTableSql sql, MySqlAlter alter, List<DdlStatement> out) {
        if (c instanceof Change.AddSchema a) {
            out.add(st(createDatabase(a.created()), c, "DROP DATABASE " + MySqlSql.name(a.created().name())));
        } else if (c instanceof Change.DropSchema d) {
            out.add(st("DROP DATABASE " + MySqlSql.name(d.dropped().name()), c, createDatabase(d.dropped())));
        } else if (c instanceof Change.ModifySchema m) {
            String head = "ALTER DATABASE " + MySqlSql.name(m.to().name());
            String statement = alterDatabase(m.from(), m.to());
            // a change of what MySQL does not keep per database (the differ's attributes) has no statement
            if (!statement.equals(head)) {
                out.add(st(statement, c, alterDatabase(m.to(), m.from())));
            }
        } else if (c instanceof Change.AddTable a) {
            out.add(st(sql.createTable(a.schema(), a.table()), c, "DROP TABLE " + names.of(a.schema(),
                    a.table().name())));
        } else if (c instanceof Change.DropTable d) {
            out.add(st("DROP TABLE " + names.of(d.schema(), d.table().name()), c, sql.createTable(d.schema(),
                    d.table())));
        } else if (c instanceof Change.ModifyTable m) {
            out.addAll(alter.plan(m));
        } else if (c instanceof Change.RenameTable r) {
            String from = names.of(r.schema(), r.from().name());
            String to = names.of(r.schema(), r.to().name());
            out.add(st("RENAME TABLE " + from + " TO " + to, c, "RENAME TABLE " + to + " TO " + from));
        } else if (c instanceof Change.AddView a) {
            out.add(st(createView(names, a.schema(), a.view(), false), c, dropView(names, a.schema(), a.view())));
        } else if (c instanceof Change.DropView d) {
            out.add(st(dropView(names, d.schema(), d.view()), c, createView(names, d.schema(), d.view(), false)));
        } else if (c instanceof Change.ModifyView m) {
            out.add(st(createView(names, m.schema(), m.to(), true), c, createView(names, m.schema(), m.from(), true)));
        } else if (c instanceof Change.AddRoutine a) {
            out.add(st(createRoutine(names, a.schema(), a.routine()), c, dropRoutine(names, a.schema(), a.routine())));
        } else if (c instanceof Change.DropRoutine d) {
            out.add(st(dropRoutine(names, d.schema(), d.routine()), c, createRoutine(names, d.schema(), d.routine())));
        } else if (c instanceof Change.ModifyRoutine m) {
            // MySQL's ALTER FUNCTION changes only characteristics: a new body is a drop and a create.
            out.add(new DdlStatement(dropRoutine(names, m.schema(), m.from()), c.describe(),
                    List.of(createRoutine(names, m.schema(), m.from())), c));
            out.add(new DdlStatement(createRoutine(names, m.schema(), m.to()), c.describe(),
                    List.of(dropRoutine(names, m.schema(), m.to())), c));
        } else if (c instanceof Change.AddTrigger a) {
            out.add(st(createTrigger(names, a.schema(), a.trigger()), c, dropTrigger(names, a.schema(), a.trigger())));
        } else if (c instanceof Change.DropTrigger d) {
            out.add(st(dropTrigger(names, d.schema(), d.trigger()), c, createTrigger(names, d.schema(), d.trigger())));
        } else if (c instanceof Change.ModifyTrigger m) {
            out.add(new DdlStatement(dropTrigger(names, m.schema(), m.from()), c.describe(),
                    List.of(createTrigger(names, m.schema(), m.from())), c));
            out.add(new DdlStatement(createTrigger(names, m.schema(), m.to()), c.describe(),
                    List.of(dropTrigger(names, m.schema(), m.to())), c));
        } else if (c instanceof Change.AddSequence a) {
            out.add(st(MySqlSequences.create(names, a.schema(), a.sequence()), c,
                    "DROP SEQUENCE " + names.of(a.schema(), a.sequence().name())));
        } else if (c instanceof Change.DropSequence d) {
            out.add(st("DROP SEQUENCE " + names.of(d.schema(), d.sequence().name()), c,
                    MySqlSequences.create(names, d.schema(), d.sequence())));
        } else if (c instanceof Change.ModifySequence m) {
            out.add(st(MySqlSequences.alter(names, m.schema(), m.from(), m.to()), c,
                    MySqlSequences.alter(names, m.schema(), m.to(), m.from())));
        } else {
            throw new StrataException("MySQL cannot " + c.describe() + ": it has no "
                    + (c instanceof Change.AddExtension || c instanceof Change.DropExtension
                    || c instanceof Change.ModifyExtension ? "extensions" : "user-defined types")
                    + (c.schema() == null ? "" : " (schema \"" + c.schema() + "\")"));
        }
    }

    private static DdlStatement st(String sql, Change c, String reverse) {
        return new DdlStatement(sql, c.describe(), reverse == null ? List.of() : List.of(reverse), c);
    }

    static String createDatabase(Schema s) {
        StringBuilder b = new StringBuilder("CREATE DATABASE ").append(MySqlSql.name(s.name()));
        if (s.charset() != null) {
            b.append(" CHARSET ").append(s.charset());
        }
        if (s.collation() != null) {
            b.append(" COLLATE ").append(s.collation());
        }
        if (s.comment() != null) {
            b.append(" COMMENT ").append(MySqlSql.quoted(s.comment()));
        }
        return b.toString();
    }

    private static String alterDatabase(Schema from, Schema to) {
        StringBuilder b = new StringBuilder("ALTER DATABASE ").append(MySqlSql.name(to.name()));
        if (!Objects.equals(from.charset(), to.charset()) && to.charset() != null) {
            b.append(" CHARSET ").append(to.charset());
        }
        if (!Objects.equals(from.collation(), to.collation()) && to.collation() != null) {
            b.append(" COLLATE ").append(to.collation());
        }
        if (!Objects.equals(from.comment(), to.comment())) {
            b.append(" COMMENT ").append(MySqlSql.quoted(to.comment() == null ? "" : to.comment()));
        }
        return b.toString();
    }

    private static String createView(MySqlNames names, String schema, View v, boolean replace) {
        if (v.materialized()) {
            throw new StrataException("MySQL has no materialized views (view \"" + v.name() + "\")");
        }
        String check = v.checkOption() == View.CheckOption.NONE ? ""
                : " WITH " + v.checkOption().name() + " CHECK OPTION";
        return "CREATE " + (replace ? "OR REPLACE " : "") + "VIEW " + names.of(schema, v.name()) + " AS "
                + v.definition() + check;
    }

    private static String dropView(MySqlNames names, String schema, View v) {
        if (v.materialized()) {
            throw new StrataException("MySQL has no materialized views (view \"" + v.name() + "\")");
        }
        return "DROP VIEW " + names.of(schema, v.name());
    }

    /**
     * The routine's CREATE statement, with its name written as the plan asks. A definition read
     * from Atlas's HCL is only the body, and the statement is built around it.
     */
    private static String createRoutine(MySqlNames names, String schema, Routine r) {
        String def = r.definition();
        String head = "CREATE " + r.kind().name() + " " + MySqlSql.name(r.name()) + "(";
        if (!def.regionMatches(true, 0, "CREATE", 0, 6)) {
            def = MySqlObjects.definition(r.kind(), r.name(), r.args(), r.returns() == null ? null
                    : r.returns().raw(), false, null, null, r.comment(), def);
        }
        if (def.startsWith(head)) {
            return "CREATE " + r.kind().name() + " " + names.of(schema, r.name()) + "(" + def.substring(head.length());
        }
        return def;
    }

    private static String dropRoutine(MySqlNames names, String schema, Routine r) {
        return "DROP " + r.kind().name() + " " + names.of(schema, r.name());
    }

    private static String createTrigger(MySqlNames names, String schema, Trigger t) {
        String def = t.definition();
        String marker = " FOR EACH ROW ";
        int at = def.indexOf(marker);
        String body = def.regionMatches(true, 0, "CREATE", 0, 6) && at > 0 ? def.substring(at + marker.length()) : def;
        if (t.events().size() != 1) {
            throw new StrataException("MySQL triggers fire on one event; trigger \"" + t.name() + "\" has "
                    + t.events());
        }
        if (t.timing() == Trigger.Timing.INSTEAD_OF || !t.forEachRow()) {
            throw new StrataException("MySQL triggers are BEFORE or AFTER, FOR EACH ROW (trigger \"" + t.name()
                    + "\")");
        }
        return "CREATE TRIGGER " + names.of(schema, t.name()) + " " + t.timing().name() + " "
                + t.events().get(0).name() + " ON " + names.of(schema, t.table()) + " FOR EACH ROW " + body;
    }

    private static String dropTrigger(MySqlNames names, String schema, Trigger t) {
        return "DROP TRIGGER " + names.of(schema, t.name());
    }

    /** MariaDB's sequences. */
    static final class MySqlSequences {
        private MySqlSequences() {
        }

        static String create(MySqlNames names, String schema, Sequence s) {
            return "CREATE SEQUENCE " + names.of(schema, s.name()) + options(s, false);
        }

        static String alter(MySqlNames names, String schema, Sequence from, Sequence to) {
            return "ALTER SEQUENCE " + names.of(schema, to.name()) + options(to, true);
        }

        /** The options set; {@code all} writes the defaults too, so ALTER puts back an option removed. */
        private static String options(Sequence s, boolean all) {
            long inc = s.increment() == null ? 1 : s.increment();
            boolean up = inc > 0;
            StringBuilder b = new StringBuilder();
            if (s.start() != null) {
                b.append(" START WITH ").append(s.start());
            }
            if (s.increment() != null || all) {
                b.append(" INCREMENT BY ").append(inc);
            }
            if (s.min() != null || all) {
                b.append(" MINVALUE ").append(s.min() != null ? s.min() : up ? 1 : -9223372036854775807L);
            }
            if (s.max() != null || all) {
                b.append(" MAXVALUE ").append(s.max() != null ? s.max() : up ? 9223372036854775806L : -1);
            }
            if (s.cache() != null || all) {
                b.append(" CACHE ").append(s.cache() != null ? s.cache() : 1000);
            }
            if (s.cycle()) {
                b.append(" CYCLE");
            } else if (all) {
                b.append(" NOCYCLE");
            }
            return b.toString();
        }
    }
}
