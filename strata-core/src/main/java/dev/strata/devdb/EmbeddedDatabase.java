package dev.strata.devdb;

import dev.strata.UsageException;
import dev.strata.url.DatabaseUrl;

import java.lang.reflect.InvocationTargetException;

/**
 * A database server Strata started itself for an {@code embedded://} dev URL, from binaries on the
 * class path (the {@code strata-devdb} module); closing it stops the server and deletes its files.
 * The module is found by name when such a URL is used, never by a class path scan, so that nothing
 * on the path of {@code migrate apply} pays for it.
 */
public interface EmbeddedDatabase extends AutoCloseable {

    /** The launcher class in the {@code strata-devdb} module. */
    String LAUNCHER = "dev.strata.devdb.embedded.EmbeddedLauncher";

    /** The URL to connect to the running server with. */
    DatabaseUrl url();

    /** Stops the server and deletes its files; waits until both are done. */
    @Override
    void close();

    /** Starts embedded servers; implemented by the {@code strata-devdb} module. */
    interface Launcher {
        EmbeddedDatabase start(EmbeddedSpec spec);
    }

    /**
     * Starts the server an {@code embedded://} URL names.
     *
     * @throws UsageException when the URL is malformed or the {@code strata-devdb} module is missing
     */
    static EmbeddedDatabase start(DatabaseUrl url) {
        EmbeddedSpec spec = EmbeddedSpec.of(url);
        Launcher launcher;
        try {
            launcher = Class.forName(LAUNCHER).asSubclass(Launcher.class).getConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            throw new UsageException(url.redacted() + " needs Strata's embedded databases, the module"
                    + " dev.strata:strata-devdb, on the class path (the strata command and its distribution have it)");
        } catch (ReflectiveOperationException | ClassCastException e) {
            Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
            throw new IllegalStateException("cannot load " + LAUNCHER + ": " + cause, cause);
        }
        return launcher.start(spec);
    }
}
