package dev.strata.dialect.mysql;

import dev.strata.StrataException;
import dev.strata.dialect.Catalog;
import dev.strata.dialect.CleanCheck;
import dev.strata.dialect.ConnectFailures;
import dev.strata.dialect.Dialect;
import dev.strata.dialect.ImplicitCommits;
import dev.strata.dialect.Locker;
import dev.strata.dialect.RevisionSql;
import dev.strata.dialect.Session;
import dev.strata.migrate.lex.ScanOption;
import dev.strata.text.Durations;
import dev.strata.url.DatabaseUrl;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/** MySQL and MariaDB, through MariaDB Connector/J. */
public final class MySqlDialect implements Dialect {

    private static final Set<ScanOption> SCAN = Collections.unmodifiableSet(EnumSet.of(ScanOption.BEGIN_BLOCKS,
            ScanOption.BACKSLASH_ESCAPES, ScanOption.HASH_COMMENTS, ScanOption.EXECUTABLE_COMMENTS,
            ScanOption.HINT_COMMENTS));

    /** Parameters of Go's MySQL driver that have no meaning here. */
    private static final Set<String> GO_ONLY = Set.of("parseTime", "loc", "charset", "collation",
            "multiStatements", "interpolateParams", "columnsWithAlias");

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
        return url.path().isEmpty() ? Optional.empty() : Optional.of(url.path());
    }

    @Override
    public Session open(DatabaseUrl url) {
        String host = url.host().isEmpty() ? "localhost" : url.host();
        int port = url.port() < 0 ? 3306 : url.port();
        String jdbc = "jdbc:mariadb://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/"
                + URLEncoder.encode(url.path(), StandardCharsets.UTF_8);
        Properties props = new Properties();
        props.setProperty("connectTimeout", "10000");
        props.setProperty("tcpKeepAlive", "true");
        url.params().forEach((k, v) -> {
            switch (k) {
                case "tls" -> props.setProperty("sslMode", switch (v) {
                    case "true", "required" -> "verify-full";
                    case "skip-verify", "preferred" -> "trust";
                    default -> "disable";
                });
                case "timeout" -> props.setProperty("connectTimeout", millis(url, k, v));
                case "readTimeout" -> props.setProperty("socketTimeout", millis(url, k, v));
                default -> {
                    if (!GO_ONLY.contains(k)) {
                        props.setProperty(k, v);
                    }
                }
            }
        });
        if (!url.user().isEmpty()) {
            props.setProperty("user", url.user());
        }
        if (url.password() != null) {
            props.setProperty("password", url.password());
        }
        try {
            Connection c = new org.mariadb.jdbc.Driver().connect(jdbc, props);
            if (c == null) {
                throw new StrataException("cannot connect to " + url.redacted() + ": the driver rejected the URL");
            }
            return new MySqlSession(this, c, boundSchema(url).orElse(null));
        } catch (SQLException e) {
            throw ConnectFailures.of(url, e, e.getErrorCode() == 1045 || "28000".equals(e.getSQLState()));
        }
    }

    private static String millis(DatabaseUrl url, String key, String value) {
        try {
            return Long.toString(Durations.parse(value).toMillis());
        } catch (IllegalArgumentException e) {
            throw new dev.strata.UsageException("database URL " + url.redacted() + ": parameter " + key + ": "
                    + e.getMessage());
        }
    }

    @Override
    public Session attach(Connection connection) {
        try {
            String catalog = connection.getCatalog();
            return new MySqlSession(this, connection, catalog == null || catalog.isEmpty() ? null : catalog);
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
    public Catalog catalog(Session session) {
        return new MySqlCatalog(session.jdbc());
    }

    @Override
    public RevisionSql revisionSql(Session session) {
        return new MySqlRevisionSql(session.jdbc());
    }

    @Override
    public ImplicitCommits implicitCommits() {
        return new MySqlImplicitCommits();
    }
}
