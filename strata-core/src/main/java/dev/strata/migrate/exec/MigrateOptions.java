package dev.strata.migrate.exec;

import java.time.Duration;

/**
 * The migration settings one source gives (the command's flags, a project environment, a build's
 * configuration), null where it says nothing. Sources are merged field by field, the stronger
 * first: {@code flags.over(env)}; what no source gives keeps the default of
 * {@link dev.strata.Strata.Builder}. That is the one place flag, environment and default meet.
 *
 * @param revisionsSchema where the revisions table lives
 * @param baseline        the baseline version of a first run on a database that is not empty
 * @param execOrder       what to do with files added out of order
 * @param txMode          how files are wrapped in transactions
 * @param lockTimeout     how long to wait for another run's lock
 * @param ddlLockTimeout  how long a statement waits for a lock the application holds
 * @param ddlRetries      how many times a statement that gave up waiting for a lock is retried
 */
public record MigrateOptions(String revisionsSchema, String baseline, ExecOrder execOrder, TxMode txMode,
                             Duration lockTimeout, Duration ddlLockTimeout, Integer ddlRetries) {

    /** A source that says nothing. */
    public static final MigrateOptions NONE = new MigrateOptions(null, null, null, null, null, null, null);

    /** These settings, and those of {@code weaker} where these say nothing. */
    public MigrateOptions over(MigrateOptions weaker) {
        return new MigrateOptions(or(revisionsSchema, weaker.revisionsSchema), or(baseline, weaker.baseline),
                or(execOrder, weaker.execOrder), or(txMode, weaker.txMode), or(lockTimeout, weaker.lockTimeout),
                or(ddlLockTimeout, weaker.ddlLockTimeout), or(ddlRetries, weaker.ddlRetries));
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
