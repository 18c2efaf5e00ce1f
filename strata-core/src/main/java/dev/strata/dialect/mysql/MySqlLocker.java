package dev.strata.dialect.mysql;

import dev.strata.dialect.Jdbc;
import dev.strata.dialect.LockTimeoutException;
import dev.strata.dialect.Locker;
import dev.strata.dialect.MigrationLock;
import dev.strata.migrate.Sha256;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HexFormat;

/**
 * {@code GET_LOCK}: a server-wide named lock, released with the session; the server does the
 * waiting. MySQL limits the name to 64 characters; a longer one (a tenant's lock) is replaced by a
 * digest of it.
 */
record MySqlLocker(Jdbc jdbc) implements Locker {

    @Override
    public MigrationLock lock(String lockName, Duration timeout) throws SQLException {
        String name = lockName.length() <= 64 ? lockName : "strata_" + sha256Hex(lockName).substring(0, 40);
        int got = jdbc.queryOne("SELECT GET_LOCK(?, ?)", rs -> rs.getInt(1), name, Math.max(0, timeout.toSeconds()))
                .orElse(0);
        if (got != 1) {
            throw new LockTimeoutException(name, timeout);
        }
        return () -> {
            try {
                jdbc.queryOne("SELECT RELEASE_LOCK(?)", rs -> rs.getInt(1), name);
            } catch (SQLException e) {
                // The session is gone, and the lock with it.
            }
        };
    }

    private static String sha256Hex(String s) {
        Sha256 digest = new Sha256();
        digest.update(s.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest());
    }
}
