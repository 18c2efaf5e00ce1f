package dev.strata.dialect.postgres;

import dev.strata.StrataException;
import dev.strata.dialect.DdlPlan;
import dev.strata.dialect.DdlPlanner;
import dev.strata.dialect.DdlStatement;
import dev.strata.dialect.PlanOptions;
import dev.strata.schema.Change;
import dev.strata.schema.Extension;
import dev.strata.schema.Index;
import dev.strata.schema.Schema;
import dev.strata.schema.Table;
import dev.strata.schema.View;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Plans schema changes as PostgreSQL DDL in Atlas's spelling ({@code -- Create "users" table}),
 * in the order the differ gave them, each statement with its reverse. The plan is transactional
 * unless an index is created or dropped {@code CONCURRENTLY}. A sequence {@code OWNED BY} a table
 * created later in the same plan is attached after that table, and an extension created
 * {@code WITH SCHEMA} a schema the plan creates later comes right after that schema.
 */
final class PostgresDdl implements DdlPlanner {

    @Override
    public DdlPlan plan(List<Change> changes, PlanOptions options) {
        PostgresDdlWriter w = new PostgresDdlWriter(options);
        write(changes, w);
        return new DdlPlan(w.statements, !w.concurrent);
    }

    @Override
    public void plan(List<Change> changes, PlanOptions options, Consumer<DdlStatement> out) {
        write(changes, new PostgresDdlWriter(options, out));
    }

    private static void write(List<Change> changes, PostgresDdlWriter w) {
        PostgresTableDdl tables = new PostgresTableDdl(w);
        PostgresObjectDdl objects = new PostgresObjectDdl(w);
        Map<String, List<Runnable>> afterTable = new HashMap<>();
        Map<String, List<Runnable>> afterSchema = new HashMap<>();
        for (int i = 0; i < changes.size(); i++) {
            Change c = changes.get(i);
            if (c instanceof Change.AddExtension e && e.extension().schema() != null && changes.subList(i + 1,
                    changes.size()).stream().anyMatch(n -> n instanceof Change.AddSchema as
                    && as.created().name().equals(e.extension().schema()))) {
                // WITH SCHEMA needs the schema: create the extension right after it.
                afterSchema.computeIfAbsent(e.extension().schema(), k -> new ArrayList<>())
                        .add(() -> one(c, w, tables, objects));
            } else if (c instanceof Change.AddSequence s) {
                String key = s.sequence().ownedBy() == null ? "" : s.schema() + "\0" + s.sequence().ownedBy().table();
                boolean later = changes.subList(i + 1, changes.size()).stream().anyMatch(n -> n instanceof
                        Change.AddTable t && (t.schema() + "\0" + t.table().name()).equals(key));
                objects.createSequence(s, later ? afterTable.computeIfAbsent(key, k -> new ArrayList<>()) : null);
            } else {
                one(c, w, tables, objects);
            }
            if (c instanceof Change.AddSchema a) {
                afterSchema.getOrDefault(a.created().name(), List.of()).forEach(Runnable::run);
            }
            if (c instanceof Change.AddTable t) {
                afterTable.getOrDefault(t.schema() + "\0" + t.table().name(), List.of()).forEach(Runnable::run);
            }
        }
    }

    private static void one(Change c, PostgresDdlWriter w, PostgresTableDdl tables, PostgresObjectDdl objects) {
        if (c instanceof Change.AddSchema a) {
            addSchema(w, a.created(), c);
        } else if (c instanceof Change.DropSchema d) {
            w.add("DROP SCHEMA " + PostgresSql.q(d.dropped().name()) + " CASCADE", "drop schema named \""
                    + d.dropped().name() + "\"", List.of(), c);
        } else if (c instanceof Change.ModifySchema m) {
            w.comment("SCHEMA " + PostgresSql.q(m.to().name()), m.to().comment(), m.from().comment(),
                    "set comment to schema: \"" + m.to().name() + "\"", c);
        } else if (c instanceof Change.AddTable a) {
            tables.create(a.schema(), a.table(), c);
        } else if (c instanceof Change.DropTable d) {
            dropTable(w, d);
        } else if (c instanceof Change.ModifyTable m) {
            new PostgresAlterDdl(w, tables).modify(m);
        } else if (c instanceof Change.RenameTable r) {
            w.add("ALTER TABLE " + w.name(r.schema(), r.from().name()) + " RENAME TO " + PostgresSql.q(r.to().name()),
                    "rename a table from \"" + r.from().name() + "\" to \"" + r.to().name() + "\"", "ALTER TABLE "
                            + w.name(r.schema(), r.to().name()) + " RENAME TO " + PostgresSql.q(r.from().name()), c);
        } else if (c instanceof Change.AddView a) {
            objects.createView(a.schema(), a.view(), c, tables);
        } else if (c instanceof Change.DropView d) {
            objects.dropView(d.schema(), d.view(), c);
        } else if (c instanceof Change.ModifyView m) {
            objects.modifyView(m, tables);
        } else if (c instanceof Change.AddExtension a) {
            addExtension(w, a.extension(), c);
        } else if (c instanceof Change.DropExtension d) {
            w.add("DROP EXTENSION " + PostgresSql.q(d.extension().name()), "drop extension \""
                    + d.extension().name() + "\"", List.of(), c);
        } else if (c instanceof Change.ModifyExtension m) {
            modifyExtension(w, m);
        } else {
            objects.plan(c);
        }
    }

    private static void addSchema(PostgresDdlWriter w, Schema s, Change c) {
        String name = PostgresSql.q(s.name());
        w.add("CREATE SCHEMA " + (s.name().equals("public") ? "IF NOT EXISTS " : "") + name, "add new schema named \""
                + s.name() + "\"", "DROP SCHEMA " + name + " CASCADE", c);
        if (s.comment() != null) {
            w.comment("SCHEMA " + name, s.comment(), null, "set comment to schema: \"" + s.name() + "\"", c);
        }
    }

    private static void dropTable(PostgresDdlWriter w, Change.DropTable d) {
        PostgresDdlWriter rw = new PostgresDdlWriter(w.options);
        Table t = d.table();
        new PostgresTableDdl(rw).create(d.schema(), t, d);
        List<String> reverse = rw.statements.stream().map(dev.strata.dialect.DdlStatement::sql).toList();
        w.add("DROP TABLE " + w.name(d.schema(), t.name()), "drop \"" + t.name() + "\" table", reverse, d);
    }

    private static void addExtension(PostgresDdlWriter w, Extension e, Change c) {
        String sql = "CREATE EXTENSION IF NOT EXISTS " + PostgresSql.q(e.name())
                + (e.schema() == null ? "" : " WITH SCHEMA " + PostgresSql.q(e.schema()))
                + (e.version() == null ? "" : " VERSION " + PostgresSql.lit(e.version()));
        w.add(sql, "create extension \"" + e.name() + "\"", "DROP EXTENSION " + PostgresSql.q(e.name()), c);
        if (e.comment() != null) {
            w.comment("EXTENSION " + PostgresSql.q(e.name()), e.comment(), null, "set comment to extension: \""
                    + e.name() + "\"", c);
        }
    }

    private static void modifyExtension(PostgresDdlWriter w, Change.ModifyExtension m) {
        String name = PostgresSql.q(m.to().name());
        if (!Objects.equals(m.from().version(), m.to().version()) && m.to().version() != null) {
            w.add("ALTER EXTENSION " + name + " UPDATE TO " + PostgresSql.lit(m.to().version()), m.describe(),
                    m.from().version() == null ? List.of() : List.of("ALTER EXTENSION " + name + " UPDATE TO "
                            + PostgresSql.lit(m.from().version())), m);
        }
        if (!Objects.equals(m.from().schema(), m.to().schema()) && m.to().schema() != null) {
            w.add("ALTER EXTENSION " + name + " SET SCHEMA " + PostgresSql.q(m.to().schema()), m.describe(),
                    m.from().schema() == null ? List.of() : List.of("ALTER EXTENSION " + name + " SET SCHEMA "
                            + PostgresSql.q(m.from().schema())), m);
        }
        if (!Objects.equals(m.from().comment(), m.to().comment())) {
            w.comment("EXTENSION " + name, m.to().comment(), m.from().comment(), "set comment to extension: \""
                    + m.to().name() + "\"", m);
        }
    }

    /** Used by views: a materialized view's indexes are created like a table's. */
    static void viewIndexes(PostgresDdlWriter w, PostgresTableDdl tables, String schema, View v, Change c) {
        for (Index i : v.indexes()) {
            tables.createIndex(schema, v.name(), i, false, c);
            if (i.comment() != null) {
                tables.indexComment(schema, v.name(), i, null, c);
            }
        }
    }

    static StrataException unsupported(String what) {
        return new StrataException(what + " is not supported on PostgreSQL");
    }
}
