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

    /** Whether the database holds anything but the revisions table, on a session this dialect opened. */
    CleanCheck cleanCheck(Session session);

    /** Tables, schemas and their names, on a session this dialect opened. */
    Catalog catalog(Session session);

    /** The SQL of the revisions table, on a session this dialect opened. */
    RevisionSql revisionSql(Session session);

    /** Which statements commit on their own. By default none does: DDL runs in transactions. */
    default ImplicitCommits implicitCommits() {
        return ImplicitCommits.NONE;
    }
}
