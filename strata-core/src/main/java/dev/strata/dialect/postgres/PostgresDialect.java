package dev.strata.dialect.postgres;

import dev.strata.StrataException;
import dev.strata.dialect.Catalog;
import dev.strata.dialect.CleanCheck;
import dev.strata.dialect.ConnectFailures;
import dev.strata.dialect.Dialect;
import dev.strata.dialect.Locker;
import dev.strata.dialect.RevisionSql;
import dev.strata.dialect.Session;
import dev.strata.migrate.lex.ScanOption;
import dev.strata.url.DatabaseUrl;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/** PostgreSQL 10 and newer, through pgjdbc. */
public final class PostgresDialect implements Dialect {

    private static final Set<ScanOption> SCAN = Collections.unmodifiableSet(EnumSet.of(ScanOption.BEGIN_BLOCKS,
            ScanOption.BEGIN_ATOMIC, ScanOption.DOLLAR_QUOTES, ScanOption.ESCAPE_STRINGS, ScanOption.HINT_COMMENTS));

    /** libpq's parameter names that pgjdbc spells differently. */
    private static final Map<String, String> RENAMED = Map.of(
            "search_path", "currentSchema",
            "application_name", "ApplicationName",
            "connect_timeout", "connectTimeout");

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
        return Optional.ofNullable(boundSchema(url.param("search_path")));
    }

    @Override
    public Session open(DatabaseUrl url) {
        String host = url.host().isEmpty() ? "localhost" : url.host();
        int port = url.port() < 0 ? 5432 : url.port();
        String jdbc = "jdbc:postgresql://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/"
                + URLEncoder.encode(url.path(), StandardCharsets.UTF_8);
        Properties props = new Properties();
        props.setProperty("ApplicationName", "strata");
        // Atlas needs PostgreSQL 10 too; saying so lets pgjdbc skip a round trip at connect.
        props.setProperty("assumeMinServerVersion", "10");
        props.setProperty("connectTimeout", "10");
        props.setProperty("tcpKeepAlive", "true");
        url.params().forEach((k, v) -> props.setProperty(RENAMED.getOrDefault(k, k), v));
        if (!url.user().isEmpty()) {
            props.setProperty("user", url.user());
        }
        if (url.password() != null) {
            props.setProperty("password", url.password());
        }
        try {
            Connection c = new org.postgresql.Driver().connect(jdbc, props);
            if (c == null) {
                throw new StrataException("cannot connect to " + url.redacted() + ": the driver rejected the URL");
            }
            return new PostgresSession(this, c, boundSchema(url.param("search_path")));
        } catch (SQLException e) {
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
    public Catalog catalog(Session session) {
        return new PostgresCatalog(session.jdbc());
    }

    @Override
    public RevisionSql revisionSql(Session session) {
        return new PostgresRevisionSql(session.jdbc());
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
