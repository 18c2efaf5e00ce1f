package dev.strata.devdb;

import dev.strata.UsageException;
import dev.strata.url.DatabaseUrl;

import java.util.Map;

/**
 * What an {@code embedded://} dev URL asks for: {@code embedded://ENGINE[/VERSION[/DATABASE]][?search_path=...]},
 * as Atlas's {@code docker://postgres/15/dev}: {@code embedded://postgres}, {@code embedded://postgres/15},
 * {@code embedded://postgres/15.14}, {@code embedded://mariadb/10.11/dev}.
 *
 * @param engine   {@code postgres} or {@code mariadb}
 * @param version  a major ({@code 15}), a full version ({@code 15.14}), or empty for the default
 * @param database the database to create and connect to, or empty for the engine's own default
 * @param params   the URL's query parameters, passed on to the connection URL ({@code search_path})
 */
public record EmbeddedSpec(String engine, String version, String database, Map<String, String> params) {

    public static final String SCHEME = "embedded";

    public EmbeddedSpec {
        params = Map.copyOf(params);
    }

    /**
     * Reads an {@code embedded://} URL.
     *
     * @throws UsageException for another scheme, an unknown engine, or a malformed version
     */
    public static EmbeddedSpec of(DatabaseUrl url) {
        if (!url.scheme().equals(SCHEME)) {
            throw new UsageException("not an embedded:// URL: " + url.redacted());
        }
        String engine = url.host();
        if (!engine.equals("postgres") && !engine.equals("mariadb")) {
            throw new UsageException("unknown engine \"" + engine + "\" in " + url.redacted()
                    + " (embedded://postgres or embedded://mariadb, optionally followed by /VERSION)");
        }
        if (!url.user().isEmpty() || url.password() != null || url.port() >= 0) {
            throw new UsageException(url.redacted() + ": an embedded database takes no user, password or port"
                    + " (Strata chooses them)");
        }
        String[] parts = url.path().isEmpty() ? new String[0] : url.path().split("/", -1);
        String version = parts.length > 0 ? parts[0] : "";
        String database = parts.length > 1 ? parts[1] : "";
        if (parts.length > 2 || !version.matches("(\\d+(\\.\\d+){0,2})?") || !database.matches("[A-Za-z0-9_]*")) {
            throw new UsageException("malformed embedded URL " + url.redacted()
                    + " (expected embedded://" + engine + "[/VERSION[/DATABASE]], e.g. embedded://" + engine + "/15)");
        }
        return new EmbeddedSpec(engine, version, database, url.params());
    }
}
