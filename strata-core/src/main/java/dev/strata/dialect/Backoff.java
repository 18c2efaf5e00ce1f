package dev.strata.dialect;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Polls for a lock that has no blocking wait with a timeout (a PostgreSQL advisory lock, a file
 * lock): tries, then pauses, each pause longer than the last and a little random, so racing
 * deployers do not retry in step, until the lock is had or the timeout has passed.
 */
public final class Backoff {

    /** One try: the lock, or null when another session holds it. */
    @FunctionalInterface
    public interface Attempt<T> {
        T attempt() throws SQLException;
    }

    private Backoff() {
    }

    /**
     * @param firstPauseMillis the first pause; each next one doubles, up to {@code maxPauseMillis}
     * @return the first answer that is not null, or null when the timeout passed first or the thread
     *         was interrupted (its interrupt flag then stays set)
     */
    public static <T> T poll(Duration timeout, long firstPauseMillis, long maxPauseMillis, Attempt<T> attempt)
            throws SQLException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long pause = firstPauseMillis;
        for (;;) {
            T got = attempt.attempt();
            if (got != null) {
                return got;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            long jittered = pause + ThreadLocalRandom.current().nextLong(pause / 2 + 1);
            try {
                Thread.sleep(Math.min(jittered, Math.max(1, left / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
            pause = Math.min(pause * 2, maxPauseMillis);
        }
    }
}
