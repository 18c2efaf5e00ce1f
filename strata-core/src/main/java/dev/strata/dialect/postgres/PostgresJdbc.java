package dev.strata.dialect.postgres;

import dev.strata.UsageException;
import dev.strata.dialect.UrlParameters;
import dev.strata.url.DatabaseUrl;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Driver;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * What pgjdbc gets for a database URL: its JDBC URL and properties. Parameters are read as Atlas's
 * driver (lib/pq) reads them: libpq's names are renamed to pgjdbc's, a {@code host} that is a
 * directory is the server's Unix socket, and a name that is neither libpq's nor pgjdbc's is a
 * run-time setting sent at start-up ({@code ?statement_timeout=5s}), which the server refuses when
 * it has no such setting. pgjdbc's own names (from a {@code jdbc:postgresql:} URL) pass as they are.
 *
 * @param url       the JDBC URL
 * @param props     the connection properties, credentials included
 * @param settings  the names of the parameters sent as run-time settings, as given
 */
record PostgresJdbc(String url, Properties props, List<String> settings) {

    /** libpq's parameter names that pgjdbc spells differently. */
    static final Map<String, String> RENAMED = Map.of(
            "search_path", "currentSchema",
            "application_name", "ApplicationName",
            "fallback_application_name", "ApplicationName",
            "connect_timeout", "connectTimeout",
            "gssencmode", "gssEncMode",
            "channel_binding", "channelBinding",
            "krbsrvname", "kerberosServerName",
            "load_balance_hosts", "loadBalanceHosts");

    /** libpq's parameters pgjdbc has no counterpart for: refused by name rather than sent to the server. */
    private static final Set<String> LIBPQ_ONLY = Set.of("hostaddr", "passfile", "target_session_attrs",
            "keepalives", "keepalives_idle", "keepalives_interval", "keepalives_count", "tcp_user_timeout",
            "sslcompression", "sslsni", "sslcrl", "sslcrldir", "ssl_min_protocol_version", "ssl_max_protocol_version",
            "requirepeer", "require_auth");

    /** libpq's names for where to connect, read here rather than passed on. */
    private static final Set<String> ADDRESS = Set.of("host", "port", "dbname");

    static PostgresJdbc of(DatabaseUrl url, Driver driver) {
        Map<String, String> params = new LinkedHashMap<>(url.params());
        String host = params.containsKey("host") ? params.get("host") : url.host();
        int port = params.containsKey("port") ? port(url, params.get("port")) : url.port() < 0 ? 5432 : url.port();
        String database = params.containsKey("dbname") ? params.get("dbname") : url.path();
        Properties props = new Properties();
        props.setProperty("ApplicationName", "strata");
        // Atlas needs PostgreSQL 10 too; saying so lets pgjdbc skip a round trip at connect.
        props.setProperty("assumeMinServerVersion", "10");
        props.setProperty("connectTimeout", "10");
        props.setProperty("tcpKeepAlive", "true");
        if (host.startsWith("/")) {
            // A socket directory, as libpq takes it: never TCP to localhost in its place.
            props.setProperty("socketFactory", PostgresSocketFactory.class.getName());
            props.setProperty("socketFactoryArg", host + "/.s.PGSQL." + port);
            host = "localhost";
        } else if (host.isEmpty()) {
            host = "localhost";
        }
        String jdbc = "jdbc:postgresql://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/"
                + URLEncoder.encode(database, StandardCharsets.UTF_8);
        Set<String> driverKnows = null;
        List<String> settings = new ArrayList<>();
        StringBuilder options = new StringBuilder();
        for (Map.Entry<String, String> p : params.entrySet()) {
            String name = p.getKey();
            if (ADDRESS.contains(name)) {
                continue;
            }
            if (RENAMED.containsKey(name)) {
                props.setProperty(RENAMED.get(name), p.getValue());
                continue;
            }
            if (LIBPQ_ONLY.contains(name)) {
                throw new UsageException("database URL " + url.redacted() + ": libpq's parameter \"" + name
                        + "\" has no counterpart in the PostgreSQL JDBC driver Strata connects with");
            }
            if (driverKnows == null) {
                driverKnows = UrlParameters.driverKnows(driver, jdbc);
            }
            if (driverKnows.contains(name)) {
                props.setProperty(name, p.getValue());
            } else {
                settings.add(name);
                options.append(" -c ").append(escape(name)).append('=').append(escape(p.getValue()));
            }
        }
        if (options.length() > 0) {
            props.setProperty("options", (props.getProperty("options", "") + options).strip());
        }
        if (!url.user().isEmpty()) {
            props.setProperty("user", url.user());
        }
        if (url.password() != null) {
            props.setProperty("password", url.password());
        }
        return new PostgresJdbc(jdbc, props, settings);
    }

    /** The names a URL may use, for the suggestion when one is refused. */
    static Set<String> known(Driver driver, String jdbc) {
        Set<String> names = new TreeSet<>(RENAMED.keySet());
        names.addAll(ADDRESS);
        names.addAll(UrlParameters.driverKnows(driver, jdbc));
        return names;
    }

    private static int port(DatabaseUrl url, String value) {
        try {
            int port = Integer.parseInt(value);
            if (port > 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // Reported below.
        }
        throw new UsageException("database URL " + url.redacted() + ": invalid port \"" + value + "\"");
    }

    /** The server splits {@code options} at white space; a backslash keeps one. */
    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace(" ", "\\ ");
    }
}
