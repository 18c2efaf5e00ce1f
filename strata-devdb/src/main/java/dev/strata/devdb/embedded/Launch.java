package dev.strata.devdb.embedded;

import dev.strata.StrataException;
import dev.strata.dialect.Dialects;
import dev.strata.dialect.Session;
import dev.strata.url.DatabaseUrl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * Starting one embedded server, the same way for each engine: a fresh temporary run directory with
 * a copy of the engine's initialised data directory, a free port, the server under a
 * {@link Watchdog}, and a wait until it accepts connections; a port another process took first is
 * tried again with another.
 */
final class Launch {

    private static final int ATTEMPTS = 3;

    /** What differs between engines. */
    interface Engine {
        /** For messages: {@code embedded PostgreSQL 17.6.0}. */
        String what();

        /** The server's command line for a data directory in a run directory, on a port. */
        List<String> command(Path run, Path data, int port);

        /** The signal that stops the server quickly. */
        String stopSignal();

        /** Whether the server says it accepts connections. */
        boolean ready(Path run, Path data) throws IOException;
    }

    /** A server that accepts connections: its watchdog and port. */
    record Started(Watchdog watchdog, int port) {
    }

    private Launch() {
    }

    static Started start(Engine engine, Path template, RunAs runAs) throws IOException {
        for (int attempt = 1; ; attempt++) {
            int port = Ports.free();
            Path run = Files.createTempDirectory("strata-devdb-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            Path data = run.resolve("data");
            Trees.copy(template, data);
            runAs.own(run);
            Watchdog watchdog = Watchdog.start(run, runAs.command(engine.command(run, data, port)), engine.stopSignal(),
                    Map.of("LC_ALL", "C"));
            String failure = awaitReady(engine, watchdog, run, data);
            if (failure == null) {
                return new Started(watchdog, port);
            }
            watchdog.close();
            if (!failure.contains("Address already in use") || attempt == ATTEMPTS) {
                throw new StrataException(engine.what() + " did not start: " + failure);
            }
        }
    }

    /** Null when the server is ready, else why it is not. */
    private static String awaitReady(Engine engine, Watchdog watchdog, Path run, Path data) throws IOException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (engine.ready(run, data)) {
                return null;
            }
            if (!watchdog.serverAlive()) {
                return Logs.tail(watchdog.log());
            }
            Logs.pause();
        }
        return "not ready after 60 s: " + Logs.tail(watchdog.log());
    }

    /** Creates a database as the server's admin user; a failure stops the server. */
    static void createDatabase(Started started, DatabaseUrl admin, String sql, String what) {
        try (Session s = Dialects.forUrl(admin).open(admin)) {
            s.execute(sql);
        } catch (SQLException | RuntimeException e) {
            started.watchdog().close();
            throw new StrataException("creating database " + what + ": " + e.getMessage(), e);
        }
    }

    /**
     * Runs a command to completion with its output in a log file, which is deleted when it succeeds.
     *
     * @throws IOException naming the command and the end of its output when it fails
     */
    static void run(List<String> command, Path log, String what) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("LC_ALL", "C");
        try {
            if (pb.start().waitFor() != 0) {
                throw new IOException(what + " failed: " + Logs.tail(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while " + what + " ran", e);
        }
        Files.delete(log);
    }
}
