package dev.strata;

import dev.strata.dialect.Dialect;
import dev.strata.dialect.Dialects;
import dev.strata.dialect.Session;
import dev.strata.migrate.MigrationDir;
import dev.strata.migrate.exec.CheckedDir;
import dev.strata.migrate.exec.EarlyLock;
import dev.strata.url.DatabaseUrl;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiFunction;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * The database an operation of {@link Strata} runs on: a URL, or a {@link DataSource}. Each
 * operation opens one session and closes it.
 *
 * @param url        the database URL, or null
 * @param dataSource the DataSource, when there is no URL
 * @param ahead      a connection started before, which the first operation on the URL takes over, or null
 */
record Database(DatabaseUrl url, DataSource dataSource, ConnectAhead ahead) {

    /**
     * Checks the directory, opens a session and runs the operation. A directory error is reported
     * before a connection error, as if the two ran in turn; with a URL they run side by side, since
     * on a cold JVM each costs tens of milliseconds of a release command's start-up. A DataSource is
     * asked on the calling thread: some bind connections to the thread's transaction.
     */
    <T> T withSession(MigrationDir dir, BiFunction<Session, CheckedDir, T> operation) {
        return withSession(dir, session -> null, (session, checked, early) -> operation.apply(session, checked));
    }

    /**
     * As {@link #withSession(MigrationDir, BiFunction)}; with a URL, {@code early} runs on the
     * connection's thread right after connecting, still side by side with the directory check, and
     * what it holds is released when the directory is refused or the operation ends.
     *
     * @param early takes what the operation would take first, or returns null; it must not throw
     */
    <T> T withSession(MigrationDir dir, Function<Session, EarlyLock> early, Operation<T> operation) {
        CompletableFuture<Opened> opening = url == null ? null : opening(early);
        CheckedDir checked;
        try {
            checked = CheckedDir.of(dir);
        } catch (RuntimeException | Error e) {
            if (opening != null) {
                opening.thenAccept(Opened::close);
            }
            throw e;
        }
        try (Opened opened = opening == null ? new Opened(open(), null) : opened(opening)) {
            return operation.apply(opened.session(), checked, opened.early());
        }
    }

    /** The session, opened on a thread of its own (or taken from {@link ConnectAhead}), then {@code early}. */
    private CompletableFuture<Opened> opening(Function<Session, EarlyLock> early) {
        CompletableFuture<Session> started = ahead == null ? null : ahead.take(url);
        if (started != null) {
            return started.thenApplyAsync(session -> new Opened(session, early.apply(session)), Database::startDaemon);
        }
        return CompletableFuture.supplyAsync(() -> {
            Session session = open();
            return new Opened(session, early.apply(session));
        }, Database::startDaemon);
    }

    /** An operation on a session, the checked directory and what was taken early (or null). */
    @FunctionalInterface
    interface Operation<T> {
        T apply(Session session, CheckedDir checked, EarlyLock early);
    }

    /** A session and what was taken on it early; closing releases that, then closes the session. */
    private record Opened(Session session, EarlyLock early) implements AutoCloseable {
        @Override
        public void close() {
            try (Session s = session) {
                if (early != null) {
                    early.close();
                }
            }
        }
    }

    private static void startDaemon(Runnable task) {
        Thread t = new Thread(task, "strata-connect");
        t.setDaemon(true);
        t.start();
    }

    private static Opened opened(CompletableFuture<Opened> opening) {
        try {
            return opening.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    Session open() {
        if (url != null) {
            return Dialects.forUrl(url).open(url);
        }
        if (dataSource == null) {
            throw new UsageException("no database: set a URL or a DataSource");
        }
        Connection c;
        try {
            c = dataSource.getConnection();
        } catch (SQLException e) {
            throw new StrataException("cannot get a connection from the DataSource: " + e.getMessage(), e);
        }
        try {
            Dialect dialect = Dialects.forConnection(c);
            return dialect.attach(c);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // The failure that brought us here is the one to report.
        }
    }
}
