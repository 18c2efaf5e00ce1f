package dev.strata;

import dev.strata.dialect.Dialect;
import dev.strata.dialect.Dialects;
import dev.strata.dialect.Session;
import dev.strata.url.DatabaseUrl;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A connection the command line starts opening as soon as it has read {@code --url}, before it opens
 * the directory, resolves the target and builds the {@link Strata} that will use it: on a no-op apply
 * the connection, not the directory, is what the run waits for, and those steps took 20-30 ms of a
 * cold start. The first operation on a database of the same URL takes it over ({@link Database});
 * nothing else sees it. Only connecting runs ahead, nothing is sent that the operation would not
 * send: the lock and the revisions read wait for the directory's operation as before, and a failure
 * to connect is reported where it was, after the directory check. One command line at a time
 * ({@link #discard()} ends it); a library's operations never start one.
 */
public final class ConnectAhead {

    private static final AtomicReference<Ahead> AHEAD = new AtomicReference<>();

    private record Ahead(String raw, CompletableFuture<Session> session) {
    }

    private ConnectAhead() {
    }

    /**
     * Starts connecting to a PostgreSQL or MySQL/MariaDB URL on a daemon thread; does nothing for
     * another URL (opening SQLite creates its file), for one that does not parse (the command reports
     * it in its turn) or when a connection was started already.
     */
    public static void start(String raw) {
        if (raw == null || AHEAD.get() != null) {
            return;
        }
        DatabaseUrl url;
        Dialect dialect;
        try {
            url = DatabaseUrl.parse(raw);
            dialect = Dialects.forUrl(url);
        } catch (RuntimeException e) {
            return;
        }
        if (!dialect.locksOnServer()) {
            return;
        }
        CompletableFuture<Session> session = new CompletableFuture<>();
        if (!AHEAD.compareAndSet(null, new Ahead(raw, session))) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                session.complete(dialect.open(url));
            } catch (RuntimeException | Error e) {
                session.completeExceptionally(e);
            }
        }, "strata-connect");
        t.setDaemon(true);
        t.start();
    }

    /**
     * Ends the command line that started a connection: one not taken over (the command stopped before
     * its operation) is closed once open, and the next command line may start its own (tests run one
     * after another in a process).
     */
    public static void discard() {
        Ahead ahead = AHEAD.getAndSet(null);
        if (ahead != null && ahead.session() != null) {
            ahead.session().thenAccept(Session::close);
        }
    }

    /** The connection started for this URL, taken over by the caller; null when none was. */
    static CompletableFuture<Session> take(DatabaseUrl url) {
        Ahead ahead = AHEAD.get();
        if (ahead == null || ahead.session() == null || !ahead.raw().equals(url.raw())) {
            return null;
        }
        // Taken once: later operations of the process open their own.
        return AHEAD.compareAndSet(ahead, new Ahead(ahead.raw(), null)) ? ahead.session() : null;
    }
}
