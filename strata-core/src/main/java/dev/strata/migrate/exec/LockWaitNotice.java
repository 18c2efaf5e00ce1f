package dev.strata.migrate.exec;

import dev.strata.text.Durations;

import java.time.Duration;

/**
 * Says on the listener, once a second has passed, that the run is waiting for another session's
 * migration lock: without it a second deploy sits silent for up to {@code --lock-timeout}.
 */
final class LockWaitNotice implements AutoCloseable {

    private static final long AFTER_MILLIS = 1000;

    private final Thread timer;
    private volatile boolean done;

    LockWaitNotice(MigrationListener listener, Duration timeout) {
        timer = new Thread(() -> {
            try {
                Thread.sleep(AFTER_MILLIS);
            } catch (InterruptedException e) {
                return; // The lock came first.
            }
            if (!done) {
                listener.on(new ApplyEvent.Notice("waiting for the migration lock held by another session (up to "
                        + Durations.format(timeout) + ", --lock-timeout)..."));
            }
        }, "strata-lock-wait");
        timer.setDaemon(true);
        if (timeout.toMillis() > AFTER_MILLIS) {
            timer.start();
        }
    }

    @Override
    public void close() {
        done = true;
        timer.interrupt();
    }
}
