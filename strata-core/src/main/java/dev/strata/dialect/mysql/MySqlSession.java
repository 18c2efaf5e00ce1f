package dev.strata.dialect.mysql;

import dev.strata.dialect.Dialect;
import dev.strata.dialect.Session;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/** A MariaDB Connector/J connection to MySQL or MariaDB: its lock waits and what its errors say. */
final class MySqlSession extends Session {

    private final boolean multiStatements;

    /**
     * @param multiStatements whether the connection runs several statements sent as one
     *                        ({@code allowMultiQueries}, which Strata sets on the connections it opens;
     *                        a DataSource's connection is taken as it comes, without it)
     */
    MySqlSession(Dialect dialect, Connection connection, String boundSchema, boolean multiStatements) {
        super(dialect, connection, boundSchema);
        this.multiStatements = multiStatements;
    }

    boolean multiStatements() {
        return multiStatements;
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
