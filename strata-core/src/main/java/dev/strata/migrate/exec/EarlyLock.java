package dev.strata.migrate.exec;

import dev.strata.dialect.MigrationLock;
import dev.strata.dialect.Session;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/**
 * The migration lock and the revisions rows, taken on the connection's thread while the calling
 * thread still checks the directory: on a no-op apply those round trips are most of what is left
 * after connecting. Taken only when the lock is free at once and every step succeeds; otherwise
 * nothing is held and {@link Migrator#apply} takes its usual path, with its lock-wait notice and
 * its errors. Closing releases the lock unless the apply took it over.
 */
public final class EarlyLock implements AutoCloseable {

    private final MigrationLock lock;
    private final RevisionStore table;
    private final List<Revision> rows;
    private boolean taken;

    private EarlyLock(MigrationLock lock, RevisionStore table, List<Revision> rows) {
        this.lock = lock;
        this.table = table;
        this.rows = rows;
    }

    /**
     * Tries the lock without waiting, then opens the revisions table and reads its rows; changes
     * nothing (creating or completing the table stays with the apply, after the directory check).
     *
     * @return null when the lock is held elsewhere or any step fails: the apply then repeats it and
     *         reports what it finds
     */
    public static EarlyLock tryTake(Session session, MigrateSettings settings) {
        if (!session.dialect().locksOnServer()) {
            return null;
        }
        MigrationLock lock;
        try {
            lock = session.dialect().locker(session).lock(settings.lockName(), Duration.ZERO);
        } catch (SQLException | RuntimeException e) {
            return null;
        }
        try {
            RevisionTable table = RevisionTable.open(session, settings.revisionsSchema());
            // A table missing columns fails this read; the apply adds them first, then reads.
            List<Revision> rows = table.existed() ? table.readToPlan() : List.of();
            return new EarlyLock(lock, table, rows);
        } catch (SQLException | RuntimeException e) {
            lock.close();
            return null;
        }
    }

    /** Hands the held lock over to the apply, which releases it. */
    MigrationLock take() {
        taken = true;
        return lock;
    }

    RevisionStore table() {
        return table;
    }

    /** The rows as {@link RevisionStore#readToPlan()} read them, before any {@link RevisionStore#ensure()}. */
    List<Revision> rows() {
        return rows;
    }

    @Override
    public void close() {
        if (!taken) {
            lock.close();
        }
    }
}
