package dev.strata.devdb.embedded;

import dev.strata.StrataException;
import dev.strata.devdb.EmbeddedDatabase;
import dev.strata.devdb.EmbeddedSpec;
import dev.strata.dialect.Dialects;
import dev.strata.dialect.Session;
import dev.strata.url.DatabaseUrl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A PostgreSQL server of Strata's own, for {@code embedded://postgres[/VERSION[/DATABASE]]}: its
 * binaries unpacked once into the {@link Cache}, with a data directory made once by {@code initdb}
 * and copied for each start into a fresh temporary run directory; listening on 127.0.0.1 on a free
 * port, user {@code postgres} without a password, built for speed over durability (no fsync). The
 * {@link Watchdog} stops it and deletes the run directory when Strata ends, however it ends.
 */
final class EmbeddedPostgres implements EmbeddedDatabase {

    private static final int ATTEMPTS = 3;

    private final Watchdog watchdog;
    private final DatabaseUrl url;
    private final Thread hook;

    private EmbeddedPostgres(Watchdog watchdog, DatabaseUrl url) {
        this.watchdog = watchdog;
        this.url = url;
        this.hook = new Thread(watchdog::close, "strata-embedded-postgres-stop");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    static EmbeddedPostgres start(EmbeddedSpec spec) {
        PostgresBinaries binaries = PostgresBinaries.find(spec.version());
        String what = "embedded PostgreSQL " + binaries.version();
        RunAs runAs = RunAs.current();
        try {
            Cache cache = Cache.of(runAs);
            Path home = binaries.unpacked(cache);
            runAs.checkReachable(home);
            Path template = cache.entry("postgres-" + binaries.version() + "-data", into -> initdb(home, into, runAs));
            for (int attempt = 1; ; attempt++) {
                int port = Ports.free();
                Path run = Files.createTempDirectory("strata-postgres-",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                Trees.copy(template.resolve("data"), run.resolve("data"));
                runAs.own(run);
                Watchdog watchdog = Watchdog.start(run, runAs.command(server(home, run.resolve("data"), port)), "QUIT",
                        Map.of("LC_ALL", "C"));
                String failure = awaitReady(watchdog, run.resolve("data").resolve("postmaster.pid"));
                if (failure == null) {
                    return new EmbeddedPostgres(watchdog, createDatabase(watchdog, port, spec));
                }
                watchdog.close();
                if (!failure.contains("could not bind") || attempt == ATTEMPTS) {
                    throw new StrataException(what + " did not start: " + failure);
                }
            }
        } catch (IOException e) {
            throw new StrataException("starting " + what + ": " + e.getMessage(), e);
        }
    }

    /** The URL of the database the spec names, created unless it is {@code postgres}, with the spec's parameters. */
    private static DatabaseUrl createDatabase(Watchdog watchdog, int port, EmbeddedSpec spec) {
        String db = spec.database().isEmpty() ? "postgres" : spec.database();
        if (!db.equals("postgres")) {
            DatabaseUrl admin = url(port, "postgres", Map.of());
            try (Session s = Dialects.forUrl(admin).open(admin)) {
                s.execute("CREATE DATABASE \"" + db + "\"");
            } catch (SQLException | RuntimeException e) {
                watchdog.close();
                throw new StrataException("creating database " + db + " in the embedded PostgreSQL: "
                        + e.getMessage(), e);
            }
        }
        return url(port, db, spec.params());
    }

    private static DatabaseUrl url(int port, String db, Map<String, String> params) {
        StringBuilder u = new StringBuilder("postgres://postgres@127.0.0.1:" + port + "/" + db + "?sslmode=disable");
        params.forEach((k, v) -> u.append('&').append(k).append('=').append(v));
        return DatabaseUrl.parse(u.toString());
    }

    private static List<String> server(Path home, Path data, int port) {
        return List.of(home.resolve("bin/postgres").toString(), "-D", data.toString(), "-p", Integer.toString(port),
                "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "fsync=off",
                "-c", "synchronous_commit=off", "-c", "full_page_writes=off", "-c", "autovacuum=off",
                "-c", "max_connections=20", "-c", "shared_buffers=16MB", "-c", "log_min_messages=warning",
                "-c", "lc_messages=C");
    }

    private static void initdb(Path home, Path into, RunAs runAs) throws IOException {
        runAs.own(into);
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/initdb").toString(), "-D",
                into.resolve("data").toString(), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "-N",
                "--wal-segsize=1")); // 1 MB of WAL instead of 16 to copy at each start
        Path log = into.resolve("initdb.log");
        ProcessBuilder pb = new ProcessBuilder(runAs.command(command)).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().put("LC_ALL", "C");
        try {
            if (pb.start().waitFor() != 0) {
                throw new IOException("initdb failed: " + Logs.tail(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while initdb ran", e);
        }
        Files.delete(log);
    }

    /**
     * Waits until the postmaster says in its pid file that it accepts connections (as {@code pg_ctl
     * -w} does), or the server exits. Returns null when ready, else why it is not.
     */
    private static String awaitReady(Watchdog watchdog, Path pidFile) throws IOException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (Files.isReadable(pidFile)) {
                List<String> lines = Files.readAllLines(pidFile);
                if (lines.size() >= 8 && lines.get(7).strip().equals("ready")) {
                    return null;
                }
            }
            if (!watchdog.serverAlive()) {
                return Logs.tail(watchdog.log());
            }
            Logs.pause();
        }
        return "not ready after 60 s: " + Logs.tail(watchdog.log());
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

    /** The server's process id, for tests. */
    long pid() {
        return watchdog.serverPid();
    }
}
