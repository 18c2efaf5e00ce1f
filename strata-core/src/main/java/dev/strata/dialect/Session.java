package dev.strata.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One connection to a database: its statements, its transactions, and what its errors mean. The
 * rest of what a dialect knows how to do on it (take the migration lock, check it is clean, read
 * its catalog, write the revisions table) are small interfaces the {@link Dialect} hands out for a
 * session, one file each per dialect.
 */
public abstract class Session implements AutoCloseable {

    protected final Connection connection;
    private final Dialect dialect;
    private final String boundSchema;
    private final Jdbc jdbc;

    /** @param boundSchema the schema the URL binds the session to, or null */
    protected Session(Dialect dialect, Connection connection, String boundSchema) {
        this.dialect = dialect;
        this.connection = connection;
        this.boundSchema = boundSchema;
        this.jdbc = new Jdbc(connection);
    }

    public final Dialect dialect() {
        return dialect;
    }

    public final Connection connection() {
        return connection;
    }

    /** Queries with bound arguments, on this session's connection. */
    public final Jdbc jdbc() {
        return jdbc;
    }

    /** The schema the URL binds the session to (PostgreSQL {@code search_path}, the MySQL database). */
    public final Optional<String> boundSchema() {
        return Optional.ofNullable(boundSchema);
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
        jdbc.execute(sql);
    }

    /**
     * Runs one statement of a migration file, handing its JDBC statement to {@code running} just
     * before, so another thread (a shutdown hook) can cancel it.
     */
    public void execute(String sql, Consumer<java.sql.Statement> running) throws SQLException {
        jdbc.execute(sql, running);
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

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // Closing a broken connection cannot fail in a way the user can act on.
        }
    }
}
