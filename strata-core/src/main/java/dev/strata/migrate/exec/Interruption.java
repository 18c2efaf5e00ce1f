package dev.strata.migrate.exec;

import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Stops running {@code apply}s from another thread: what the command line's shutdown hook calls on
 * SIGTERM or SIGINT, or an application on its own shutdown. Give the same instance to
 * {@link dev.strata.Strata.Builder#interruption} and keep it to call {@link #interrupt()}.
 *
 * <p>A statement whose outcome a cancel leaves certain is cancelled ({@link Statement#cancel()}):
 * PostgreSQL and SQLite statements, MySQL DML, all of which the database rolls back. A MySQL DDL
 * statement commits on its own and a cancel could leave it half-known, so it is left to finish
 * (up to {@link #ddlWait()}) and recorded. The run then stops at the next statement boundary,
 * rolls back what its transaction holds, records what is committed, and releases the lock.
 */
public final class Interruption {

    /** How long a DDL statement that commits on its own is given to finish: under Kubernetes' 30 s grace. */
    public static final Duration DEFAULT_DDL_WAIT = Duration.ofSeconds(25);
    /** How often a cancel is sent again while a run runs: one sent just before a statement starts is lost. */
    private static final long RECANCEL_MILLIS = 500;

    private final Duration ddlWait;
    private final Set<Run> runs = ConcurrentHashMap.newKeySet();
    private volatile boolean requested;

    public Interruption() {
        this(DEFAULT_DDL_WAIT);
    }

    /** @param ddlWait how long an in-flight DDL statement that commits on its own is given to finish */
    public Interruption(Duration ddlWait) {
        this.ddlWait = Objects.requireNonNull(ddlWait);
    }

    public Duration ddlWait() {
        return ddlWait;
    }

    /** Whether {@link #interrupt()} was called. */
    public boolean requested() {
        return requested;
    }

    /** Asks every run to stop, cancelling the statements that can be cancelled safely; returns at once. */
    public void interrupt() {
        requested = true;
        runs.forEach(Run::cancel);
    }

    /**
     * Waits until every run that was executing files has stopped, at most {@link #ddlWait()} (a cancelled
     * statement stops at once; a MySQL DDL statement finishes first).
     *
     * @return one line per run saying what became of it, {@code interrupted: version 3 rolled back};
     *         empty when no run was executing
     */
    public List<String> await() {
        long deadline = System.nanoTime() + ddlWait.toNanos();
        List<String> lines = new ArrayList<>();
        for (Run r : List.copyOf(runs)) {
            lines.add(r.await(deadline));
        }
        return lines;
    }

    Run start() {
        Run r = new Run(this);
        runs.add(r);
        return r;
    }

    /** One apply, from taking the lock to releasing it. */
    static final class Run {
        private final Interruption owner;
        private final CountDownLatch ended = new CountDownLatch(1);
        private volatile Statement statement;
        private volatile boolean letFinish;
        private volatile String doing = "";
        private volatile String outcome;

        private Run(Interruption owner) {
            this.owner = owner;
        }

        boolean requested() {
            return owner.requested;
        }

        /** What the run is doing, for a run that does not stop in time: {@code version 3, statement 2 (line 4)}. */
        void doing(String what) {
            doing = what;
        }

        /**
         * Called with the JDBC statement just before it runs.
         *
         * @param letFinish whether the statement commits on its own, so a cancel would leave its outcome unknown
         */
        void running(Statement st, boolean letFinish) {
            this.letFinish = letFinish;
            this.statement = st;
            if (requested()) {
                cancel(); // The hook may have looked before the statement was set.
            }
        }

        void idle() {
            statement = null;
        }

        private void cancel() {
            Statement st = statement;
            if (st == null || letFinish) {
                return;
            }
            try {
                st.cancel();
            } catch (SQLException | RuntimeException e) {
                // The statement ended meanwhile, or the connection is gone: either way it no longer runs.
            }
        }

        /** The run stopped; {@code line} says how it left the database. */
        void end(String line) {
            outcome = line;
            owner.runs.remove(this);
            ended.countDown();
        }

        private String await(long deadline) {
            try {
                while (true) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0 || ended.await(Math.min(left, TimeUnit.MILLISECONDS.toNanos(RECANCEL_MILLIS)),
                            TimeUnit.NANOSECONDS)) {
                        break;
                    }
                    cancel();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            String line = outcome;
            if (line != null) {
                return line;
            }
            return "interrupted: " + doing + " still running after " + owner.ddlWait.toSeconds() + "s; "
                    + (letFinish ? "left in doubt: check the database, then run 'strata migrate set --in-doubt"
                    + " done' or '--in-doubt not-done'" : "exiting without waiting for it");
        }
    }
}
