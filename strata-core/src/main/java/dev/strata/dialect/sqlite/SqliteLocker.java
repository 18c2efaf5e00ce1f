package dev.strata.dialect.sqlite;

import dev.strata.StrataException;
import dev.strata.dialect.Backoff;
import dev.strata.dialect.LockTimeoutException;
import dev.strata.dialect.Locker;
import dev.strata.dialect.MigrationLock;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.time.Duration;

/**
 * An operating-system lock on a file beside the database ({@code <db>.lock}). The kernel drops it
 * when the process dies, so a killed run never leaves a stale lock (Atlas's timed lock file in the
 * temp directory can expire while a run is still going). An in-memory database is private to its
 * process and needs none.
 *
 * @param file the database file, or null for an in-memory database
 */
record SqliteLocker(Path file) implements Locker {

    @Override
    public MigrationLock lock(String name, Duration timeout) throws SQLException {
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
        FileLock lock;
        try {
            lock = Backoff.poll(timeout, 10, 250, () -> tryLock(channel));
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new LockTimeoutException(name + "\" on \"" + lockFile, timeout);
        }
        return () -> {
            try {
                lock.release();
                channel.close();
            } catch (IOException e) {
                // Closing the channel releases the lock in any case.
            }
        };
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
}
