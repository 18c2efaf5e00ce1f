package dev.strata.dialect;

import dev.strata.migrate.lex.ScanOption;
import dev.strata.url.DatabaseUrl;

import java.sql.Connection;
import java.util.Optional;
import java.util.Set;

/** Everything the engine needs from one kind of database, behind one small interface. */
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
}
