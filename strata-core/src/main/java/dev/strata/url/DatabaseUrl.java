package dev.strata.url;

import dev.strata.UsageException;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A database URL as Atlas accepts them: {@code postgres://user:pass@host:5432/db?sslmode=disable},
 * {@code mysql://root@localhost:3306/app}, {@code sqlite://file.db}. Parsed by hand, because
 * passwords often hold characters {@link java.net.URI} rejects, and because a parse error must never
 * echo the password.
 *
 * @param raw      the URL as given (never printed: see {@link #redacted()})
 * @param scheme   the scheme, lower-cased
 * @param user     the decoded user name, or empty
 * @param password the decoded password, or null when none was given
 * @param host     the host, or empty
 * @param port     the port, or -1
 * @param path     the decoded path without its leading {@code /} (the database, or the SQLite file)
 * @param params   the decoded query parameters, in order
 */
public record DatabaseUrl(String raw, String scheme, String user, String password, String host, int port,
                          String path, Map<String, String> params) {

    /** Query parameters that carry a secret, redacted like the password. */
    private static final Set<String> SECRET_PARAMS = Set.of("password", "pass", "pwd", "sslpassword", "token",
            "auth_token", "authtoken", "secret");

    public DatabaseUrl {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /**
     * Parses a URL: Atlas's forms, and the JDBC URLs Java teams already have
     * ({@code jdbc:postgresql://}, {@code jdbc:mysql://}, {@code jdbc:mariadb://}, {@code jdbc:sqlite:}),
     * which are read as the Atlas URL they name; {@link #raw()} keeps the form given.
     *
     * @throws UsageException for a missing scheme or a malformed URL; the message shows the URL
     *                        with its credentials masked
     */
    public static DatabaseUrl parse(String url) {
        if (url == null || url.isBlank()) {
            throw new UsageException("empty database URL");
        }
        if (JdbcUrl.is(url)) {
            return JdbcUrl.parse(url);
        }
        int sep = url.indexOf("://");
        if (sep <= 0) {
            throw new UsageException("missing driver in database URL " + Redaction.masked(url)
                    + " (expected a scheme such as postgres://, mysql:// or sqlite://)");
        }
        String scheme = url.substring(0, sep).toLowerCase(Locale.ROOT);
        if (!scheme.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.')) {
            throw new UsageException("malformed database URL " + Redaction.masked(url) + ": invalid scheme");
        }
        return parse(url, scheme, url.substring(sep + 3));
    }

    /**
     * Parses what follows the scheme: {@code [user[:password]@]host[:port][/path][?query][#fragment]},
     * or for SQLite a file name and a query. Messages name {@code url}, masked.
     */
    static DatabaseUrl parse(String url, String scheme, String rest) {
        int restStart = url.length() - rest.length();
        int fragment = rest.indexOf('#');
        if (fragment >= 0) {
            rest = rest.substring(0, fragment);
        }
        int query = rest.indexOf('?');
        Map<String, String> params = query < 0 ? Map.of() : parseQuery(url, rest.substring(query + 1));
        String beforeQuery = query < 0 ? rest : rest.substring(0, query);
        if (scheme.startsWith("sqlite")) {
            // The rest is a file name, as Atlas hands it to the driver: no authority to parse.
            return new DatabaseUrl(url, scheme, "", null, "", -1, decode(url, beforeQuery), params);
        }
        int slash = beforeQuery.indexOf('/');
        String authority = slash < 0 ? beforeQuery : beforeQuery.substring(0, slash);
        checkUserInfo(url, authority, restStart + authority.length());
        String path = slash < 0 ? "" : decode(url, beforeQuery.substring(slash + 1));
        String user = "";
        String password = null;
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            String userInfo = authority.substring(0, at);
            authority = authority.substring(at + 1);
            int colon = userInfo.indexOf(':');
            user = decode(url, colon < 0 ? userInfo : userInfo.substring(0, colon));
            password = colon < 0 ? null : decode(url, userInfo.substring(colon + 1));
        }
        String host = authority;
        int port = -1;
        int colon = authority.lastIndexOf(':');
        if (colon >= 0 && (authority.indexOf(']') < colon)) {
            host = authority.substring(0, colon);
            String p = authority.substring(colon + 1);
            if (!p.isEmpty()) {
                if (!p.chars().allMatch(Character::isDigit) || p.length() > 5 || Integer.parseInt(p) > 65535) {
                    throw new UsageException("malformed database URL " + Redaction.masked(url) + ": invalid port "
                            + "\"" + p + "\"");
                }
                port = Integer.parseInt(p);
            }
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        // libpq takes a socket directory as a percent-encoded host (postgres://%2Fvar%2Frun%2Fpostgresql/db).
        return new DatabaseUrl(url, scheme, user, password, decode(url, host), port, path, params);
    }

    /**
     * A password with a raw {@code /}, {@code ?} or {@code #} ends the authority early, and what
     * is left would name a wrong host: refuse it with the fix instead. The sign is an {@code @}
     * after the authority, before any {@code =} (an {@code @} in a query value is fine), also when
     * the authority has one of its own (a password with both a raw {@code @} and a {@code /}).
     */
    private static void checkUserInfo(String url, String authority, int end) {
        for (int i = end; i < url.length() && url.charAt(i) != '='; i++) {
            if (url.charAt(i) == '@') {
                throw new UsageException("malformed database URL " + Redaction.masked(url) + ": the user or password"
                        + " seems to hold a raw '/', '?' or '#'; " + PERCENT_HINT);
            }
        }
    }

    /** How to write a password's special characters in a URL. */
    static final String PERCENT_HINT = "percent-encode special characters of the user and password"
            + " (@ %40, : %3A, / %2F, ? %3F, # %23, % %25)";

    private static Map<String, String> parseQuery(String url, String query) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = decode(url, eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(url, pair.substring(eq + 1));
            params.put(key, value);
        }
        return params;
    }

    private static String decode(String url, String s) {
        if (s.indexOf('%') < 0 && s.indexOf('+') < 0) {
            return s;
        }
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new UsageException("malformed database URL " + Redaction.masked(url)
                    + ": invalid percent-encoding; " + PERCENT_HINT);
        }
    }

    /**
     * The same URL with the user and password given apart from it (Spring's and Flyway's
     * {@code username}/{@code password} settings); a null or empty argument keeps the URL's own.
     * The text shown stays the URL's, which has no password to hide.
     */
    public DatabaseUrl withCredentials(String user, String password) {
        boolean newUser = user != null && !user.isEmpty();
        boolean newPassword = password != null && !password.isEmpty();
        return new DatabaseUrl(raw, scheme, newUser ? user : this.user, newPassword ? password : this.password, host,
                port, path, params);
    }

    /** A query parameter, or null. */
    public String param(String name) {
        return params.get(name);
    }

    /**
     * The URL with its password, and any secret query parameter, replaced by {@code xxxxx}: the
     * only form of a database URL Strata prints.
     */
    public String redacted() {
        return Redaction.redact(this);
    }

    /** Strings that must never be printed: the password, as given and decoded, and secret parameters. */
    public List<String> secrets() {
        List<String> secrets = new ArrayList<>();
        if (password != null && !password.isEmpty()) {
            secrets.add(password);
            secrets.addAll(Redaction.rawPasswords(raw));
        }
        params.forEach((k, v) -> {
            if (isSecretParam(k) && !v.isEmpty()) {
                secrets.add(v);
            }
        });
        return secrets;
    }

    static boolean isSecretParam(String key) {
        return SECRET_PARAMS.contains(key.toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return redacted();
    }
}
