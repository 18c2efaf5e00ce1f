package dev.strata.devdb.embedded;

import dev.strata.StrataException;
import dev.strata.devdb.EmbeddedDatabase;
import dev.strata.devdb.EmbeddedSpec;
import dev.strata.url.DatabaseUrl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A MariaDB server of Strata's own, for {@code embedded://mariadb[/VERSION[/DATABASE]]}, from
 * {@link MariaDbBinaries}: a data directory made once by {@code mariadb-install-db}, then started
 * by {@link Launch} on 127.0.0.1, user {@code root} without a password, utf8mb4 as Debian's
 * packages configure it, with small InnoDB files and no flush at commit. As root it runs as root
 * ({@code --user=root}), which MariaDB allows when told.
 */
final class EmbeddedMariaDb implements Launch.Engine {

    /*
     * Every server gets a temporary directory of its own (--tmpdir): at start-up mariadbd deletes
     * the #sql* files it finds in its tmpdir, which under the default /tmp are the live temporary
     * tables of any other MariaDB server on the machine (seen: "Error on delete of
     * '/tmp/#sql-temptable-...MAI'" in the host server's queries while a dev database started).
     */
    private static final List<String> SMALL = List.of("--innodb-log-file-size=4M", "--innodb-buffer-pool-size=16M");

    private final Path home;
    private final String version;
    private final boolean root;

    private EmbeddedMariaDb(Path home, String version, boolean root) {
        this.home = home;
        this.version = version;
        this.root = root;
    }

    static EmbeddedDatabase start(EmbeddedSpec spec) {
        MariaDbBinaries binaries = MariaDbBinaries.find(spec.version());
        // MariaDB runs as root when asked to, so it never changes user: no files to hand over.
        RunAs runAs = new RunAs(false);
        boolean root = RunAs.current().dropsRoot();
        try {
            Cache cache = Cache.of(runAs);
            Path home = binaries.unpacked(cache);
            EmbeddedMariaDb engine = new EmbeddedMariaDb(home, binaries.version(), root);
            Path template = cache.entry("mariadb-" + binaries.version() + "-data", into -> {
                List<String> install = new ArrayList<>(List.of(home.resolve("scripts/mariadb-install-db").toString(),
                        "--no-defaults", "--basedir=" + home, "--datadir=" + into.resolve("data"),
                        "--auth-root-authentication-method=normal", "--skip-name-resolve", "--skip-test-db",
                        "--tmpdir=" + into));
                install.addAll(SMALL);
                if (root) {
                    install.add("--user=root");
                }
                Launch.run(install, into.resolve("install.log"), "mariadb-install-db");
            });
            Launch.Started started = Launch.start(engine, template.resolve("data"), runAs);
            return new Running(started.watchdog(), createDatabase(started, spec), "mariadb");
        } catch (IOException e) {
            throw new StrataException("starting embedded MariaDB " + binaries.version() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String what() {
        return "embedded MariaDB " + version;
    }

    @Override
    public List<String> command(Path run, Path data, int port) {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/mariadbd").toString(), "--no-defaults",
                "--basedir=" + home, "--lc-messages-dir=" + home.resolve("share"), "--datadir=" + data,
                "--port=" + port, "--bind-address=127.0.0.1", "--socket=" + run.resolve("mariadb.sock"),
                "--pid-file=" + run.resolve("mariadb.pid"), "--tmpdir=" + run, "--innodb-flush-log-at-trx-commit=0",
                "--character-set-server=utf8mb4", "--collation-server=utf8mb4_general_ci"));
        command.addAll(SMALL);
        if (root) {
            command.add("--user=root");
        }
        return command;
    }

    @Override
    public String stopSignal() {
        return "TERM";
    }

    @Override
    public boolean ready(Path run, Path data) throws IOException {
        Path log = run.resolve("server.log");
        return Files.isReadable(log) && Files.readString(log).contains("ready for connections");
    }

    private static DatabaseUrl createDatabase(Launch.Started started, EmbeddedSpec spec) {
        String base = "mysql://root@127.0.0.1:" + started.port() + "/";
        if (!spec.database().isEmpty()) {
            Launch.createDatabase(started, DatabaseUrl.parse(base), "CREATE DATABASE `" + spec.database() + "`",
                    spec.database() + " in the embedded MariaDB");
        }
        StringBuilder u = new StringBuilder(base + spec.database());
        String sep = "?";
        for (var p : spec.params().entrySet()) {
            u.append(sep).append(p.getKey()).append('=').append(p.getValue());
            sep = "&";
        }
        return DatabaseUrl.parse(u.toString());
    }
}
