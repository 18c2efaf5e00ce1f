package dev.strata;

import dev.strata.dialect.Dialect;
import dev.strata.dialect.Dialects;
import dev.strata.dialect.Session;
import dev.strata.url.DatabaseUrl;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A connection started before the {@link Strata} that will use it is built: the command line starts
 * one as soon as it has read {@code --url}, since on a no-op apply the connection, not the directory,
 * is what the run waits for, and opening the directory, resolving the target and building the
 * {@code Strata} took 20-30 ms of a cold start. The first operation on a database of the same URL
 * takes it over ({@link Strata.Builder#connectAhead}). Only connecting runs ahead: nothing is sent
 * that the operation would not send, and a failure to connect is reported where it was, after the
 * directory check. {@link #close()} closes a connection no operation took.
 */
public final class ConnectAhead implements AutoCloseable {

    private final String raw;
    /** The connection while no operation has taken it; null once taken or closed. */
    private final AtomicReference<CompletableFuture<Session>> session;

    private ConnectAhead(String raw, CompletableFuture<Session> session) {
        this.raw = raw;
        this.session = new AtomicReference<>(session);
    }

    /**
     * Starts connecting to a PostgreSQL or MySQL/MariaDB URL on a daemon thread. For another URL
     * (opening SQLite creates its file) or one that does not parse (the command reports it in its
     * turn) nothing is started and no operation will take anything.
     */
    public static ConnectAhead start(String raw) {
        if (raw == null) {
            return new ConnectAhead(null, null);
        }
        DatabaseUrl url;
        Dialect dialect;
        try {
            url = DatabaseUrl.parse(raw);
            dialect = Dialects.forUrl(url);
        } catch (RuntimeException e) {
            return new ConnectAhead(raw, null);
        }
        if (!dialect.locksOnServer()) {
            return new ConnectAhead(raw, null);
        }
        CompletableFuture<Session> session = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                session.complete(dialect.open(url));
            } catch (RuntimeException | Error e) {
                session.completeExceptionally(e);
            }
        }, "strata-connect");
        t.setDaemon(true);
        t.start();
        return new ConnectAhead(raw, session);
    }

    /** The connection started for this URL, taken over by the caller (once); null when none is. */
    CompletableFuture<Session> take(DatabaseUrl url) {
        return url.raw().equals(raw) ? session.getAndSet(null) : null;
    }

    /** Closes the connection, once open, when no operation took it. */
    @Override
    public void close() {
        CompletableFuture<Session> left = session.getAndSet(null);
        if (left != null) {
            left.thenAccept(Session::close);
        }
    }
}
