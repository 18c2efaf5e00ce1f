package dev.strata.devdb;

import dev.strata.StrataException;
import dev.strata.dialect.DevReset;
import dev.strata.dialect.Dialects;
import dev.strata.dialect.Session;
import dev.strata.url.DatabaseUrl;

import java.sql.SQLException;
import java.util.Optional;

/**
 * The dev database of {@code --dev-url}: an empty scratch database on which Strata replays SQL and
 * normalises a desired schema, then empties again. Used as
 *
 * <pre>{@code
 * try (DevDatabase dev = DevDatabase.open(DatabaseUrl.parse("embedded://postgres/15"))) {
 *     dev.session().execute("CREATE TABLE t (id int)");   // replay, then inspect dev.session()
 *     dev.reset();                                          // empty again for the next state
 * }                                                         // emptied; an embedded server stops
 * }</pre>
 *
 * <p>Opening refuses a database that holds objects ({@link NotCleanException}), unless it carries
 * Strata's mark (see {@link DevReset}): then they are what an interrupted run left, and are dropped.
 * A clean database is marked. An {@code embedded://} URL starts a server of its own first
 * ({@link EmbeddedDatabase}).
 */
public final class DevDatabase implements AutoCloseable {

    private final EmbeddedDatabase server;
    private final DatabaseUrl url;
    private final Session session;
    private final DevReset reset;

    private DevDatabase(EmbeddedDatabase server, DatabaseUrl url, Session session, DevReset reset) {
        this.server = server;
        this.url = url;
        this.session = session;
        this.reset = reset;
    }

    /**
     * Opens the dev database a URL names: a scratch database or schema of a running server, an
     * SQLite file or {@code sqlite://dev?mode=memory}, or {@code embedded://postgres[/VERSION]}.
     *
     * @throws NotCleanException when it holds objects that are not Strata's
     * @throws StrataException   when it cannot be reached or emptied
     */
    public static DevDatabase open(DatabaseUrl url) {
        EmbeddedDatabase server = url.scheme().equals(EmbeddedSpec.SCHEME) ? EmbeddedDatabase.start(url) : null;
        DatabaseUrl target = server == null ? url : server.url();
        Session session = null;
        try {
            session = Dialects.forUrl(target).open(target);
            DevReset reset = session.dialect().devReset(session);
            claim(url, reset);
            return new DevDatabase(server, target, session, reset);
        } catch (SQLException e) {
            closeAll(session, server);
            throw new StrataException("dev database " + url.redacted() + ": " + e.getMessage().strip(), e);
        } catch (RuntimeException | Error e) {
            closeAll(session, server);
            throw e;
        }
    }

    private static void claim(DatabaseUrl url, DevReset reset) throws SQLException {
        Optional<String> found = reset.firstObject();
        if (found.isPresent()) {
            if (!reset.isMarked()) {
                throw new NotCleanException(url.redacted(), found.get());
            }
            reset.empty();
        }
        reset.mark();
    }

    /** The URL the session is connected to: the given one, or the embedded server's. */
    public DatabaseUrl url() {
        return url;
    }

    /** The open session on the dev database; closed by {@link #close()}. */
    public Session session() {
        return session;
    }

    /** Empties the dev database (its bound schema, or all of it) for the next use. */
    public void reset() {
        try {
            session.rollbackQuietly();
            reset.empty();
        } catch (SQLException e) {
            throw new StrataException("emptying dev database " + url.redacted() + ": " + e.getMessage().strip(), e);
        }
    }

    /** Empties the dev database, closes the session and stops an embedded server. */
    @Override
    public void close() {
        try {
            if (server == null) {
                reset();
            }
        } finally {
            closeAll(session, server);
        }
    }

    private static void closeAll(Session session, EmbeddedDatabase server) {
        try {
            if (session != null) {
                session.close();
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }
}
