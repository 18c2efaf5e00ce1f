package dev.strata.dialect.sqlite;

import dev.strata.StrataException;
import dev.strata.UsageException;
import dev.strata.dialect.Dialect;
import dev.strata.dialect.Identifiers;
import dev.strata.dialect.LockTimeoutException;
import dev.strata.dialect.MigrationLock;
import dev.strata.dialect.RevisionSql;
import dev.strata.dialect.Session;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

final class SqliteSession extends Session {

    private static final String MAIN = "main";

    /** The database file, or null for an in-memory database. */
    private final Path file;
    /** Foreign key violations present before the transaction, when the pragma was switched off for it. */
    private List<String> violationsBefore;

    SqliteSession(Dialect dialect, Connection connection, Path file) {
        super(dialect, connection, MAIN);
        this.file = file;
    }



    @Override
    public String defaultRevisionsSchema() {
        return MAIN;
    }

    @Override
    public void checkRevisionsSchema(String schema) {
        if (!MAIN.equals(schema)) {
            throw new UsageException("cannot store revisions-table in a separate schema (\"" + schema
                    + "\") with SQLite driver");
        }
    }

    /**
     * An operating-system lock on a file beside the database ({@code <db>.lock}). The kernel drops it
     * when the process dies, so a killed run never leaves a stale lock. An in-memory database is
     * private to its process and needs none.
     */
    @Override
    public MigrationLock lock(String name, Duration timeout) {
        if (file == null) {
            return () -> { };
        }
        Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
        FileChannel channel;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new StrataException("acquiring database lock: cannot open " + lockFile + ": " + e.getMessage(), e);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        long backoff = 10;
        for (;;) {
            FileLock lock = tryLock(channel);
            if (lock != null) {
                return () -> {
                    try {
                        lock.release();
                        channel.close();
                    } catch (IOException e) {
                        // Closing the channel releases the lock in any case.
                    }
                };
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                closeQuietly(channel);
                throw new LockTimeoutException(name + "\" on \"" + lockFile, timeout);
            }
            try {
                Thread.sleep(Math.min(backoff, Math.max(1, left / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                closeQuietly(channel);
                throw new LockTimeoutException(name, timeout);
            }
            backoff = Math.min(backoff * 2, 250);
        }
    }

    private static FileLock tryLock(FileChannel channel) {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // Held by another session of this process.
        } catch (IOException e) {
            throw new StrataException("acquiring database lock: " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // Nothing to release.
        }
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

    @Override
    public RevisionSql revisionSql() {
        return new SqliteRevisionSql(connection);
    }

    @Override
    public boolean tableExists(String schema, String table) throws SQLException {
        return queryString("SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?", table).isPresent();
    }

    @Override
    public String currentSchema() {
        return MAIN;
    }

    @Override
    public String qualifiedName(String schema, String table) {
        return Identifiers.doubleQuoted(schema) + "." + Identifiers.doubleQuoted(table);
    }

    @Override
    public Optional<String> dirtyReason(String revisionsSchema, String revisionsTable) throws SQLException {
        List<String> tables = queryStrings("SELECT name FROM sqlite_master WHERE type = 'table'"
                + " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name <> ? ORDER BY name", revisionsTable);
        if (tables.size() > 1) {
            return Optional.of("found multiple tables: " + tables.size());
        }
        return tables.isEmpty() ? Optional.empty() : Optional.of("found table \"" + tables.get(0) + "\"");
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

    /**
     * Foreign keys are switched off for the transaction, as Atlas does, so table rebuilds work;
     * the commit then refuses violations the migration introduced.
     */
    @Override
    public void begin() throws SQLException {
        if (queryString("PRAGMA foreign_keys").map("1"::equals).orElse(false)) {
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
        List<String> out = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA foreign_key_check")) {
            while (rs.next()) {
                out.add("table " + rs.getString(1) + " row " + rs.getString(2) + " references " + rs.getString(3));
            }
        }
        return out;
    }
}
