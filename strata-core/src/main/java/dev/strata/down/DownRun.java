package dev.strata.down;

import dev.strata.StrataException;
import dev.strata.dialect.DdlStatement;
import dev.strata.dialect.MigrationLock;
import dev.strata.dialect.Session;
import dev.strata.migrate.exec.MigrateSettings;
import dev.strata.migrate.exec.Revision;
import dev.strata.migrate.exec.RevisionTable;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/**
 * Applies a {@link DownPlan} under the migration lock {@code migrate apply} takes.
 *
 * <p>Where DDL is transactional (PostgreSQL, SQLite), the data-loss counts, the statements and the
 * removal of the undone revisions run in one transaction: all of it or none. On MySQL and MariaDB each
 * DDL statement commits on its own, so before each one the newest undone revision records, committed,
 * that it is about to run ({@link Revision#IN_DOUBT}, as {@code migrate apply} records its
 * statements): a run killed mid-statement leaves that record, {@code migrate apply} refuses to run
 * over it, and running the same down again finishes the job (the plan is computed from the database
 * as it is then).
 */
public final class DownRun {

    /**
     * @param allowDataLoss   run even when a statement would lose rows
     * @param force           run even when an undone file changed data only
     * @param revisionsSchema the schema of the revisions table, or null for the default
     * @param lockTimeout     how long to wait for another run's lock; null for Atlas's 10 seconds
     */
    public record Options(boolean allowDataLoss, boolean force, String revisionsSchema, Duration lockTimeout) {
    }

    /**
     * What ran.
     *
     * @param statements how many statements ran
     * @param took       how long the statements and the revision removal took
     */
    public record Result(int statements, Duration took) {
    }

    private DownRun() {
    }

    /**
     * Refuses what the options do not allow, then applies.
     *
     * @throws StrataException when a file is data-only, data would be lost, the database moved on
     *                         since the plan, or a statement fails (naming it)
     */
    public static Result apply(Session live, DownPlan plan, Options options) {
        refuseIrreversible(plan, options);
        refuseDataLoss(plan.dataAtStake(), options);
        if (plan.isEmpty()) {
            return new Result(0, Duration.ZERO);
        }
        long start = System.nanoTime();
        Duration wait = options.lockTimeout() == null ? MigrateSettings.DEFAULT_LOCK_TIMEOUT : options.lockTimeout();
        try (MigrationLock lock = live.dialect().locker(live).lock(MigrateSettings.ATLAS_LOCK, wait)) {
            RevisionTable table = RevisionTable.open(live, options.revisionsSchema());
            List<Revision> rows = table.read();
            String now = rows.isEmpty() ? "" : rows.get(rows.size() - 1).version();
            if (!now.equals(plan.current())) {
                throw new StrataException("migrate down: the database moved from version " + plan.current()
                        + " to " + now + " since the plan was made; plan again");
            }
            int ran = plan.statements().transactional() ? inTransaction(live, table, plan, options)
                    : statementByStatement(live, table, plan, options);
            return new Result(ran, Duration.ofNanos(System.nanoTime() - start));
        } catch (SQLException e) {
            throw new StrataException("migrate down: " + live.errorText(e), e);
        }
    }

    /** Fails when an undone file changed data only and {@code --force} is not given. */
    public static void refuseIrreversible(DownPlan plan, Options options) {
        if (!plan.dataOnly().isEmpty() && !options.force()) {
            throw new StrataException("migrate down: " + String.join(", ", plan.dataOnly())
                    + (plan.dataOnly().size() == 1 ? " changes" : " change") + " data only, which is not reversible"
                    + " by schema (pass --force to revert the rest, or write a migration that restores the data)");
        }
    }

    private static void refuseDataLoss(List<DataLoss> atStake, Options options) {
        if (!atStake.isEmpty() && !options.allowDataLoss()) {
            throw new StrataException("migrate down: reverting would lose data: " + String.join("; ",
                    atStake.stream().map(DataLoss::describe).toList()) + " (pass --allow-data-loss to revert anyway)");
        }
    }

    private static int inTransaction(Session live, RevisionTable table, DownPlan plan, Options options)
            throws SQLException {
        live.begin();
        DdlStatement current = null;
        try {
            // Counted again inside the transaction: rows written since the plan count too.
            refuseDataLoss(recount(live, plan), options);
            int ran = 0;
            for (DdlStatement s : plan.statements().statements()) {
                current = s;
                live.execute(s.sql());
                ran++;
            }
            for (Revision r : plan.undone()) {
                table.delete(r.version());
            }
            live.commit();
            return ran;
        } catch (SQLException e) {
            live.rollbackQuietly();
            throw new StrataException(failure(plan, current) + live.errorText(e)
                    + " (rolled back: nothing was changed)", e);
        } catch (RuntimeException e) {
            live.rollbackQuietly();
            throw e;
        }
    }

    private static int statementByStatement(Session live, RevisionTable table, DownPlan plan, Options options)
            throws SQLException {
        live.autocommit();
        refuseDataLoss(recount(live, plan), options);
        Revision newest = plan.undone().get(plan.undone().size() - 1);
        List<DdlStatement> statements = plan.statements().statements();
        int ran = 0;
        for (DdlStatement s : statements) {
            String step = "to version " + (plan.target().isEmpty() ? "none" : plan.target()) + ", statement "
                    + (ran + 1) + " of " + statements.size();
            table.write(note(newest, Revision.DOWN_IN_DOUBT + step, s.sql()));
            try {
                live.execute(s.sql());
            } catch (SQLException e) {
                table.write(note(newest, Revision.DOWN_STOPPED + step + " failed: " + live.errorText(e), s.sql()));
                throw new StrataException(failure(plan, s) + live.errorText(e) + " (" + ran + " of "
                        + statements.size() + " statements had run; run migrate down again once it is fixed)", e);
            }
            ran++;
        }
        for (Revision r : plan.undone()) {
            table.delete(r.version());
        }
        return ran;
    }

    private static List<DataLoss> recount(Session live, DownPlan plan) {
        return plan.checks().stream().map(c -> c.count(live)).filter(l -> l.rows() > 0).toList();
    }

    private static String failure(DownPlan plan, DdlStatement s) {
        String what = s == null || s.comment() == null || s.comment().isEmpty() ? "" : s.comment() + ": ";
        return "migrate down to version " + (plan.target().isEmpty() ? "none" : plan.target()) + ": " + what;
    }

    private static Revision note(Revision r, String error, String statement) {
        return new Revision(r.version(), r.description(), r.type(), r.applied(), r.total(), r.executedAt(),
                r.executionTime(), error, statement, r.hash(), r.partialHashes(), r.operatorVersion());
    }
}
