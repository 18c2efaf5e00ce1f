package dev.strata.migrate.exec;

import java.time.Duration;

/**
 * How a run behaves: the flags of {@code migrate apply}, {@code status} and {@code set}.
 *
 * @param revisionsSchema where the revisions table lives, or null for the default
 * @param execOrder       what to do with files added out of order
 * @param txMode          how files are wrapped in transactions
 * @param baseline        the baseline version for a first run on a database that is not empty, or null
 * @param allowDirty      whether a first run may start on a database that is not empty
 * @param lockTimeout     how long to wait for another run's lock
 * @param dryRun          print what would run, change nothing
 * @param lockName        the name of the migration lock; Atlas's unless locks are per tenant
 * @param operator        what the revisions rows name as their writer
 * @param ddlLockTimeout  how long a migration statement waits for a lock the application holds, or
 *                        null to leave the database's default
 * @param ddlRetries      how many times a statement that gave up waiting for a lock is retried
 * @param verifyApplied   whether {@code apply} first checks that no applied file was edited since it
 *                        ran, and refuses to run if one was
 */
public record MigrateSettings(String revisionsSchema, ExecOrder execOrder, TxMode txMode, String baseline,
                              boolean allowDirty, Duration lockTimeout, boolean dryRun, String lockName,
                              String operator, Duration ddlLockTimeout, int ddlRetries, boolean verifyApplied) {

    /** Atlas's lock name for {@code migrate apply}: Strata and Atlas exclude each other. */
    public static final String ATLAS_LOCK = "atlas_migrate_execute";
    /** Atlas's default lock timeout. */
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(10);

    public MigrateSettings {
        execOrder = execOrder == null ? ExecOrder.LINEAR : execOrder;
        txMode = txMode == null ? TxMode.FILE : txMode;
        lockTimeout = lockTimeout == null ? DEFAULT_LOCK_TIMEOUT : lockTimeout;
        lockName = lockName == null ? ATLAS_LOCK : lockName;
        baseline = baseline == null || baseline.isEmpty() ? null : baseline;
        revisionsSchema = revisionsSchema == null || revisionsSchema.isEmpty() ? null : revisionsSchema;
        operator = operator == null ? "Strata" : operator;
        if (ddlRetries < 0) {
            throw new dev.strata.UsageException("--ddl-retries cannot be negative: " + ddlRetries);
        }
        if (baseline != null && allowDirty) {
            throw new dev.strata.UsageException("baseline and allow-dirty are mutually exclusive");
        }
    }

    /** Settings that do not verify applied files. */
    public MigrateSettings(String revisionsSchema, ExecOrder execOrder, TxMode txMode, String baseline,
                           boolean allowDirty, Duration lockTimeout, boolean dryRun, String lockName,
                           String operator, Duration ddlLockTimeout, int ddlRetries) {
        this(revisionsSchema, execOrder, txMode, baseline, allowDirty, lockTimeout, dryRun, lockName, operator,
                ddlLockTimeout, ddlRetries, false);
    }

    /** The defaults: linear order, a transaction per file, Atlas's lock and a 10 second timeout. */
    public static MigrateSettings defaults(String operator) {
        return new MigrateSettings(null, null, null, null, false, null, false, null, operator, null, 0);
    }
}
