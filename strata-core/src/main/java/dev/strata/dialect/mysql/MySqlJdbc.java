package dev.strata.dialect.mysql;

import dev.strata.UsageException;
import dev.strata.dialect.UrlParameters;
import dev.strata.text.Durations;
import dev.strata.url.DatabaseUrl;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Driver;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * What MariaDB Connector/J gets for a database URL: its JDBC URL and properties. Parameters are
 * read as Atlas's driver (Go's MySQL driver) reads them: its names are translated, the connector's
 * own pass as they are (so do the few MySQL Connector/J names pasted from a {@code jdbc:mysql:} URL
 * that have a counterpart), and any other name is a session variable set at connect
 * ({@code ?sql_mode=ANSI}), which the server refuses when it has no such variable.
 * {@code mysql+unix:///path/mysqld.sock?database=app} connects through the Unix socket.
 *
 * @param url       the JDBC URL
 * @param props     the connection properties, credentials included
 * @param variables the names of the parameters sent as session variables, as given
 */
record MySqlJdbc(String url, Properties props, List<String> variables) {

    /** Go's MySQL driver parameters that have no meaning here. */
    static final Set<String> GO_ONLY = Set.of("parseTime", "loc", "charset", "collation", "multiStatements",
            "interpolateParams", "columnsWithAlias", "allowNativePasswords", "checkConnLiveness");

    /** MySQL Connector/J parameters with nothing to do here: the connector always speaks utf8mb4, Strata reads no dates. */
    static final Set<String> CONNECTOR_J_ONLY = Set.of("useUnicode", "characterEncoding", "zeroDateTimeBehavior",
            "autoReconnect", "useLegacyDatetimeCode", "verifyServerCertificate");

    /** Parameters translated below, for the suggestion when one is refused. */
    private static final Set<String> TRANSLATED = Set.of("tls", "timeout", "readTimeout", "database", "localSocket",
            "useSSL", "serverTimezone");

    static MySqlJdbc of(DatabaseUrl url, Driver driver) {
        Properties props = new Properties();
        props.setProperty("connectTimeout", "10000");
        props.setProperty("tcpKeepAlive", "true");
        boolean unix = url.scheme().endsWith("+unix");
        String socket = unix ? "/" + url.path() : null;
        String database = database(url);
        String host = url.host().isEmpty() ? "localhost" : url.host();
        int port = url.port() < 0 ? 3306 : url.port();
        String jdbc = "jdbc:mariadb://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/"
                + URLEncoder.encode(database, StandardCharsets.UTF_8);
        Set<String> driverKnows = null;
        List<String> variables = new ArrayList<>();
        StringBuilder session = new StringBuilder();
        for (Map.Entry<String, String> p : url.params().entrySet()) {
            String k = p.getKey();
            String v = p.getValue();
            switch (k) {
                case "tls" -> props.setProperty("sslMode", switch (v) {
                    case "true", "required" -> "verify-full";
                    case "skip-verify", "preferred" -> "trust";
                    default -> "disable";
                });
                case "useSSL" -> props.setProperty("sslMode", !Boolean.parseBoolean(v) ? "disable"
                        : "true".equals(url.param("verifyServerCertificate")) ? "verify-ca" : "trust");
                case "serverTimezone" -> props.setProperty("connectionTimeZone", v);
                case "timeout" -> props.setProperty("connectTimeout", millis(url, k, v));
                case "readTimeout" -> props.setProperty("socketTimeout", millis(url, k, v));
                case "localSocket" -> socket = v;
                default -> {
                    if (unix && k.equals("database")) {
                        continue; // The database of a mysql+unix URL, read above.
                    }
                    if (GO_ONLY.contains(k) || CONNECTOR_J_ONLY.contains(k)) {
                        continue;
                    }
                    if (driverKnows == null) {
                        driverKnows = UrlParameters.driverKnows(driver, jdbc);
                    }
                    if (driverKnows.contains(k)) {
                        props.setProperty(k, v);
                    } else {
                        variables.add(k);
                        session.append(session.length() == 0 ? "" : ",").append(k).append('=').append(v);
                    }
                }
            }
        }
        if (session.length() > 0) {
            String given = props.getProperty("sessionVariables", "");
            props.setProperty("sessionVariables", given.isEmpty() ? session.toString() : given + "," + session);
        }
        // A revision row and its COMMIT, or revision rows and a migration statement, go in one
        // round trip (RevisionSql.upsertAndCommit, RevisionTable.send): several statements
        // in one client-side prepared statement, whatever the URL asked (a server-side prepare takes
        // one statement, and would cost a round trip of its own). The statements of a migration
        // file are still sent one at a time, as split.
        props.setProperty("allowMultiQueries", "true");
        props.setProperty("useServerPrepStmts", "false");
        if (socket != null) {
            props.setProperty("socketFactory", MariaDbSocketFactory.class.getName());
            props.setProperty(MariaDbSocketFactory.SOCKET, socket);
        }
        if (!url.user().isEmpty()) {
            props.setProperty("user", url.user());
        }
        if (url.password() != null) {
            props.setProperty("password", url.password());
        }
        return new MySqlJdbc(jdbc, props, variables);
    }

    /** The database a URL names: its path, or for {@code mysql+unix://} (whose path is the socket) its {@code database} parameter. */
    static String database(DatabaseUrl url) {
        return url.scheme().endsWith("+unix") ? url.params().getOrDefault("database", "") : url.path();
    }

    /** The names a URL may use, for the suggestion when one is refused. */
    static Set<String> known(Driver driver, String jdbc) {
        Set<String> names = new TreeSet<>(TRANSLATED);
        names.addAll(GO_ONLY);
        names.addAll(UrlParameters.driverKnows(driver, jdbc));
        return names;
    }

    private static String millis(DatabaseUrl url, String key, String value) {
        try {
            return Long.toString(Durations.parse(value).toMillis());
        } catch (IllegalArgumentException e) {
            throw new UsageException("database URL " + url.redacted() + ": parameter " + key + ": " + e.getMessage());
        }
    }
}
