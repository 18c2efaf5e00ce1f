package dev.strata.dialect.postgres;

import dev.strata.dialect.Backoff;
import dev.strata.dialect.Fnv1;
import dev.strata.dialect.Jdbc;
import dev.strata.dialect.LockTimeoutException;
import dev.strata.dialect.Locker;
import dev.strata.dialect.MigrationLock;

import java.sql.SQLException;
import java.time.Duration;

/**
 * A session-level advisory lock on Atlas's key for the name (its 32-bit FNV-1 hash), so Atlas and
 * Strata exclude each other. Polled with back-off as Atlas does; released by
 * {@code pg_advisory_unlock}, or by the server when the session ends.
 */
record PostgresLocker(Jdbc jdbc) implements Locker {

    @Override
    public MigrationLock lock(String name, Duration timeout) throws SQLException {
        long key = Fnv1.hash32(name);
        if (Backoff.poll(timeout, 25, 1000, () -> tryLock(key) ? Boolean.TRUE : null) == null) {
            throw new LockTimeoutException(name, timeout);
        }
        return () -> {
            try {
                jdbc.queryOne("SELECT pg_advisory_unlock(?)", rs -> rs.getBoolean(1), key);
            } catch (SQLException e) {
                // The session is gone, and the lock with it.
            }
        };
    }

    private boolean tryLock(long key) throws SQLException {
        return jdbc.queryOne("SELECT pg_try_advisory_lock(?)", rs -> rs.getBoolean(1), key).orElse(false);
    }
}
