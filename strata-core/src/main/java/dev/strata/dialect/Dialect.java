package dev.strata.dialect;

import dev.strata.migrate.lex.ScanOption;
import dev.strata.url.DatabaseUrl;

import java.sql.Connection;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the engine needs from one kind of database. The dialect opens {@link Session}s (the
 * connection, its transactions and errors) and hands out, for a session, one small interface per
 * capability, as Atlas's driver is made of small interfaces. Each capability is one file per
 * dialect package ({@code PostgresLocker}, {@code MySqlLocker}, {@code SqliteLocker}, ...); a new
 * capability (inspecting the schema, planning DDL) is a new interface here and a new file in each
 * dialect package, never more code in the session.
 */
public interface Dialect {

    /** The driver name reports show: {@code postgres}, {@code mysql}, {@code mariadb} or {@code sqlite3}. */
    String name();

    /** How files are split into statements for this database. */
    Set<ScanOption> scanOptions();

    /** The schema a URL binds a session to (PostgreSQL {@code search_path}, the MySQL database), if any. */
    Optional<String> boundSchema(DatabaseUrl url);

    /**
     * Connects to the database a URL names.
     *
     * @throws dev.strata.StrataException with one clear line when the connection fails
     */
    Session open(DatabaseUrl url);

    /** Wraps a connection someone else opened (a {@code DataSource}'s); closing the session closes it. */
    Session attach(Connection connection);

    /** The migration lock, on a session this dialect opened. */
    Locker locker(Session session);

    /**
     * Whether the migration lock is the server's, taken over the connection: then apply tries it
     * while the directory is still being checked. SQLite's is a file beside the database, which a
     * run refused for its directory must not create.
     */
    default boolean locksOnServer() {
        return true;
    }

    /** Whether the database holds anything but the revisions table, on a session this dialect opened. */
    CleanCheck cleanCheck(Session session);

    /** Tables, schemas and their names, on a session this dialect opened. */
    Catalog catalog(Session session);

    /** The SQL of the revisions table, on a session this dialect opened. */
    RevisionSql revisionSql(Session session);

    /** How a dev database is checked for cleanliness, marked as Strata's and emptied, on a session this dialect opened. */
    DevReset devReset(Session session);

    /**
     * Reads the database into the schema model, on a session this dialect opened.
     *
     * @throws UnsupportedOperationException until this dialect's inspector exists (being written)
     */
    default Inspector inspector(Session session) {
        throw new UnsupportedOperationException("schema inspection is not available for " + name() + " yet");
    }

    /**
     * Plans schema changes as this database's DDL, on a session this dialect opened.
     *
     * @throws UnsupportedOperationException until this dialect's planner exists (being written)
     */
    default DdlPlanner ddlPlanner(Session session) {
        throw new UnsupportedOperationException("DDL planning is not available for " + name() + " yet");
    }

    /** What the differ asks this database: type and default equality, generated names. */
    default dev.strata.schema.diff.DiffDialect diffDialect(Session session) {
        return new dev.strata.schema.diff.DiffDialect() {
        };
    }

    /** Which statements commit on their own. By default none does: DDL runs in transactions. */
    default ImplicitCommits implicitCommits() {
        return ImplicitCommits.NONE;
    }
}
