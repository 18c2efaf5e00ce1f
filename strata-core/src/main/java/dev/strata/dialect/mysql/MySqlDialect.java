package dev.strata.dialect.mysql;

import dev.strata.StrataException;
import dev.strata.dialect.Catalog;
import dev.strata.dialect.CleanCheck;
import dev.strata.dialect.ConnectFailures;
import dev.strata.dialect.DevReset;
import dev.strata.dialect.Dialect;
import dev.strata.dialect.ImplicitCommits;
import dev.strata.dialect.JdbcDrivers;
import dev.strata.dialect.Locker;
import dev.strata.dialect.RevisionSql;
import dev.strata.dialect.Session;
import dev.strata.dialect.UrlParameters;
import dev.strata.migrate.lex.ScanOption;
import dev.strata.text.Durations;
import dev.strata.url.DatabaseUrl;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** MySQL and MariaDB, through MariaDB Connector/J. */
public final class MySqlDialect implements Dialect {

    private static final Set<ScanOption> SCAN = Collections.unmodifiableSet(EnumSet.of(ScanOption.BEGIN_BLOCKS,
            ScanOption.BACKSLASH_ESCAPES, ScanOption.HASH_COMMENTS, ScanOption.EXECUTABLE_COMMENTS,
            ScanOption.HINT_COMMENTS));

    /** The server's error for a session variable it does not have. */
    private static final int UNKNOWN_SYSTEM_VARIABLE = 1193;

    private final String name;

    /** @param name {@code mysql} or {@code mariadb}, as reports name the driver */
    public MySqlDialect(String name) {
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Set<ScanOption> scanOptions() {
        return SCAN;
    }

    @Override
    public Optional<String> boundSchema(DatabaseUrl url) {
        String database = MySqlJdbc.database(url);
        return database.isEmpty() ? Optional.empty() : Optional.of(database);
    }

    @Override
    public Session open(DatabaseUrl url) {
        Driver driver = JdbcDrivers.load("org.mariadb.jdbc.Driver", "MySQL/MariaDB",
                "org.mariadb.jdbc:mariadb-java-client (Strata talks to MySQL and MariaDB through it)");
        MySqlJdbc jdbc = MySqlJdbc.of(url, driver);
        try {
            Connection c = driver.connect(jdbc.url(), jdbc.props());
            if (c == null) {
                throw new StrataException("cannot connect to " + url.redacted() + ": the driver rejected the URL");
            }
            return new MySqlSession(this, c, boundSchema(url).orElse(null), true);
        } catch (SQLException e) {
            String refused = UrlParameters.refused(e, UNKNOWN_SYSTEM_VARIABLE, jdbc.variables(), '\'');
            if (refused != null) {
                throw UrlParameters.unknown(url, refused, MySqlJdbc.known(driver, jdbc.url()),
                        "Atlas's URLs, the MariaDB JDBC driver, or a system variable of the server");
            }
            throw ConnectFailures.of(url, e, e.getErrorCode() == 1045 || "28000".equals(e.getSQLState()));
        }
    }

    @Override
    public Session attach(Connection connection) {
        try {
            String catalog = connection.getCatalog();
            return new MySqlSession(this, connection, catalog == null || catalog.isEmpty() ? null : catalog, false);
        } catch (SQLException e) {
            throw new StrataException("reading the connection's settings: " + e.getMessage(), e);
        }
    }

    @Override
    public Locker locker(Session session) {
        return new MySqlLocker(session.jdbc());
    }

    @Override
    public CleanCheck cleanCheck(Session session) {
        return new MySqlCleanCheck(session.jdbc(), session.boundSchema());
    }

    @Override
    public DevReset devReset(Session session) {
        return new MySqlDevReset(session);
    }

    @Override
    public Catalog catalog(Session session) {
        return new MySqlCatalog(session.jdbc());
    }

    @Override
    public RevisionSql revisionSql(Session session) {
        return new MySqlRevisionSql(session.jdbc(), session instanceof MySqlSession m && m.multiStatements());
    }

    @Override
    public dev.strata.dialect.Inspector inspector(Session session) {
        return new MySqlInspector(session.jdbc(), session.boundSchema().orElse(null));
    }

    @Override
    public dev.strata.dialect.DdlPlanner ddlPlanner(Session session) {
        return new MySqlDdl(isMaria(session), schema -> schemaDefaults(session, schema));
    }

    @Override
    public dev.strata.schema.diff.DiffDialect diffDialect(Session session) {
        return new MySqlDiff();
    }

    /**
     * The charset and collation of a schema of the connected server, else of the session's bound
     * schema (a plan written unqualified runs there), else the server's.
     */
    private static String[] schemaDefaults(Session session, String schema) {
        if (session == null) {
            return null;
        }
        try {
            for (String s : new String[] {schema, session.boundSchema().orElse(null)}) {
                if (s == null) {
                    continue;
                }
                var row = session.jdbc().queryOne("SELECT DEFAULT_CHARACTER_SET_NAME, DEFAULT_COLLATION_NAME"
                        + " FROM INFORMATION_SCHEMA.SCHEMATA WHERE SCHEMA_NAME = ?", rs -> new String[] {
                        rs.getString(1), rs.getString(2)}, s);
                if (row.isPresent()) {
                    return row.get();
                }
            }
            return session.jdbc().queryOne("SELECT @@character_set_server, @@collation_server",
                    rs -> new String[] {rs.getString(1), rs.getString(2)}).orElse(null);
        } catch (SQLException e) {
            return null;
        }
    }

    /** Whether the server is MariaDB; a session that cannot tell is taken for MariaDB, the server tests run on. */
    private static boolean isMaria(Session session) {
        try {
            return session == null || session.connection().getMetaData().getDatabaseProductVersion()
                    .toLowerCase(java.util.Locale.ROOT).contains("mariadb");
        } catch (SQLException e) {
            return true;
        }
    }

    @Override
    public ImplicitCommits implicitCommits() {
        return new MySqlImplicitCommits();
    }
}
