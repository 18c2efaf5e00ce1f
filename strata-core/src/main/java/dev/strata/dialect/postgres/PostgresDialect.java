package dev.strata.dialect.postgres;

import dev.strata.StrataException;
import dev.strata.dialect.Catalog;
import dev.strata.dialect.CleanCheck;
import dev.strata.dialect.ConnectFailures;
import dev.strata.dialect.DevReset;
import dev.strata.dialect.Dialect;
import dev.strata.dialect.JdbcDrivers;
import dev.strata.dialect.Locker;
import dev.strata.dialect.RevisionSql;
import dev.strata.dialect.Session;
import dev.strata.dialect.UrlParameters;
import dev.strata.migrate.lex.ScanOption;
import dev.strata.url.DatabaseUrl;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** PostgreSQL 10 and newer, through pgjdbc. */
public final class PostgresDialect implements Dialect {

    private static final Set<ScanOption> SCAN = Collections.unmodifiableSet(EnumSet.of(ScanOption.BEGIN_BLOCKS,
            ScanOption.BEGIN_ATOMIC, ScanOption.DOLLAR_QUOTES, ScanOption.ESCAPE_STRINGS, ScanOption.HINT_COMMENTS));

    /** The server's SQL state for a run-time setting it does not have (unrecognized configuration parameter). */
    private static final String UNDEFINED_OBJECT = "42704";

    @Override
    public String name() {
        return "postgres";
    }

    @Override
    public Set<ScanOption> scanOptions() {
        return SCAN;
    }

    @Override
    public Optional<String> boundSchema(DatabaseUrl url) {
        return Optional.ofNullable(boundSchema(searchPath(url)));
    }

    /** Atlas's {@code search_path}, or pgjdbc's {@code currentSchema} in a JDBC URL. */
    private static String searchPath(DatabaseUrl url) {
        String atlas = url.param("search_path");
        return atlas != null ? atlas : url.param("currentSchema");
    }

    @Override
    public Session open(DatabaseUrl url) {
        Driver driver = JdbcDrivers.load("org.postgresql.Driver", "PostgreSQL", "org.postgresql:postgresql");
        PostgresJdbc jdbc = PostgresJdbc.of(url, driver);
        try {
            Connection c = driver.connect(jdbc.url(), jdbc.props());
            if (c == null) {
                throw new StrataException("cannot connect to " + url.redacted() + ": the driver rejected the URL");
            }
            return new PostgresSession(this, c, boundSchema(searchPath(url)));
        } catch (SQLException e) {
            String refused = UrlParameters.refused(e, UNDEFINED_OBJECT, jdbc.settings(), '"');
            if (refused != null) {
                throw UrlParameters.unknown(url, refused, PostgresJdbc.known(driver, jdbc.url()),
                        "libpq, the PostgreSQL JDBC driver, or a setting of the server");
            }
            String state = e.getSQLState();
            throw ConnectFailures.of(url, e, "28P01".equals(state) || "28000".equals(state));
        }
    }

    @Override
    public Session attach(Connection connection) {
        try {
            String jdbc = connection.getMetaData().getURL();
            return new PostgresSession(this, connection, boundSchema(jdbcParam(jdbc, "currentSchema")));
        } catch (SQLException e) {
            throw new StrataException("reading the connection's settings: " + e.getMessage(), e);
        }
    }

    @Override
    public Locker locker(Session session) {
        return new PostgresLocker(session.jdbc());
    }

    @Override
    public CleanCheck cleanCheck(Session session) {
        return new PostgresCleanCheck(session.jdbc(), session.boundSchema());
    }

    @Override
    public DevReset devReset(Session session) {
        return new PostgresDevReset(session);
    }

    @Override
    public Catalog catalog(Session session) {
        return new PostgresCatalog(session.jdbc());
    }

    @Override
    public RevisionSql revisionSql(Session session) {
        return new PostgresRevisionSql(session.jdbc());
    }

    @Override
    public dev.strata.dialect.Inspector inspector(Session session) {
        return new PostgresInspector(session);
    }

    @Override
    public dev.strata.dialect.DdlPlanner ddlPlanner(Session session) {
        return new PostgresDdl();
    }

    @Override
    public dev.strata.schema.diff.DiffDialect diffDialect(Session session) {
        return new PostgresDiff(session);
    }

    private static String boundSchema(String searchPath) {
        if (searchPath == null || searchPath.isBlank()) {
            return null;
        }
        int comma = searchPath.indexOf(',');
        return (comma < 0 ? searchPath : searchPath.substring(0, comma)).strip();
    }

    private static String jdbcParam(String jdbcUrl, String name) {
        if (jdbcUrl == null || jdbcUrl.indexOf('?') < 0) {
            return null;
        }
        for (String pair : jdbcUrl.substring(jdbcUrl.indexOf('?') + 1).split("&")) {
            if (pair.startsWith(name + "=")) {
                return java.net.URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
