package dev.strata.dialect;

import java.sql.SQLException;
import java.time.Duration;

/** Takes a named migration lock (Atlas's {@code Locker}). */
@FunctionalInterface
public interface Locker {

    /**
     * Takes the named migration lock, waiting up to the timeout. The lock dies with the session
     * when the process does.
     *
     * @throws LockTimeoutException when another session holds it past the timeout
     */
    MigrationLock lock(String name, Duration timeout) throws SQLException;
}
