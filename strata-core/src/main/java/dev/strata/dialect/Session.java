package dev.strata.dialect;

import dev.strata.StrataException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One connection to a database, with what its dialect knows how to do on it. The engine talks to
 * the database only through this class; the SQL that differs between databases lives in the
 * subclasses of the dialect packages.
 */
public abstract class Session implements AutoCloseable {

    protected final Connection connection;
    private final Dialect dialect;
    private final String boundSchema;

    /** @param boundSchema the schema the URL binds the session to, or null */
    protected Session(Dialect dialect, Connection connection, String boundSchema) {
        this.dialect = dialect;
        this.connection = connection;
        this.boundSchema = boundSchema;
    }

    public final Dialect dialect() {
        return dialect;
    }

    public final Connection connection() {
        return connection;
    }

    /** The schema the URL binds the session to (PostgreSQL {@code search_path}, the MySQL database). */
    public final Optional<String> boundSchema() {
        return Optional.ofNullable(boundSchema);
    }

    /**
     * The clean check of a session bound to a schema: that schema may hold only the revisions table.
     *
     * @param tables the bound schema's tables, in name order
     */
    protected final Optional<String> boundSchemaDirtyReason(List<String> tables, String revisionsSchema,
                                                            String revisionsTable) {
        List<String> found = new ArrayList<>(tables);
        if (boundSchema.equals(revisionsSchema)) {
            found.remove(revisionsTable);
        }
        return found.isEmpty() ? Optional.empty()
                : Optional.of("found table \"" + found.get(0) + "\" in schema \"" + boundSchema + "\"");
    }

    /** Where the revisions table goes when neither a flag nor the URL says. */
    public String defaultRevisionsSchema() {
        return "atlas_schema_revisions";
    }

    /** Rejects a revisions schema the database cannot hold (SQLite has only {@code main}). */
    public void checkRevisionsSchema(String schema) {
    }

    /**
     * Takes the named migration lock, waiting up to the timeout.
     *
     * @throws LockTimeoutException when another session holds it past the timeout
     */
    public abstract MigrationLock lock(String name, Duration timeout) throws SQLException;

    /** The SQL of the revisions table. */
    public abstract RevisionSql revisionSql();

    /** Whether a table exists. */
    public abstract boolean tableExists(String schema, String table) throws SQLException;

    /**
     * The schema unqualified table names resolve to: where other migration tools keep their history
     * table by default (the first schema of the PostgreSQL search path, the MySQL database).
     *
     * @throws StrataException when the session has none (a MySQL URL without a database)
     */
    public abstract String currentSchema() throws SQLException;

    /** A table name qualified with its schema and quoted for this database. */
    public abstract String qualifiedName(String schema, String table);

    /**
     * Why the database is not clean for a first run, or empty when it is: it may hold only the
     * revisions table.
     */
    public abstract Optional<String> dirtyReason(String revisionsSchema, String revisionsTable) throws SQLException;

    /** Whether DDL runs inside transactions (PostgreSQL, SQLite), so a failed file leaves nothing behind. */
    public boolean transactionalDdl() {
        return true;
    }

    /**
     * Whether a statement commits on its own even inside a transaction (MySQL DDL). Such a statement
     * is bracketed by progress records so a crash can leave at most it in doubt.
     */
    public boolean commitsImplicitly(String statement) {
        return false;
    }

    /**
     * Whether the database commits the open transaction before it starts the statement (MySQL DDL),
     * so a record written just before the statement is durable once the statement runs, without a
     * commit of its own. A statement that fails before it starts (a syntax error) commits nothing.
     */
    public boolean commitsBefore(String statement) {
        return false;
    }

    /**
     * Sets how long the migration's statements wait for a lock the application holds, so a DDL
     * statement stuck behind a long transaction gives up instead of queueing every other query
     * behind it. Null restores the session's default.
     */
    public abstract void setLockWait(Duration timeout) throws SQLException;

    /** Whether an error means a statement gave up waiting for a lock (see {@link #setLockWait}). */
    public abstract boolean isLockWaitTimeout(SQLException e);

    /** Runs one statement of a migration file as plain text. */
    public void execute(String sql) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.setEscapeProcessing(false);
            st.execute(sql);
        }
    }

    /** Starts a transaction, unless one is open: a file after a file does not pay a round trip for it. */
    public void begin() throws SQLException {
        if (connection.getAutoCommit()) {
            connection.setAutoCommit(false);
        }
    }

    /** Leaves transactions, if in one: each statement that follows commits on its own. */
    public void autocommit() throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.setAutoCommit(true);
        }
    }

    public void commit() throws SQLException {
        connection.commit();
        connection.setAutoCommit(true);
    }

    /** Commits what the transaction holds so far and keeps going in a new one. */
    public void commitAndContinue() throws SQLException {
        connection.commit();
    }

    /** Rolls back, ignoring failures of a connection that is already gone. */
    public void rollbackQuietly() {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            // The transaction is gone with the connection; there is nothing left to undo.
        }
    }

    /** The database's own text for an error, as reports show it. */
    public String errorText(SQLException e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.strip();
    }

    /** Whether an error means the connection is gone (killed, network cut). */
    public boolean isConnectionLost(SQLException e) {
        String state = e.getSQLState();
        return state != null && state.startsWith("08");
    }

    /** A query returning one string column, or empty. */
    protected Optional<String> queryString(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** A query returning one string column, all its rows. */
    protected List<String> queryStrings(String sql, Object... args) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // Closing a broken connection cannot fail in a way the user can act on.
        }
    }

    /** Wraps a failure to talk to the database in a one-line error. */
    protected static StrataException failure(String what, SQLException e) {
        return new StrataException(what + ": " + (e.getMessage() == null ? e : e.getMessage().strip()), e);
    }
}
