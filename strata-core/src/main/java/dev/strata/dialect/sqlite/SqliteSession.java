package dev.strata.dialect.sqlite;

import dev.strata.dialect.Dialect;
import dev.strata.dialect.Session;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/**
 * An sqlite-jdbc connection. Foreign keys are switched off for a transaction, as Atlas does, so
 * table rebuilds work; the commit then refuses violations the migration introduced.
 */
final class SqliteSession extends Session {

    /** The database file, or null for an in-memory database. */
    private final Path file;
    /** Foreign key violations present before the transaction, when the pragma was switched off for it. */
    private List<String> violationsBefore;

    SqliteSession(Dialect dialect, Connection connection, Path file) {
        super(dialect, connection, SqliteCatalog.MAIN);
        this.file = file;
    }

    /** The database file, or null for an in-memory database. */
    Path file() {
        return file;
    }

    /** SQLite's busy timeout: how long to wait for another connection's write lock. */
    @Override
    public void setLockWait(Duration timeout) throws SQLException {
        execute("PRAGMA busy_timeout = " + (timeout == null ? 10_000 : Math.max(1, timeout.toMillis())));
    }

    /** SQLITE_BUSY and SQLITE_LOCKED. */
    @Override
    public boolean isLockWaitTimeout(SQLException e) {
        return e.getErrorCode() == 5 || e.getErrorCode() == 6;
    }

    /** The database's own words, as Atlas shows them: {@code near "x": syntax error}. */
    @Override
    public String errorText(SQLException e) {
        String m = super.errorText(e);
        if (m.startsWith("[SQLITE_") && m.endsWith(")")) {
            int open = m.indexOf(" (");
            if (open > 0) {
                return m.substring(open + 2, m.length() - 1);
            }
        }
        return m;
    }

    @Override
    public void begin() throws SQLException {
        if (jdbc().queryOne("PRAGMA foreign_keys", rs -> rs.getString(1)).map("1"::equals).orElse(false)) {
            execute("PRAGMA foreign_keys = off");
            violationsBefore = violations();
        }
        super.begin();
    }

    @Override
    public void commit() throws SQLException {
        if (violationsBefore != null) {
            List<String> now = violations();
            now.removeAll(violationsBefore);
            if (!now.isEmpty()) {
                throw new SQLException("foreign key mismatch: " + now);
            }
        }
        super.commit();
        restoreForeignKeys();
    }

    @Override
    public void rollbackQuietly() {
        super.rollbackQuietly();
        try {
            restoreForeignKeys();
        } catch (SQLException e) {
            // The connection is gone; the pragma went with it.
        }
    }

    private void restoreForeignKeys() throws SQLException {
        if (violationsBefore != null) {
            violationsBefore = null;
            execute("PRAGMA foreign_keys = on");
        }
    }

    private List<String> violations() throws SQLException {
        return jdbc().query("PRAGMA foreign_key_check", rs -> "table " + rs.getString(1) + " row " + rs.getString(2)
                + " references " + rs.getString(3));
    }
}
