package dev.strata.devdb.embedded;

import dev.strata.devdb.EmbeddedDatabase;
import dev.strata.url.DatabaseUrl;

/**
 * A started embedded server as strata-core sees it: its URL, and a close that stops it. A shutdown
 * hook closes it too when the JVM exits without closing it (System.exit, Ctrl-C); the watchdog
 * covers the deaths that run no hook.
 */
final class Running implements EmbeddedDatabase {

    private final Watchdog watchdog;
    private final DatabaseUrl url;
    private final Thread hook;

    Running(Watchdog watchdog, DatabaseUrl url, String engine) {
        this.watchdog = watchdog;
        this.url = url;
        this.hook = new Thread(watchdog::close, "strata-embedded-" + engine + "-stop");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    @Override
    public DatabaseUrl url() {
        return url;
    }

    @Override
    public void close() {
        watchdog.close();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // Already shutting down: the hook is what called us, or will find nothing left to do.
        }
    }
}
