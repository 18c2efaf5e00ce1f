package dev.strata.dialect.postgres;

import dev.strata.dialect.Inspector;
import dev.strata.dialect.Jdbc;
import dev.strata.dialect.Session;
import dev.strata.schema.Extension;
import dev.strata.schema.InspectScope;
import dev.strata.schema.Realm;
import dev.strata.schema.Routine;
import dev.strata.schema.Schema;
import dev.strata.schema.Sequence;
import dev.strata.schema.Table;
import dev.strata.schema.Trigger;
import dev.strata.schema.TypeNames;
import dev.strata.schema.UserType;
import dev.strata.schema.View;
import org.postgresql.PGConnection;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads PostgreSQL's catalog into the schema model with a fixed number of queries, whatever the
 * number of tables: one per kind of object over every schema inspected (see the readers).
 *
 * <p>As Atlas does, a realm inspection clears {@code search_path} while it reads, so types, default
 * expressions and view definitions come back qualified with their schema and run as printed on
 * any connection; a schema-bound inspection keeps the session's search path (the bound schema),
 * so they come back unqualified and run on another schema of the same shape.
 */
final class PostgresInspector implements Inspector {

    private static final String SCHEMAS = """
            SELECT n.nspname, obj_description(n.oid, 'pg_namespace') FROM pg_catalog.pg_namespace n
            WHERE CASE WHEN cardinality(?::text[]) > 0 THEN n.nspname = ANY(?::text[])
                  ELSE n.nspname NOT IN ('information_schema', 'pg_catalog', 'pg_toast', 'crdb_internal', 'pg_extension')
                       AND n.nspname NOT LIKE 'pg\\_temp\\_%' AND n.nspname NOT LIKE 'pg\\_toast\\_temp\\_%' AND\s"""
            + PostgresTypeReader.NOT_EXTENSION.formatted("pg_catalog.pg_namespace", "n.oid") + """
             END
            ORDER BY 1""";

    /** The first version with the {@code jit} setting (11). */
    private static final int JIT_VERSION = 110000;

    /** Rows the driver holds at a time while it streams a catalog query. */
    private static final int FETCH_ROWS = 1000;

    private final Session session;
    private final TypeNames names = new PostgresTypeNames();

    PostgresInspector(Session session) {
        this.session = session;
    }

    @Override
    public Realm inspect(InspectScope scope) throws SQLException {
        Connection c = session.connection();
        if (!c.getAutoCommit()) {
            return inspectInCallersTransaction(scope);
        }
        // The driver streams a result in batches only inside a transaction: otherwise it holds every
        // row of a query at once (at 2,000 tables, the columns' rows alone are megabytes of heap).
        PGConnection pg = c.unwrap(PGConnection.class);
        int fetchSize = pg.getDefaultFetchSize();
        c.setAutoCommit(false);
        pg.setDefaultFetchSize(FETCH_ROWS);
        try {
            Jdbc jdbc = session.jdbc();
            int version = version(jdbc);
            setSearchPath(jdbc, scope, true, version >= JIT_VERSION);
            return scope.apply(read(jdbc, version, scope, !scope.schemaBound()));
        } finally {
            c.rollback(); // it only read; the local search path ends with it
            pg.setDefaultFetchSize(fetchSize);
            c.setAutoCommit(true);
        }
    }

    /** In a transaction of the caller's: the session's search path is set for the inspection and put back. */
    private Realm inspectInCallersTransaction(InspectScope scope) throws SQLException {
        Jdbc jdbc = session.jdbc();
        String saved = jdbc.queryOne("SELECT current_setting('search_path')", rs -> rs.getString(1)).orElse("");
        setSearchPath(jdbc, scope, false, false);
        try {
            return scope.apply(read(jdbc, version(jdbc), scope, !scope.schemaBound()));
        } finally {
            jdbc.queryOne("SELECT set_config('search_path', ?, false)", rs -> rs.getString(1), saved);
        }
    }

    private static int version(Jdbc jdbc) throws SQLException {
        return jdbc.queryOne("SELECT current_setting('server_version_num')::int", rs -> rs.getInt(1)).orElse(0);
    }

    /**
     * Empty for a realm (names come back qualified), else the bound schema; {@code local}: until the
     * transaction ends. {@code noJit}: also JIT off until the transaction ends, in the same round trip.
     * The columns and index-parts queries cost the planner more than its JIT threshold at a few
     * hundred tables, and compiling them took the server about 60 ms each at 2,000 tables, more than
     * the compiled code saves on one pass over a few thousand catalog rows.
     */
    private static void setSearchPath(Jdbc jdbc, InspectScope scope, boolean local, boolean noJit)
            throws SQLException {
        jdbc.queryOne("SELECT set_config('search_path', ?, ?)" + (noJit ? ", set_config('jit', 'off', true)" : ""),
                rs -> rs.getString(1), scope.schemaBound() ? PostgresSql.q(scope.schemas().get(0)) : "", local);
    }

    private Realm read(Jdbc jdbc, int version, InspectScope scope, boolean realm) throws SQLException {
        Jdbc.Bind asked = textArray(scope.schemas());
        List<String[]> schemaRows = jdbc.query(SCHEMAS, rs -> new String[]{rs.getString(1), rs.getString(2)}, asked,
                asked);
        List<String> schemaNames = schemaRows.stream().map(r -> r[0]).toList();
        Jdbc.Bind schemas = textArray(schemaNames);

        PostgresTypeReader types = new PostgresTypeReader(jdbc, schemas);
        Map<String, List<UserType>> userTypes = types.read(names);
        TypeNames.UserTypes user = types.userTypes();
        PostgresTableReader tables = new PostgresTableReader(jdbc, schemas);
        Map<Long, PostgresRelation> rels = tables.relations();
        Set<String> serials = tables.columns(rels, names, user);
        tables.partitions(rels);
        new PostgresIndexReader(jdbc, schemas, version).read(rels);
        new PostgresConstraintReader(jdbc, schemas).read(rels);
        PostgresRoutineReader routines = new PostgresRoutineReader(jdbc, schemas, version);
        Map<String, List<Routine>> functions = routines.routines(names, user);
        Map<String, List<Trigger>> triggers = routines.triggers();
        Map<String, List<Sequence>> sequences = routines.sequences(names, serials);
        List<Extension> extensions = types.extensions().stream()
                .filter(e -> realm || schemaNames.contains(e.schema())).toList();

        List<Schema> out = new ArrayList<>();
        for (String[] row : schemaRows) {
            String name = row[0];
            List<Table> ts = new ArrayList<>();
            List<View> vs = new ArrayList<>();
            for (PostgresRelation r : rels.values()) {
                if (r.schema.equals(name)) {
                    if (r.isView()) {
                        vs.add(r.view());
                    } else {
                        ts.add(r.table());
                    }
                }
            }
            out.add(new Schema(name, row[1], null, null, ts, vs, functions.getOrDefault(name, List.of()),
                    triggers.getOrDefault(name, List.of()), sequences.getOrDefault(name, List.of()),
                    userTypes.getOrDefault(name, List.of()), List.of()));
        }
        return new Realm(out, extensions, List.of());
    }

    /** A text[] parameter: the same query serves one schema or many. */
    private static Jdbc.Bind textArray(List<String> values) {
        return (ps, i) -> ps.setArray(i, ps.getConnection().createArrayOf("text", values.toArray()));
    }
}
