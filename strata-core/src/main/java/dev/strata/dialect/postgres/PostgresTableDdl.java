package dev.strata.dialect.postgres;

import dev.strata.StrataException;
import dev.strata.schema.Change;
import dev.strata.schema.Check;
import dev.strata.schema.Column;
import dev.strata.schema.Deferrable;
import dev.strata.schema.DialectAttr;
import dev.strata.schema.ForeignKey;
import dev.strata.schema.Identity;
import dev.strata.schema.Index;
import dev.strata.schema.IndexPart;
import dev.strata.schema.Partitioning;
import dev.strata.schema.Policy;
import dev.strata.schema.PrimaryKey;
import dev.strata.schema.Table;
import dev.strata.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The parts of PostgreSQL's table DDL: a whole table with its partitions, indexes, comments and
 * policies (what {@code CREATE TABLE} takes and what follows it), and the clauses ALTER TABLE
 * reuses (a column's definition, a key, a constraint).
 */
final class PostgresTableDdl {

    private final PostgresDdlWriter w;

    PostgresTableDdl(PostgresDdlWriter w) {
        this.w = w;
    }

    /** The statements that create the table and what belongs to it; their reverse drops it. */
    void create(String schema, Table t, Change source) {
        String name = w.name(schema, t.name());
        List<String> items = new ArrayList<>();
        for (Column c : t.columns()) {
            items.add(column(schema, c));
        }
        if (t.primaryKey() != null) {
            items.add(primaryKey(t.primaryKey()));
        }
        for (UniqueConstraint u : t.uniques()) {
            items.add(unique(u));
        }
        for (ForeignKey fk : t.foreignKeys()) {
            items.add(foreignKey(schema, fk));
        }
        for (Check c : t.checks()) {
            items.add(check(c));
        }
        boolean unlogged = DialectAttr.find(t.attrs(), "unlogged").isPresent();
        String head = "CREATE " + (unlogged ? "UNLOGGED " : "") + "TABLE " + name;
        String tail = t.partitioning() == null ? "" : " " + partitionBy(t.partitioning());
        w.add(w.items(head, items, tail), "create \"" + t.name() + "\" table", "DROP TABLE " + name, source);
        if (t.partitioning() != null) {
            for (Partitioning.Partition p : t.partitioning().partitions()) {
                addPartition(schema, t, p, source);
            }
        }
        for (Index i : t.indexes()) {
            createIndex(schema, t.name(), i, false, source);
        }
        comments(schema, t, source);
        rowSecurity(schema, t.name(), dev.strata.schema.RowSecurity.OFF, t.rowSecurity(), source);
        for (Policy p : t.policies()) {
            createPolicy(schema, t.name(), p, source);
        }
    }

    private void comments(String schema, Table t, Change source) {
        String name = w.name(schema, t.name());
        if (t.comment() != null) {
            w.comment("TABLE " + name, t.comment(), null, "set comment to table: \"" + t.name() + "\"", source);
        }
        for (Column c : t.columns()) {
            if (c.comment() != null) {
                columnComment(schema, t.name(), c, null, source);
            }
        }
        if (t.primaryKey() != null && t.primaryKey().comment() != null) {
            String pk = t.primaryKey().name() != null ? t.primaryKey().name() : t.name() + "_pkey";
            w.comment("CONSTRAINT " + PostgresSql.q(pk) + " ON " + name, t.primaryKey().comment(), null,
                    "set comment to primary key on table: \"" + t.name() + "\"", source);
        }
        for (UniqueConstraint u : t.uniques()) {
            if (u.comment() != null) {
                uniqueComment(schema, t.name(), u, null, source);
            }
        }
        for (Index i : t.indexes()) {
            if (i.comment() != null) {
                indexComment(schema, t.name(), i, null, source);
            }
        }
    }

    void columnComment(String schema, String table, Column c, String from, Change source) {
        w.comment("COLUMN " + w.name(schema, table) + "." + PostgresSql.q(c.name()), c.comment(), from,
                "set comment to column: \"" + c.name() + "\" on table: \"" + table + "\"", source);
    }

    void indexComment(String schema, String table, Index i, String from, Change source) {
        w.comment("INDEX " + w.name(schema, i.name()), i.comment(), from,
                "set comment to index: \"" + i.name() + "\" on table: \"" + table + "\"", source);
    }

    void uniqueComment(String schema, String table, UniqueConstraint u, String from, Change source) {
        w.comment("CONSTRAINT " + PostgresSql.q(u.name()) + " ON " + w.name(schema, table), u.comment(), from,
                "set comment to constraint: \"" + u.name() + "\" on table: \"" + table + "\"", source);
    }

    void addPartition(String schema, Table t, Partitioning.Partition p, Change source) {
        String ps = p.schema() == null ? schema : p.schema();
        String part = w.ref(schema, ps, p.name());
        w.add("CREATE TABLE " + part + " PARTITION OF " + w.name(schema, t.name()) + " " + p.bound(),
                "create partition \"" + p.name() + "\" of table: \"" + t.name() + "\"", "DROP TABLE " + part, source);
    }

    void rowSecurity(String schema, String table, dev.strata.schema.RowSecurity from,
                     dev.strata.schema.RowSecurity to, Change source) {
        String name = w.name(schema, table);
        if (from.enabled() != to.enabled()) {
            String on = "ALTER TABLE " + name + " ENABLE ROW LEVEL SECURITY";
            String off = "ALTER TABLE " + name + " DISABLE ROW LEVEL SECURITY";
            w.add(to.enabled() ? on : off, (to.enabled() ? "enable" : "disable") + " row-level security on table: \""
                    + table + "\"", to.enabled() ? off : on, source);
        }
        if (from.forced() != to.forced()) {
            String on = "ALTER TABLE " + name + " FORCE ROW LEVEL SECURITY";
            String off = "ALTER TABLE " + name + " NO FORCE ROW LEVEL SECURITY";
            w.add(to.forced() ? on : off, (to.forced() ? "force" : "unforce") + " row-level security on table: \""
                    + table + "\"", to.forced() ? off : on, source);
        }
    }

    void createPolicy(String schema, String table, Policy p, Change source) {
        StringBuilder sql = new StringBuilder("CREATE POLICY " + PostgresSql.q(p.name()) + " ON "
                + w.name(schema, table));
        if (!p.permissive()) {
            sql.append(" AS RESTRICTIVE");
        }
        if (p.command() != Policy.Command.ALL) {
            sql.append(" FOR ").append(p.command().name());
        }
        if (!p.roles().isEmpty()) {
            sql.append(" TO ").append(p.roles().stream().map(PostgresTableDdl::role).collect(Collectors.joining(", ")));
        }
        if (p.using() != null) {
            sql.append(" USING ").append(PostgresDdlWriter.wrap(p.using()));
        }
        if (p.check() != null) {
            sql.append(" WITH CHECK ").append(PostgresDdlWriter.wrap(p.check()));
        }
        w.add(sql.toString(), "create policy \"" + p.name() + "\" on table: \"" + table + "\"", dropPolicy(schema,
                table, p), source);
        if (p.comment() != null) {
            w.comment("POLICY " + PostgresSql.q(p.name()) + " ON " + w.name(schema, table), p.comment(), null,
                    "set comment to policy: \"" + p.name() + "\"", source);
        }
    }

    String dropPolicy(String schema, String table, Policy p) {
        return "DROP POLICY " + PostgresSql.q(p.name()) + " ON " + w.name(schema, table);
    }

    private static String role(String r) {
        return switch (r.toLowerCase(java.util.Locale.ROOT)) {
            case "public", "current_user", "session_user", "current_role" -> r.toUpperCase(java.util.Locale.ROOT);
            default -> PostgresSql.q(r);
        };
    }

    /** {@code "c" type NOT NULL DEFAULT x COLLATE "y" GENERATED ...}, as Atlas writes a column. */
    String column(String schema, Column c) {
        StringBuilder b = new StringBuilder(PostgresSql.q(c.name())).append(' ').append(w.type(c.type(), schema));
        if (c.autoIncrement() || c.charset() != null) {
            throw new StrataException("column \"" + c.name() + "\": PostgreSQL has no "
                    + (c.autoIncrement() ? "AUTO_INCREMENT (use an identity or serial)" : "column character sets"));
        }
        if (c.nullable() && c.type().raw().endsWith("serial")) {
            throw new StrataException("NOT NULL constraint is required for " + c.type().raw() + " column \""
                    + c.name() + "\"");
        }
        b.append(c.nullable() ? " NULL" : " NOT NULL");
        if (c.defaultValue() != null) {
            b.append(" DEFAULT ").append(PostgresDdlWriter.literal(c.defaultValue(), c.type()));
        }
        if (c.collation() != null) {
            b.append(" COLLATE ").append(PostgresSql.q(c.collation()));
        }
        if (c.identity() != null && c.generated() != null) {
            throw new StrataException("both identity and generation expression specified for column \""
                    + c.name() + "\"");
        }
        if (c.identity() != null) {
            b.append(' ').append(identity(c.identity()));
        }
        if (c.generated() != null) {
            if (c.generated().storage() != dev.strata.schema.Generated.Storage.STORED) {
                throw new StrataException("column \"" + c.name() + "\": PostgreSQL 15 has only STORED generated columns");
            }
            b.append(" GENERATED ALWAYS AS ").append(PostgresDdlWriter.wrap(c.generated().expr())).append(" STORED");
        }
        return b.toString();
    }

    static String identity(Identity id) {
        String s = "GENERATED " + (id.generation() == Identity.Generation.ALWAYS ? "ALWAYS" : "BY DEFAULT")
                + " AS IDENTITY";
        List<String> opts = new ArrayList<>();
        if (id.start() != 1) {
            opts.add("START WITH " + id.start());
        }
        if (id.increment() != 1) {
            opts.add("INCREMENT BY " + id.increment());
        }
        return opts.isEmpty() ? s : s + " (" + String.join(" ", opts) + ")";
    }

    String primaryKey(PrimaryKey pk) {
        String head = pk.name() == null ? "" : "CONSTRAINT " + PostgresSql.q(pk.name()) + " ";
        return head + "PRIMARY KEY " + parts(pk.parts()) + include(pk.include());
    }

    String unique(UniqueConstraint u) {
        return "CONSTRAINT " + PostgresSql.q(u.name()) + " UNIQUE " + (u.nullsNotDistinct() ? "NULLS NOT DISTINCT " : "")
                + "(" + u.columns().stream().map(PostgresSql::q).collect(Collectors.joining(", ")) + ")"
                + include(u.include()) + deferrable(u.deferrable());
    }

    String foreignKey(String schema, ForeignKey fk) {
        return (fk.name() == null ? "" : "CONSTRAINT " + PostgresSql.q(fk.name()) + " ") + "FOREIGN KEY ("
                + fk.columns().stream().map(PostgresSql::q).collect(Collectors.joining(", ")) + ") REFERENCES "
                + w.ref(schema, fk.refTable().schema(), fk.refTable().name()) + " ("
                + fk.refColumns().stream().map(PostgresSql::q).collect(Collectors.joining(", ")) + ") ON UPDATE "
                + fk.onUpdate().sql() + " ON DELETE " + fk.onDelete().sql() + deferrable(fk.deferrable());
    }

    static String check(Check c) {
        return (c.name() == null ? "" : "CONSTRAINT " + PostgresSql.q(c.name()) + " ") + "CHECK "
                + PostgresDdlWriter.wrap(c.expr()) + (c.noInherit() ? " NO INHERIT" : "");
    }

    private static String deferrable(Deferrable d) {
        return switch (d) {
            case NOT_DEFERRABLE -> "";
            case INITIALLY_IMMEDIATE -> " DEFERRABLE";
            case INITIALLY_DEFERRED -> " DEFERRABLE INITIALLY DEFERRED";
        };
    }

    private static String include(List<String> include) {
        return include.isEmpty() ? "" : " INCLUDE (" + include.stream().map(PostgresSql::q)
                .collect(Collectors.joining(", ")) + ")";
    }

    private static String parts(List<IndexPart> parts) {
        List<String> out = new ArrayList<>();
        for (IndexPart p : parts) {
            StringBuilder b = new StringBuilder(p.column() != null ? PostgresSql.q(p.column())
                    : PostgresDdlWriter.wrap(p.expr()));
            if (p.collation() != null) {
                b.append(" COLLATE ").append(PostgresSql.q(p.collation()));
            }
            if (p.opClass() != null) {
                b.append(' ').append(p.opClass());
            }
            if (p.desc()) {
                b.append(" DESC");
            }
            if (p.nulls() != null) {
                b.append(" NULLS ").append(p.nulls().name());
            }
            out.add(b.toString());
        }
        return "(" + String.join(", ", out) + ")";
    }

    static String partitionBy(Partitioning p) {
        return "PARTITION BY " + p.strategy().name() + " (" + p.key().stream().map(k -> k.column() != null
                ? PostgresSql.q(k.column()) : PostgresDdlWriter.wrap(k.expr())).collect(Collectors.joining(", ")) + ")";
    }

    /** {@code CREATE INDEX}, with {@code CONCURRENTLY} when asked; its reverse drops it. */
    void createIndex(String schema, String table, Index i, boolean concurrently, Change source) {
        String c = concurrently ? " CONCURRENTLY" : "";
        w.add(indexSql(schema, table, i, c), "create index \"" + i.name() + "\" to table: \"" + table + "\"",
                "DROP INDEX" + c + " " + w.name(schema, i.name()), source);
        w.concurrent |= concurrently;
    }

    void dropIndex(String schema, String table, Index i, boolean concurrently, Change source) {
        String c = concurrently ? " CONCURRENTLY" : "";
        w.add("DROP INDEX" + c + " " + w.name(schema, i.name()), "drop index \"" + i.name() + "\" from table: \""
                + table + "\"", indexSql(schema, table, i, c), source);
        w.concurrent |= concurrently;
    }

    private String indexSql(String schema, String table, Index i, String concurrently) {
        StringBuilder b = new StringBuilder("CREATE ").append(i.unique() ? "UNIQUE " : "").append("INDEX")
                .append(concurrently).append(' ').append(PostgresSql.q(i.name())).append(" ON ")
                .append(w.name(schema, table));
        if (i.type() != null) {
            b.append(" USING ").append(i.type());
        }
        b.append(' ').append(parts(i.parts())).append(include(i.include()));
        if (i.nullsNotDistinct()) {
            b.append(" NULLS NOT DISTINCT");
        }
        DialectAttr.find(i.attrs(), "page_per_range").ifPresent(a -> b.append(" WITH (pages_per_range = ")
                .append(a.value()).append(')'));
        if (i.where() != null) {
            b.append(" WHERE ").append(i.where());
        }
        return b.toString();
    }
}
