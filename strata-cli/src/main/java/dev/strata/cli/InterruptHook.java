package dev.strata.cli;

import dev.strata.migrate.exec.Interruption;

import java.util.List;

/**
 * What SIGTERM (a cancelled or timed-out deploy) and SIGINT (Ctrl-C) do to {@code migrate apply}: a
 * shutdown hook interrupts the run (cancelling its statement, rolling back, recording what is
 * committed, releasing the lock), waits for it, and prints one line per run on stderr. The JVM then
 * exits with 128 + the signal's number (130, 143). A second signal exits at once.
 */
final class InterruptHook implements AutoCloseable {

    private final Thread thread;

    private InterruptHook(Interruption interruption, Terminal term) {
        this.thread = new Thread(() -> {
            SecondSignal.haltOnNext();
            interruption.interrupt();
            List<String> lines = interruption.await();
            if (lines.isEmpty()) {
                term.notice("interrupted: no migration file was running");
            }
            lines.forEach(term::notice);
        }, "strata-interrupt");
    }

    /** Installs the hook for the duration of a run. */
    static InterruptHook install(Interruption interruption, Terminal term) {
        InterruptHook hook = new InterruptHook(interruption, term);
        Runtime.getRuntime().addShutdownHook(hook.thread);
        return hook;
    }

    /** Removes the hook: the run is over, so a later signal has nothing to stop. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(thread);
        } catch (IllegalStateException e) {
            // The JVM is shutting down: the hook is running and will finish.
        }
    }
}
