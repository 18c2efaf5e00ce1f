package dev.strata.dialect.mysql;

import dev.strata.StrataException;
import dev.strata.dialect.Dialect;
import dev.strata.dialect.Identifiers;
import dev.strata.dialect.LockTimeoutException;
import dev.strata.dialect.MigrationLock;
import dev.strata.dialect.RevisionSql;
import dev.strata.dialect.Session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

final class MySqlSession extends Session {

    /** Statements that commit the open transaction before they start (unless they are TEMPORARY). */
    private static final Set<String> COMMIT_BEFORE = Set.of("CREATE", "ALTER", "DROP", "RENAME", "TRUNCATE");
    /** Statements that run inside a transaction; anything else may commit implicitly. */
    private static final Set<String> TRANSACTIONAL = Set.of("INSERT", "UPDATE", "DELETE", "REPLACE", "SELECT",
            "WITH", "VALUES", "DO");
    private static final Set<String> SYSTEM_SCHEMAS = Set.of("mysql", "information_schema", "performance_schema",
            "sys");


    MySqlSession(Dialect dialect, Connection connection, String boundSchema) {
        super(dialect, connection, boundSchema);
    }



    /**
     * {@code GET_LOCK}: a server-wide named lock, released with the session. MySQL limits the name to
     * 64 characters; a longer one (a tenant's lock) is replaced by a digest of it.
     */
    @Override
    public MigrationLock lock(String lockName, Duration timeout) throws SQLException {
        String name = lockName.length() <= 64 ? lockName : "strata_" + sha256Hex(lockName).substring(0, 40);
        try (PreparedStatement ps = connection.prepareStatement("SELECT GET_LOCK(?, ?)")) {
            ps.setString(1, name);
            ps.setLong(2, Math.max(0, timeout.toSeconds()));
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || rs.getInt(1) != 1) {
                    throw new LockTimeoutException(name, timeout);
                }
            }
        }
        return () -> {
            try (PreparedStatement ps = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
                ps.setString(1, name);
                ps.execute();
            } catch (SQLException e) {
                // The session is gone, and the lock with it.
            }
        };
    }

    private static String sha256Hex(String s) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            StringBuilder b = new StringBuilder();
            for (byte x : d) {
                b.append(String.format("%02x", x));
            }
            return b.toString();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * Both waits: {@code lock_wait_timeout} for metadata locks (DDL) and
     * {@code innodb_lock_wait_timeout} for row locks. Both count whole seconds, so a shorter
     * timeout is rounded up to one second.
     */
    @Override
    public void setLockWait(Duration timeout) throws SQLException {
        if (timeout == null) {
            execute("SET SESSION lock_wait_timeout = DEFAULT, innodb_lock_wait_timeout = DEFAULT");
            return;
        }
        long seconds = Math.max(1, (timeout.toMillis() + 999) / 1000);
        execute("SET SESSION lock_wait_timeout = " + seconds + ", innodb_lock_wait_timeout = " + seconds);
    }

    /** ER_LOCK_WAIT_TIMEOUT, for metadata and row locks alike. */
    @Override
    public boolean isLockWaitTimeout(SQLException e) {
        return e.getErrorCode() == 1205;
    }

    @Override
    public RevisionSql revisionSql() {
        return new MySqlRevisionSql(connection);
    }

    @Override
    public boolean tableExists(String schema, String table) throws SQLException {
        return queryString("SELECT table_name FROM information_schema.tables WHERE table_schema = ? AND table_name = ?",
                schema, table).isPresent();
    }

    @Override
    public String currentSchema() throws SQLException {
        return queryString("SELECT DATABASE()").orElseThrow(() -> new StrataException(
                "the database URL names no database (mysql://user@host:3306/DATABASE)"));
    }

    @Override
    public String qualifiedName(String schema, String table) {
        return Identifiers.backticked(schema) + "." + Identifiers.backticked(table);
    }

    @Override
    public Optional<String> dirtyReason(String revisionsSchema, String revisionsTable) throws SQLException {
        if (boundSchema().isPresent()) {
            // Only the bound schema's tables: across every schema, information_schema costs MariaDB tens of ms.
            return boundSchemaDirtyReason(tablesOf(boundSchema().get()), revisionsSchema, revisionsTable);
        }
        Map<String, List<String>> tables = tablesBySchema();
        if (tables.size() > 1) {
            return Optional.of("found multiple schemas: " + tables.size());
        }
        for (Map.Entry<String, List<String>> s : tables.entrySet()) {
            if (!s.getKey().equals(revisionsSchema)) {
                return Optional.of("found schema \"" + s.getKey() + "\"");
            }
            List<String> found = new ArrayList<>(s.getValue());
            found.remove(revisionsTable);
            if (found.size() > 1) {
                return Optional.of("found multiple tables: " + found.size());
            }
            if (found.size() == 1) {
                return Optional.of("found table \"" + found.get(0) + "\"");
            }
        }
        return Optional.empty();
    }

    /** The base tables of one schema, in name order. */
    private List<String> tablesOf(String schema) throws SQLException {
        return queryStrings("SELECT table_name FROM information_schema.tables"
                + " WHERE table_schema = ? AND table_type = 'BASE TABLE' ORDER BY table_name", schema);
    }

    private Map<String, List<String>> tablesBySchema() throws SQLException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        String sql = "SELECT s.schema_name, t.table_name FROM information_schema.schemata s"
                + " LEFT JOIN information_schema.tables t ON t.table_schema = s.schema_name"
                + " AND t.table_type = 'BASE TABLE' ORDER BY s.schema_name, t.table_name";
        try (PreparedStatement ps = connection.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (SYSTEM_SCHEMAS.contains(rs.getString(1).toLowerCase(Locale.ROOT))) {
                    continue;
                }
                List<String> list = out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>());
                if (rs.getString(2) != null) {
                    list.add(rs.getString(2));
                }
            }
        }
        return out;
    }

    @Override
    public boolean transactionalDdl() {
        return false;
    }

    @Override
    public boolean commitsImplicitly(String statement) {
        String first = word(statement, wordStart(statement, 0));
        return first == null || !TRANSACTIONAL.contains(first);
    }

    @Override
    public boolean commitsBefore(String statement) {
        int start = wordStart(statement, 0);
        String first = word(statement, start);
        if (first == null || !COMMIT_BEFORE.contains(first)) {
            return false;
        }
        return !"TEMPORARY".equals(word(statement, wordStart(statement, start + first.length())));
    }

    /**
     * Where the next word starts, or -1 when something other than white space comes first (a
     * comment, a parenthesis: callers then assume the worst).
     */
    private static int wordStart(String statement, int from) {
        int i = from;
        while (i < statement.length() && !Character.isLetter(statement.charAt(i))) {
            if (!Character.isWhitespace(statement.charAt(i))) {
                return -1;
            }
            i++;
        }
        return i;
    }

    /** The word at {@code start}, upper-cased; null for -1. */
    private static String word(String statement, int start) {
        if (start < 0) {
            return null;
        }
        int end = start;
        while (end < statement.length() && Character.isLetter(statement.charAt(end))) {
            end++;
        }
        return statement.substring(start, end).toUpperCase(Locale.ROOT);
    }

    /** As the Go driver Atlas uses prints it: {@code Error 1064 (42000): You have an error ...}. */
    @Override
    public String errorText(SQLException e) {
        String m = e.getMessage() == null ? "" : e.getMessage().strip();
        if (m.startsWith("(conn=")) {
            int close = m.indexOf(") ");
            if (close > 0) {
                m = m.substring(close + 2);
            }
        }
        if (e.getErrorCode() > 0) {
            return "Error " + e.getErrorCode() + " (" + e.getSQLState() + "): " + m;
        }
        return m;
    }

    @Override
    public boolean isConnectionLost(SQLException e) {
        int code = e.getErrorCode();
        return super.isConnectionLost(e) || code == 1927 || code == 2006 || code == 2013 || code == 1053;
    }
}
