package dev.strata.url;

import dev.strata.UsageException;

import java.util.Locale;

/**
 * JDBC URLs, as Java teams have them in {@code spring.datasource.url} or {@code flyway.url}, read as
 * the Atlas URL they name: {@code jdbc:postgresql://db:5432/app?sslmode=disable} is
 * {@code postgres://db:5432/app?sslmode=disable}. Their parameters are the JDBC drivers' own
 * ({@code user}, {@code password}, {@code currentSchema}, {@code sslMode}, ...), which the dialects
 * pass on as they do the Atlas forms'.
 */
final class JdbcUrl {

    private static final String PREFIX = "jdbc:";

    private JdbcUrl() {
    }

    static boolean is(String url) {
        return url.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
    }

    /** Where the text after the driver name starts: {@code jdbc:sqlite:} and {@code jdbc:postgresql:db} have no {@code //}. */
    static int bodyStart(String url) {
        int colon = url.indexOf(':', PREFIX.length());
        return colon < 0 ? url.length() : colon + 1;
    }

    static DatabaseUrl parse(String url) {
        int body = bodyStart(url);
        String scheme = switch (url.substring(PREFIX.length(), Math.max(PREFIX.length(), body - 1)).toLowerCase(Locale.ROOT)) {
            case "postgresql" -> "postgres";
            case "mysql" -> "mysql";
            case "mariadb" -> "mariadb";
            case "sqlite" -> "sqlite";
            default -> throw new UsageException("unsupported JDBC URL " + Redaction.masked(url)
                    + " (Strata reads jdbc:postgresql://, jdbc:mysql://, jdbc:mariadb:// and jdbc:sqlite:)");
        };
        String rest = url.substring(body);
        if (scheme.equals("sqlite")) {
            return DatabaseUrl.parse(url, scheme, rest);
        }
        if (!rest.startsWith("//")) {
            if (scheme.equals("postgres") && !rest.contains("://")) {
                if (rest.indexOf('@') >= 0) {
                    // A user or password has no place in the short form; reading one as part of the
                    // database name would hide it from redaction.
                    throw new UsageException("malformed JDBC URL " + Redaction.masked(url)
                            + ": jdbc:postgresql:DATABASE names a database on localhost; write jdbc:postgresql://user@host/db");
                }
                // pgjdbc's short forms jdbc:postgresql:db and jdbc:postgresql:/ name a database on localhost.
                return DatabaseUrl.parse(url, scheme, rest.startsWith("/") ? rest : "/" + rest);
            }
            throw oneHost(url);
        }
        rest = rest.substring(2);
        int end = 0;
        while (end < rest.length() && "/?#".indexOf(rest.charAt(end)) < 0) {
            end++;
        }
        String hosts = rest.substring(rest.lastIndexOf('@', end) + 1, end);
        if (hosts.contains(",") || hosts.contains("(")) {
            throw oneHost(url);
        }
        return DatabaseUrl.parse(url, scheme, rest);
    }

    private static UsageException oneHost(String url) {
        return new UsageException("unsupported JDBC URL " + Redaction.masked(url) + ": Strata connects to one host"
                + " (no failover, load-balancing or replication forms)");
    }
}
