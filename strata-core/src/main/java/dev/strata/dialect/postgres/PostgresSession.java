package dev.strata.dialect.postgres;

import dev.strata.dialect.Dialect;
import dev.strata.StrataException;
import dev.strata.dialect.Fnv1;
import dev.strata.dialect.Identifiers;
import dev.strata.dialect.LockTimeoutException;
import dev.strata.dialect.MigrationLock;
import dev.strata.dialect.RevisionSql;
import dev.strata.dialect.Session;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

final class PostgresSession extends Session {


    PostgresSession(Dialect dialect, Connection connection, String boundSchema) {
        super(dialect, connection, boundSchema);
    }



    /**
     * A session-level advisory lock on Atlas's key for the name. Polled with back-off as Atlas does;
     * it is released by {@code pg_advisory_unlock}, or by the server when the session ends.
     */
    @Override
    public MigrationLock lock(String name, Duration timeout) throws SQLException {
        long key = Fnv1.hash32(name);
        long deadline = System.nanoTime() + timeout.toNanos();
        long backoffMillis = 25;
        while (!tryLock(key)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new LockTimeoutException(name, timeout);
            }
            long sleep = Math.min(backoffMillis + ThreadLocalRandom.current().nextLong(backoffMillis / 2 + 1),
                    Math.max(1, left / 1_000_000));
            try {
                Thread.sleep(sleep);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LockTimeoutException(name, timeout);
            }
            backoffMillis = Math.min(backoffMillis * 2, 1000);
        }
        return () -> {
            try (PreparedStatement ps = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                ps.setLong(1, key);
                ps.execute();
            } catch (SQLException e) {
                // The session is gone, and the lock with it.
            }
        };
    }

    private boolean tryLock(long key) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            ps.setLong(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    @Override
    public void setLockWait(Duration timeout) throws SQLException {
        execute(timeout == null ? "RESET lock_timeout" : "SET lock_timeout = '" + Math.max(1, timeout.toMillis()) + "ms'");
    }

    /** 55P03 lock_not_available, which lock_timeout raises. */
    @Override
    public boolean isLockWaitTimeout(SQLException e) {
        return "55P03".equals(e.getSQLState());
    }

    @Override
    public RevisionSql revisionSql() {
        return new PostgresRevisionSql(connection);
    }

    @Override
    public boolean tableExists(String schema, String table) throws SQLException {
        return queryString("SELECT c.relname FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n"
                + " ON n.oid = c.relnamespace WHERE n.nspname = ? AND c.relname = ? AND c.relkind IN ('r', 'p')",
                schema, table).isPresent();
    }

    @Override
    public String currentSchema() throws SQLException {
        return queryString("SELECT current_schema()").orElseThrow(() -> new StrataException(
                "the search path names no existing schema"));
    }

    @Override
    public String qualifiedName(String schema, String table) {
        return Identifiers.doubleQuoted(schema) + "." + Identifiers.doubleQuoted(table);
    }

    @Override
    public Optional<String> dirtyReason(String revisionsSchema, String revisionsTable) throws SQLException {
        Map<String, List<String>> tables = tablesBySchema();
        if (boundSchema().isPresent()) {
            return boundSchemaDirtyReason(tables.getOrDefault(boundSchema().get(), List.of()), revisionsSchema,
                    revisionsTable);
        }
        for (Map.Entry<String, List<String>> s : tables.entrySet()) {
            String schema = s.getKey();
            List<String> found = s.getValue();
            if (found.isEmpty() && schema.equals("public")) {
                continue;
            }
            if (!schema.equals(revisionsSchema)) {
                // Atlas says only "found schema"; naming a table tells the user what is in the way.
                return Optional.of(found.isEmpty() ? "found schema \"" + schema + "\""
                        : "found table \"" + found.get(0) + "\" in schema \"" + schema + "\"");
            }
            if (found.isEmpty()) {
                continue;
            }
            if (found.size() > 1) {
                return Optional.of("found " + found.size() + " tables in schema \"" + schema + "\"");
            }
            if (!found.get(0).equals(revisionsTable)) {
                return Optional.of("found table \"" + found.get(0) + "\" in schema \"" + schema + "\"");
            }
        }
        return Optional.empty();
    }

    /** User schemas and their tables, in name order. */
    private Map<String, List<String>> tablesBySchema() throws SQLException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        String sql = "SELECT n.nspname, c.relname FROM pg_catalog.pg_namespace n"
                + " LEFT JOIN pg_catalog.pg_class c ON c.relnamespace = n.oid AND c.relkind IN ('r', 'p')"
                + " WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')"
                + " AND n.nspname NOT LIKE 'pg\\_temp\\_%' AND n.nspname NOT LIKE 'pg\\_toast\\_temp\\_%'"
                + " ORDER BY n.nspname, c.relname";
        try (PreparedStatement ps = connection.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                List<String> tables = out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>());
                if (rs.getString(2) != null) {
                    tables.add(rs.getString(2));
                }
            }
        }
        return out;
    }

    @Override
    public String errorText(SQLException e) {
        if (e instanceof PSQLException p) {
            ServerErrorMessage m = p.getServerErrorMessage();
            if (m != null && m.getMessage() != null) {
                return m.getMessage();
            }
        }
        return super.errorText(e);
    }

    @Override
    public boolean isConnectionLost(SQLException e) {
        String state = e.getSQLState();
        return super.isConnectionLost(e) || "57P01".equals(state) || "57P02".equals(state) || "57P03".equals(state);
    }
}
