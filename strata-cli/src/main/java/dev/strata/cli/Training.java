package dev.strata.cli;

import dev.strata.Strata;
import dev.strata.dialect.Dialects;
import dev.strata.dialect.Session;
import dev.strata.migrate.LocalDir;
import dev.strata.migrate.exec.RevisionTable;
import dev.strata.url.DatabaseUrl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The training run of the distribution's ahead-of-time cache; not a user command. The dist build
 * runs it once, as {@code java -XX:AOTCacheOutput=strata.aot ... dev.strata.cli.Training} (or with
 * {@code -XX:ArchiveClassesAtExit} for AppCDS on a JDK without AOT caches), so that the classes and
 * linkage a release command needs come from the cache instead of the jars.
 *
 * <p>One JVM records one cache, so the commands run here one after another, in process: what a
 * release step runs ({@code version}, a real and a no-op {@code migrate apply} on SQLite, with the
 * URL from a flag and from {@code DATABASE_URL}, text and JSON), the checks a CI step runs
 * ({@code hash}, {@code validate}, {@code status}), a usage error, and {@code migrate apply} against
 * PostgreSQL and MySQL URLs on a closed local port. The closed port loads each driver, its URL and
 * property parsing and its socket code, and the error path, with no server at build time.
 *
 * <p>The protocol classes after a successful connect (over a hundred of pgjdbc's) come in only
 * where the build is given scratch databases in {@code STRATA_TRAINING_URLS} (space-separated
 * URLs, e.g. CI's own servers): there a fresh and a no-op {@code migrate apply} and a
 * {@code migrate status} run, and the tables they create are dropped before and after. Without it
 * the build does not depend on any server.
 *
 * <p>{@code Training postgres} and {@code Training mysql} record the smaller cache of one driver's
 * release command instead ({@link ReleaseDriver}): only {@code migrate apply} on that driver, so a
 * JVM started with it maps neither picocli's model, SQLite nor the other driver (JDK 25 maps every
 * class of its cache at start). The launcher picks it from the command line; the class path is the
 * same, so any cache runs any command, a wrong pick costing speed only.
 *
 * <p>Each command must end with the exit code it is expected to: a training run that silently
 * failed would ship a cache trained on the wrong path.
 */
final class Training {

    private final Path work;
    private final List<String> scratchUrls;

    private Training(Path work, List<String> scratchUrls) {
        this.work = work;
        this.scratchUrls = scratchUrls;
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            train();
        } else {
            trainRelease(ReleaseDriver.named(args[0]));
        }
        // Ends as the command does, so what exiting loads (Runtime.exit logs) is in the cache too.
        System.exit(0);
    }

    /** The training commands, in a temporary directory that is deleted afterwards. */
    static void train() throws IOException {
        train(scratchUrls(System.getenv("STRATA_TRAINING_URLS")));
    }

    /** @param scratchUrls databases the training may write to (see the class comment) */
    static void train(List<String> scratchUrls) throws IOException {
        Path work = Files.createTempDirectory("strata-training");
        try {
            new Training(work, scratchUrls).run();
        } finally {
            delete(work);
        }
    }

    /** One driver's release command, on the scratch databases of that driver (see the class comment). */
    static void trainRelease(ReleaseDriver driver) throws IOException {
        trainRelease(driver, scratchUrls(System.getenv("STRATA_TRAINING_URLS")));
    }

    /** @param scratchUrls databases the training may write to; those of other drivers are left alone */
    static void trainRelease(ReleaseDriver driver, List<String> scratchUrls) throws IOException {
        List<String> own = scratchUrls.stream().filter(driver::serves).toList();
        Path work = Files.createTempDirectory("strata-training");
        try {
            new Training(work, own).runRelease(driver);
        } finally {
            delete(work);
        }
    }

    private void run() throws IOException {
        String dirUrl = "file://" + writeMigrations();
        String sqlite = "sqlite://" + work.resolve("training.db");
        int closed = closedPort();

        expect(0, Map.of(), "version");
        expect(0, Map.of(), "migrate", "--help");
        expect(2, Map.of(), "migrate", "apply", "--no-such-flag");
        expect(0, Map.of(), "migrate", "hash", "--dir", dirUrl);
        expect(0, Map.of(), "migrate", "validate", "--dir", dirUrl);
        expect(0, Map.of(), "migrate", "status", "--url", sqlite, "--dir", dirUrl);
        expect(0, Map.of(), "migrate", "apply", "--url", sqlite, "--dir", dirUrl);
        expect(0, Map.of("DATABASE_URL", sqlite), "migrate", "apply", "--dir", dirUrl);
        expect(0, Map.of(), "migrate", "apply", "--url", sqlite, "--dir", dirUrl, "--format", "json");
        expect(1, Map.of(), "migrate", "apply", "--dir", dirUrl, "--url", ReleaseDriver.POSTGRES.closedUrl(closed));
        expect(1, Map.of(), "migrate", "apply", "--dir", dirUrl, "--url", ReleaseDriver.MYSQL.closedUrl(closed));
        for (String url : scratchUrls) {
            dropTrainingTables(url);
            expect(0, Map.of(), "migrate", "apply", "--url", url, "--dir", dirUrl);
            expect(0, Map.of(), "migrate", "apply", "--url", url, "--dir", dirUrl);
            expect(0, Map.of(), "migrate", "status", "--url", url, "--dir", dirUrl);
            dropTrainingTables(url);
        }
    }

    /**
     * What a deploy's release step runs on one driver: {@code migrate apply} with the URL in
     * {@code --url} and in {@code DATABASE_URL}, fresh and no-op, and the refused connection of a
     * database not up yet; then a fresh apply of {@value #MANY} files, so that the cache also records
     * what C1 compiles in a long fresh apply (see {@link #MANY}). Without a scratch
     * database of the driver only the refusal runs.
     */
    private void runRelease(ReleaseDriver driver) throws IOException {
        // What Main does before the command (System.console() and its provider); the commands below
        // run on a buffer instead.
        Terminal.system(System.getenv());
        Path dir = writeMigrations();
        // atlas.sum from the library: `migrate hash` would bring picocli's model into this cache.
        Strata.builder().dir(LocalDir.open(dir, dir.toString())).build().hash();
        String dirUrl = "file://" + dir;
        expect(1, Map.of(), "migrate", "apply", "--dir", dirUrl, "--url", driver.closedUrl(closedPort()));
        Path many = writeManyMigrations();
        String manyUrl = "file://" + many;
        for (String url : scratchUrls) {
            dropTrainingTables(url);
            expect(0, Map.of(), "migrate", "apply", "--url", url, "--dir", dirUrl);
            expect(0, Map.of(), "migrate", "apply", "--url", url, "--dir", dirUrl);
            expect(0, Map.of("DATABASE_URL", url), "migrate", "apply", "--dir", dirUrl);
            dropTrainingTables(url);
            expect(0, Map.of(), "migrate", "apply", "--url", url, "--dir", manyUrl);
            dropTrainingTables(url, MANY);
        }
    }

    /**
     * How many files the release training applies in one run. JDK 25 keeps in the cache which
     * methods C1 compiled during the training, and compiles such a method at its first
     * invocation-counter check in a later run (every 128 calls) instead of at the usual threshold
     * (200 calls, raised further while the one C1 thread is busy). So the code a fresh apply runs
     * per statement and per file must get compiled in the training itself: with the two files above
     * it never is, and a fresh apply of 500 files then interprets it for the first few hundred
     * statements (bench/startup.md). A method compiled in the training and called fewer than 128
     * times stays interpreted. No no-op of these files: it would mark the per-row code of reading 300
     * revisions too, which a no-op of a few hundred files then compiled early for nothing (measured:
     * about 100 more compilations and 10 ms more CPU at 500 files).
     */
    static final int MANY = 300;

    /**
     * {@value #MANY} files of the shape most migrations have, each a table, an index and a few rows
     * (the statements of a fresh apply's round trips), written in SQL both drivers' servers read,
     * with atlas.sum; returns the directory.
     */
    private Path writeManyMigrations() throws IOException {
        Path dir = Files.createDirectories(work.resolve("many"));
        for (int i = 1; i <= MANY; i++) {
            Files.writeString(dir.resolve("%014d_training_%d.sql".formatted(i, i)), """
                    -- Table %1$d of the training set.
                    CREATE TABLE training_%1$d (
                      id INTEGER NOT NULL PRIMARY KEY,
                      name VARCHAR(64) NOT NULL,
                      qty INTEGER NOT NULL DEFAULT 0,
                      created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
                    );
                    CREATE INDEX training_%1$d_name ON training_%1$d (name);
                    INSERT INTO training_%1$d (id, name, qty) VALUES
                      (1, 'first of %1$d', 1),
                      (2, 'second''s; of %1$d', 2);
                    """.formatted(i));
        }
        Strata.builder().dir(LocalDir.open(dir, dir.toString())).build().hash();
        return dir;
    }

    /** The training's two migration files, in the work directory; returns the directory. */
    private Path writeMigrations() throws IOException {
        Path dir = Files.createDirectories(work.resolve("migrations"));
        Files.writeString(dir.resolve("20240101000000_create_users.sql"), """
                -- Users of the app.
                CREATE TABLE users (
                  id INTEGER PRIMARY KEY,
                  email VARCHAR(255) NOT NULL UNIQUE, -- login
                  name VARCHAR(100) NOT NULL DEFAULT 'nobody'
                );
                CREATE INDEX users_name ON users (name);
                """);
        Files.writeString(dir.resolve("20240102000000_seed.sql"), """
                /* Seed rows; the second has a quote; in a string. */
                INSERT INTO users (id, email, name) VALUES (1, 'ada@example.com', 'Ada');
                INSERT INTO users (id, email, name) VALUES (2, 'bob@example.com', 'Bob''s; "name"');
                """);
        return dir;
    }

    static List<String> scratchUrls(String value) {
        return value == null || value.isBlank() ? List.of() : List.of(value.strip().split("\\s+"));
    }

    /** The tables the training's migrations and the revisions table add to a scratch database. */
    private static void dropTrainingTables(String url) {
        dropTrainingTables(url, 0);
    }

    /** The same, and the tables of the first {@code many} files of {@link #writeManyMigrations}. */
    private static void dropTrainingTables(String url, int many) {
        DatabaseUrl parsed = DatabaseUrl.parse(url);
        try (Session session = Dialects.forUrl(parsed).open(parsed)) {
            String revisions = RevisionTable.open(session, null).schema();
            session.execute("DROP TABLE IF EXISTS " + session.dialect().catalog(session).qualifiedName(revisions,
                    RevisionTable.NAME));
            session.execute("DROP TABLE IF EXISTS users");
            for (int i = 1; i <= many; i++) {
                session.execute("DROP TABLE IF EXISTS training_" + i);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("training: cleaning " + parsed.redacted() + ": " + e.getMessage(), e);
        }
    }

    private static void expect(int exitCode, Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Main.run(args, new Terminal(out, out, false), env);
        if (code != exitCode) {
            throw new IllegalStateException("training: strata " + String.join(" ", args) + " exited " + code
                    + ", expected " + exitCode + ":\n" + out.toString(StandardCharsets.UTF_8));
        }
    }

    /** A local port nothing listens on: bound by the system, then released. */
    private static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static void delete(Path root) throws IOException {
        List<Path> all = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(all::add);
        }
        for (Path p : all) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
