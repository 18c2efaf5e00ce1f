package dev.strata.cli;

import dev.strata.url.DatabaseUrl;

import java.util.Arrays;
import java.util.Set;

/**
 * A driver the distribution records a release-command cache for ({@code lib/strata-<name>.aot}, see
 * {@link Training}). The launcher (dist/build.sh) picks the cache from the URL's scheme with the
 * same lists, written there in shell; a scheme missing on either side costs speed only.
 */
enum ReleaseDriver {
    /** pgjdbc. */
    POSTGRES("postgres", Set.of("postgres", "postgresql"), "postgres://strata:training@127.0.0.1:%d/strata?sslmode=disable"),
    /** MariaDB Connector/J, which serves MySQL and MariaDB alike. */
    MYSQL("mysql", Set.of("mysql", "mysql+unix", "mariadb", "maria", "mariadb+unix", "maria+unix"),
            "mysql://strata:training@127.0.0.1:%d/strata");

    private final String cacheName;
    private final Set<String> schemes;
    private final String closedUrl;

    ReleaseDriver(String cacheName, Set<String> schemes, String closedUrl) {
        this.cacheName = cacheName;
        this.schemes = schemes;
        this.closedUrl = closedUrl;
    }

    /** The driver of a cache's name ({@code postgres}, {@code mysql}), as the dist build names it. */
    static ReleaseDriver named(String name) {
        return Arrays.stream(values()).filter(d -> d.cacheName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("training: no release driver " + name
                        + " (expected postgres or mysql)"));
    }

    /** Whether a URL (Atlas's form or JDBC's) is one of this driver's. */
    boolean serves(String url) {
        return schemes.contains(DatabaseUrl.parse(url).scheme());
    }

    /** A URL of this driver on a local port nothing listens on. */
    String closedUrl(int port) {
        return closedUrl.formatted(port);
    }
}
