package dev.strata.dialect.postgres;

import dev.strata.dialect.DevReset;
import dev.strata.dialect.Identifiers;
import dev.strata.dialect.Jdbc;
import dev.strata.dialect.Session;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A PostgreSQL dev database. Bound to a schema ({@code search_path}), the scope is that schema:
 * emptying drops and recreates it. Unbound, the scope is the database: it is clean with no schema
 * but an empty {@code public} and no extension but {@code plpgsql}, and emptying drops every schema
 * and extension and recreates {@code public}. Objects an extension owns count as the extension.
 * The mark is the database's comment, which names the schema when the scope is one.
 */
public final class PostgresDevReset implements DevReset {

    private static final String USER_SCHEMAS = "n.nspname NOT IN ('pg_catalog', 'information_schema')"
            + " AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%'";

    private final Connection connection;
    private final String schema;

    public PostgresDevReset(Session session) {
        this.connection = session.connection();
        this.schema = session.boundSchema().orElse(null);
    }

    @Override
    public Optional<String> firstObject() throws SQLException {
        String inScope = schema == null ? USER_SCHEMAS : "n.nspname = ?";
        Object[] args = schema == null ? new Object[0] : new Object[] {schema, schema, schema, schema};
        List<String> found = new Jdbc(connection).queryStrings(OBJECTS.replace("$SCOPE", inScope), args);
        if (!found.isEmpty() || schema != null) {
            return found.stream().findFirst();
        }
        return new Jdbc(connection).queryStrings("SELECT 'schema \"' || n.nspname || '\"' FROM pg_catalog.pg_namespace n WHERE "
                + USER_SCHEMAS + " AND n.nspname <> 'public' ORDER BY n.nspname LIMIT 1").stream().findFirst();
    }

    /** A database used whole is marked with {@link #MARK}; one used through a schema names it. */
    private String mark(String schema) {
        return schema == null ? MARK : MARK + " (schema " + schema + ")";
    }

    /** Marked for this scope, or for the whole database, which covers each of its schemas. */
    @Override
    public boolean isMarked() throws SQLException {
        List<String> comment = new Jdbc(connection).queryStrings("SELECT pg_catalog.shobj_description(d.oid, 'pg_database')"
                + " FROM pg_catalog.pg_database d WHERE d.datname = current_database()");
        return comment.contains(MARK) || comment.contains(mark(schema));
    }

    @Override
    public void mark() {
        try {
            String db = new Jdbc(connection).queryStrings("SELECT current_database()").get(0);
            String comment = mark(schema).replace("'", "''");
            new Jdbc(connection).execute("COMMENT ON DATABASE " + Identifiers.doubleQuoted(db) + " IS '" + comment + "'");
        } catch (SQLException e) {
            // Only the owner may comment on a database; see DevReset.mark.
        }
    }

    @Override
    public void empty() throws SQLException {
        List<String> sql = new ArrayList<>();
        if (schema != null) {
            // The schema comes back as it was (public's "standard public schema" comment included), so
            // a schema replayed here compares equal to the same schema of a fresh database.
            String comment = new Jdbc(connection).queryStrings("SELECT coalesce(pg_catalog.obj_description(n.oid,"
                    + " 'pg_namespace'), '') FROM pg_catalog.pg_namespace n WHERE n.nspname = ?", schema).stream()
                    .filter(c -> !c.isEmpty()).findFirst().orElse(null);
            sql.add("DROP SCHEMA IF EXISTS " + Identifiers.doubleQuoted(schema) + " CASCADE");
            sql.add("CREATE SCHEMA " + Identifiers.doubleQuoted(schema));
            if (comment != null) {
                sql.add("COMMENT ON SCHEMA " + Identifiers.doubleQuoted(schema) + " IS '" + comment.replace("'", "''")
                        + "'");
            }
        } else {
            for (String s : new Jdbc(connection).queryStrings("SELECT n.nspname FROM pg_catalog.pg_namespace n WHERE "
                    + USER_SCHEMAS + " ORDER BY 1")) {
                sql.add("DROP SCHEMA " + Identifiers.doubleQuoted(s) + " CASCADE");
            }
            for (String x : new Jdbc(connection).queryStrings("SELECT extname FROM pg_catalog.pg_extension"
                    + " WHERE extname <> 'plpgsql' ORDER BY 1")) {
                sql.add("DROP EXTENSION IF EXISTS " + Identifiers.doubleQuoted(x) + " CASCADE");
            }
            sql.add("CREATE SCHEMA public");
        }
        new Jdbc(connection).execute(sql.toArray(String[]::new));
    }

    /**
     * The first object in scope ($SCOPE filters on the schema {@code n}): relations, functions,
     * types of their own and extensions, not counting what an extension owns.
     */
    private static final String OBJECTS = """
            SELECT d || ' in schema "' || s || '"' FROM (
              SELECT 1 AS o, n.nspname AS s, CASE c.relkind WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view'
                  WHEN 'S' THEN 'sequence' WHEN 'f' THEN 'foreign table' WHEN 'c' THEN 'type' ELSE 'table' END
                  || ' "' || c.relname || '"' AS d
                FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f', 'c') AND $SCOPE AND NOT EXISTS (SELECT 1
                  FROM pg_catalog.pg_depend e WHERE e.classid = 'pg_catalog.pg_class'::regclass AND e.objid = c.oid
                  AND e.deptype = 'e')
              UNION ALL
              SELECT 2, n.nspname, 'function "' || p.proname || '"'
                FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
                WHERE $SCOPE AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                  WHERE e.classid = 'pg_catalog.pg_proc'::regclass AND e.objid = p.oid AND e.deptype = 'e')
              UNION ALL
              SELECT 3, n.nspname, 'type "' || t.typname || '"'
                FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
                WHERE t.typtype IN ('e', 'd', 'r', 'm') AND $SCOPE AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                  WHERE e.classid = 'pg_catalog.pg_type'::regclass AND e.objid = t.oid AND e.deptype = 'e')
              UNION ALL
              SELECT 4, n.nspname, 'extension "' || x.extname || '"'
                FROM pg_catalog.pg_extension x JOIN pg_catalog.pg_namespace n ON n.oid = x.extnamespace
                WHERE $SCOPE AND x.extname <> 'plpgsql'
            ) found ORDER BY o, s, d LIMIT 1""";
}
