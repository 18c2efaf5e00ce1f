package dev.strata.devdb.embedded;

import dev.strata.StrataException;
import dev.strata.devdb.EmbeddedDatabase;
import dev.strata.devdb.EmbeddedSpec;
import dev.strata.url.DatabaseUrl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A PostgreSQL server of Strata's own, for {@code embedded://postgres[/VERSION[/DATABASE]]}: its
 * binaries unpacked once into the {@link Cache} with a data directory made once by {@code initdb},
 * started by {@link Launch} on 127.0.0.1, user {@code postgres} without a password, built for speed
 * over durability (no fsync). As root it runs as {@code nobody} ({@link RunAs}): PostgreSQL refuses root.
 */
final class EmbeddedPostgres implements Launch.Engine {

    private final Path home;
    private final String version;

    private EmbeddedPostgres(Path home, String version) {
        this.home = home;
        this.version = version;
    }

    static EmbeddedDatabase start(EmbeddedSpec spec) {
        PostgresBinaries binaries = PostgresBinaries.find(spec.version());
        RunAs runAs = RunAs.current();
        try {
            Cache cache = Cache.of(runAs);
            Path home = binaries.unpacked(cache);
            runAs.checkReachable(home);
            Path template = cache.entry("postgres-" + binaries.version() + "-data", into -> initdb(home, into, runAs));
            Launch.Started started = Launch.start(new EmbeddedPostgres(home, binaries.version()),
                    template.resolve("data"), runAs);
            return new Running(started.watchdog(), createDatabase(started, spec), "postgres");
        } catch (IOException e) {
            throw new StrataException("starting embedded PostgreSQL " + binaries.version() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String what() {
        return "embedded PostgreSQL " + version;
    }

    @Override
    public List<String> command(Path run, Path data, int port) {
        return List.of(home.resolve("bin/postgres").toString(), "-D", data.toString(), "-p", Integer.toString(port),
                "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "fsync=off",
                "-c", "synchronous_commit=off", "-c", "full_page_writes=off", "-c", "autovacuum=off",
                "-c", "max_connections=20", "-c", "shared_buffers=16MB", "-c", "log_min_messages=warning",
                "-c", "lc_messages=C");
    }

    /** Immediate shutdown: the data is thrown away, so there is nothing to checkpoint. */
    @Override
    public String stopSignal() {
        return "QUIT";
    }

    /** The postmaster's pid file says {@code ready} on its eighth line, as {@code pg_ctl -w} reads it. */
    @Override
    public boolean ready(Path run, Path data) throws IOException {
        Path pidFile = data.resolve("postmaster.pid");
        if (!Files.isReadable(pidFile)) {
            return false;
        }
        List<String> lines = Files.readAllLines(pidFile);
        return lines.size() >= 8 && lines.get(7).strip().equals("ready");
    }

    private static void initdb(Path home, Path into, RunAs runAs) throws IOException {
        runAs.own(into);
        Launch.run(runAs.command(List.of(home.resolve("bin/initdb").toString(), "-D", into.resolve("data").toString(),
                "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "-N",
                "--wal-segsize=1")), into.resolve("initdb.log"), "initdb"); // 1 MB of WAL to copy per start, not 16
    }

    /** The URL of the database the spec names, created unless it is {@code postgres}, with the spec's parameters. */
    private static DatabaseUrl createDatabase(Launch.Started started, EmbeddedSpec spec) {
        String db = spec.database().isEmpty() ? "postgres" : spec.database();
        if (!db.equals("postgres")) {
            Launch.createDatabase(started, url(started.port(), "postgres", Map.of()), "CREATE DATABASE \"" + db + "\"",
                    db + " in the embedded PostgreSQL");
        }
        return url(started.port(), db, spec.params());
    }

    private static DatabaseUrl url(int port, String db, Map<String, String> params) {
        StringBuilder u = new StringBuilder("postgres://postgres@127.0.0.1:" + port + "/" + db + "?sslmode=disable");
        params.forEach((k, v) -> u.append('&').append(k).append('=').append(v));
        return DatabaseUrl.parse(u.toString());
    }
}
