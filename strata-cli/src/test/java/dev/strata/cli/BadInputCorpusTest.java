package dev.strata.cli;

import dev.strata.Strata;
import dev.strata.dialect.Dialects;
import dev.strata.migrate.exec.MigrateSettings;
import dev.strata.testing.TestDb;
import dev.strata.testing.TestDirs;
import dev.strata.url.DatabaseUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A corpus of bad input, each run as a process: its one stderr line and exit code (the design's
 * table: 2 when the command cannot start, 1 when the work failed). None prints a stack trace, none
 * changes the database, none shows the password.
 */
class BadInputCorpusTest {

    private static final String SECRET = "Sup3rS3cretPw";

    @TempDir
    Path tmp;
    private TestDb db;
    private String url;
    private List<String> before;
    private int cases;

    @BeforeEach
    void setUp() throws Exception {
        db = TestDb.postgres();
        // The password is ignored by trust authentication but must never be printed.
        url = db.url().replace("postgres://postgres@", "postgres://postgres:" + SECRET + "@");
        db.execute("CREATE TABLE existing (id int)");
        before = db.tables();
        TestDirs.write(tmp.resolve("migrations"), "1_a.sql", "CREATE TABLE a (id int);\n",
                "2_b.sql", "CREATE TABLE b (id int);\n");
    }

    @AfterEach
    void tearDown() throws Exception {
        assertThat(db.tables()).as("no case changed the database").isEqualTo(before);
        db.close();
    }

    /** Runs one case and checks what every case must hold. */
    private void expect(int exit, String stderr, String... args) {
        expect(new StrataProcess(tmp), exit, stderr, args);
    }

    private void expect(StrataProcess process, int exit, String stderr, String... args) {
        StrataProcess.Result r = process.run(args);
        String what = String.join(" ", args) + "\n" + r;
        assertThat(r.exitCode()).as(what).isEqualTo(exit);
        assertThat(r.stderr()).as(what).startsWith("Error: " + stderr);
        assertThat(r.stderr().lines()).as(what).hasSize(1);
        assertThat(r.all()).as(what).doesNotContain("\tat ").doesNotContain("Exception").doesNotContain(SECRET);
        cases++;
    }

    private String[] apply(String... extra) {
        List<String> args = new ArrayList<>(List.of("migrate", "apply", "--url", url));
        args.addAll(List.of(extra));
        return args.toArray(String[]::new);
    }

    private Path dir(String name, String... files) {
        return TestDirs.write(tmp.resolve(name), files);
    }

    @Test
    void corpus() throws Exception {
        // Database URLs.
        expect(2, "malformed database URL postgres://xxxxx@127.0.0.1:99999/db: invalid port \"99999\"",
                "migrate", "apply", "--url", "postgres://u:" + SECRET + "@127.0.0.1:99999/db");
        expect(2, "malformed database URL postgres://xxxxx@h/db?x=%zz: invalid percent-encoding",
                "migrate", "apply", "--url", "postgres://u:" + SECRET + "@h/db?x=%zz");
        expect(2, "missing driver in database URL xxxxx@host/db", "migrate", "apply", "--url",
                "u:" + SECRET + "@host/db");
        expect(2, "unknown driver \"oracle\" in database URL", "migrate", "apply", "--url",
                "oracle://u:" + SECRET + "@h/db");
        expect(2, "docker:// URLs are not supported", "migrate", "apply", "--url", "docker://postgres/15/dev");
        expect(2, "database URL sqlite:// names no SQLite file", "migrate", "apply", "--url", "sqlite://");
        expect(2, "no database URL: pass --url, or set STRATA_URL or DATABASE_URL", "migrate", "apply");
        expect(2, "--url env://url refers to the project environment: pass --env", "migrate", "apply", "--url",
                "env://url");
        expect(1, "cannot connect to postgres://u:xxxxx@127.0.0.1:1/db?sslmode=disable: connection refused",
                "migrate", "apply", "--url", "postgres://u:" + SECRET + "@127.0.0.1:1/db?sslmode=disable");
        expect(1, "cannot connect to mysql://root:xxxxx@no-such-host.invalid:3306/db: unknown host",
                "migrate", "apply", "--url", "mysql://root:" + SECRET + "@no-such-host.invalid:3306/db");
        expect(1, "cannot connect to postgres://postgres:xxxxx@", "migrate", "apply", "--url",
                url.replace("/" + db.name() + "?", "/strata_no_such_db?"));
        // Migration directories.
        expect(2, "migration directory not found: nowhere (--dir file://nowhere)", apply("--dir", "file://nowhere"));
        Files.writeString(tmp.resolve("plain-file"), "x");
        expect(2, "migration directory plain-file is not a directory", apply("--dir", "file://plain-file"));
        expect(2, "missing scheme for dir url \"migrations\"", apply("--dir", "migrations"));
        expect(2, "unsupported dir url scheme \"s3\"", apply("--dir", "s3://bucket/migrations"));
        expect(2, "dir format \"flyway\" in \"file://migrations?format=flyway\" is not supported here",
                apply("--dir", "file://migrations?format=flyway"));
        unreadableEntries();
        // atlas.sum.
        Path noSum = dir("no-sum", "1_a.sql", "SELECT 1;\n");
        Files.delete(noSum.resolve("atlas.sum"));
        expect(1, "checksum file not found: no-sum/atlas.sum", apply("--dir", "file://no-sum"));
        Path extraLine = dir("extra-line", "1_a.sql", "SELECT 1;\n");
        Files.writeString(extraLine.resolve("atlas.sum"), Files.readString(extraLine.resolve("atlas.sum")) + "junk\n");
        expect(1, "checksum file format invalid: extra-line/atlas.sum line 3", apply("--dir", "file://extra-line"));
        Path handEdited = dir("hand-edited", "1_a.sql", "SELECT 1;\n");
        Files.writeString(handEdited.resolve("atlas.sum"),
                Files.readString(handEdited.resolve("atlas.sum")).replace("1_a.sql h1:", "1_a.sql h1:x"));
        expect(1, "checksum mismatch: hand-edited/atlas.sum line 1", apply("--dir", "file://hand-edited"));
        Path edited = dir("edited", "1_a.sql", "SELECT 1;\n", "2_b.sql", "SELECT 2;\n");
        Files.writeString(edited.resolve("1_a.sql"), "SELECT 10;\n");
        expect(1, "checksum mismatch: 1_a.sql was edited (edited/atlas.sum line 2)", apply("--dir", "file://edited"));
        Path added = dir("added", "1_a.sql", "SELECT 1;\n");
        Files.writeString(added.resolve("0_first.sql"), "SELECT 0;\n");
        expect(1, "checksum mismatch: 0_first.sql was added (added/atlas.sum line 2)", apply("--dir", "file://added"));
        Path removed = dir("removed", "1_a.sql", "SELECT 1;\n", "2_b.sql", "SELECT 2;\n");
        Files.delete(removed.resolve("1_a.sql"));
        expect(1, "checksum mismatch: 1_a.sql was removed (removed/atlas.sum line 2)", apply("--dir", "file://removed"));
        // File contents.
        dir("dup", "1_a.sql", "SELECT 1;\n", "1_b.sql", "SELECT 2;\n");
        expect(1, "duplicate migration version 1: 1_a.sql and 1_b.sql", apply("--dir", "file://dup"));
        dir("quote", "1_a.sql", "SELECT 1;\nINSERT INTO t VALUES ('oops);\n");
        expect(1, "quote/1_a.sql:2:23: unclosed quote '\\''", apply("--dir", "file://quote", "--allow-dirty"));
        dir("dollar", "1_a.sql", "CREATE FUNCTION f() RETURNS int AS $$\nSELECT 1;\n");
        expect(1, "dollar/1_a.sql:1:36: unclosed dollar-quoted string $$", apply("--dir", "file://dollar", "--allow-dirty"));
        dir("paren", "1_a.sql", "SELECT (1;\n");
        expect(1, "paren/1_a.sql:1:8: unclosed '('", apply("--dir", "file://paren", "--allow-dirty"));
        Path utf8 = Files.createDirectories(tmp.resolve("utf8"));
        Files.write(utf8.resolve("1_a.sql"), new byte[] {'S', 'E', 'L', 'E', 'C', 'T', ' ', '1', ';', '\n', (byte) 0xff});
        TestDirs.rehash(utf8);
        expect(1, "1_a.sql:2: invalid UTF-8 (byte offset 10)", apply("--dir", "file://utf8", "--allow-dirty"));
        dir("txmode", "1_a.sql", "-- atlas:txmode sometimes\n\nSELECT 1;\n");
        expect(1, "unknown txmode \"sometimes\" found in file directive \"1_a.sql\"", apply("--dir", "file://txmode", "--allow-dirty"));
        dir("txall", "1_a.sql", "-- atlas:txmode all\n\nSELECT 1;\n");
        expect(1, "txmode \"all\" is not allowed in file directive \"1_a.sql\"", apply("--dir", "file://txall", "--allow-dirty"));
        dir("lockwait", "1_a.sql", "-- strata:lock_timeout soon\n\nSELECT 1;\n");
        expect(1, "lockwait/1_a.sql: strata:lock_timeout: invalid duration \"soon\"", apply("--dir", "file://lockwait", "--allow-dirty"));
        bigFileWithAnUnclosedQuoteAtTheEnd();
        heapTooSmallForTheFiles();
        // Commands, flags and arguments.
        expect(2, "unknown command \"frobnicate\" for \"strata\" (see", "frobnicate");
        expect(2, "unknown command \"frobnicate\" for \"strata migrate\" (see", "migrate", "frobnicate");
        expect(2, "unknown flag: --frobnicate (see", apply("--frobnicate"));
        // A typo, at most two edits away, gets the nearest name.
        expect(2, "unknown command \"aply\" for \"strata migrate\"; did you mean \"apply\"? (see 'strata migrate"
                + " --help')", "migrate", "aply");
        expect(2, "unknown flag: --dry-ru; did you mean \"--dry-run\"? (see 'strata migrate apply --help')",
                apply("--dry-ru"));
        expect(2, "unknown flag: --to-versio=3; did you mean \"--to-version\"?", apply("--to-versio=3"));
        expect(2, "invalid amount argument \"x\"", apply("x"));
        expect(2, "cannot apply '0' migration files", apply("0"));
        expect(2, "accepts at most 1 arg(s), received 2", apply("1", "2"));
        expect(2, "unknown tx-mode \"sometimes\"", apply("--tx-mode", "sometimes"));
        expect(2, "unknown execution order: \"random\"", apply("--exec-order", "random"));
        expect(2, "invalid value for --lock-timeout: invalid duration \"soon\"", apply("--lock-timeout", "soon"));
        expect(2, "invalid value for --ddl-lock-timeout: invalid duration \"1x\"", apply("--ddl-lock-timeout", "1x"));
        expect(2, "--ddl-retries cannot be negative: -1", apply("--ddl-retries=-1"));
        expect(2, "unsupported --format {{ .Target }}", apply("--format", "{{ .Target }}"));
        expect(2, "baseline and allow-dirty are mutually exclusive", apply("--baseline", "1", "--allow-dirty"));
        expect(2, "invalid value for --parallel: 0", apply("--parallel", "0"));
        expect(2, "invalid value for --shard: \"5/4\"", apply("--shard", "5/4"));
        expect(2, "--var needs --env", apply("--var", "a=b"));
        expect(2, "invalid value for --in-doubt: \"maybe\"", "migrate", "set", "--in-doubt", "maybe", "--url", url);
        expect(2, "baseline version \"9\" not found", apply("--baseline", "9"));
        expect(2, "migration with version \"9\" not found", "migrate", "set", "9", "--url", url);
        // The database's state.
        expect(1, "connected database is not clean: found table \"existing\" in schema \"public\"", apply());
        lockedPastTheTimeout();
        incompatibleRevisionsColumn();
        assertThat(cases).isGreaterThanOrEqualTo(40);
    }

    /**
     * Entries named like migrations that cannot be read stop the run, as in Atlas, instead of being
     * left out of the deploy. Permission bits do not stop root, so those two cases run only as
     * another user; the dangling link and the directory fail for everyone.
     */
    private void unreadableEntries() throws Exception {
        Path dangling = dir("dangling", "1_a.sql", "SELECT 1;\n");
        Files.createSymbolicLink(dangling.resolve("2_b.sql"), tmp.resolve("nowhere.sql"));
        expect(1, "cannot read migration file dangling/2_b.sql: no such file or directory",
                apply("--dir", "file://dangling"));
        Path folder = dir("folder", "1_a.sql", "SELECT 1;\n");
        Files.createDirectory(folder.resolve("2_b.sql"));
        expect(1, "cannot read migration file folder/2_b.sql: is a directory", apply("--dir", "file://folder"));
        if (!"root".equals(System.getProperty("user.name"))) {
            Path locked = dir("locked-file", "1_a.sql", "SELECT 1;\n");
            Files.setPosixFilePermissions(locked.resolve("1_a.sql"), java.util.Set.of());
            expect(1, "cannot read migration file locked-file/1_a.sql: permission denied",
                    apply("--dir", "file://locked-file"));
            Path lockedDir = dir("locked-dir", "1_a.sql", "SELECT 1;\n");
            Files.setPosixFilePermissions(lockedDir, java.util.Set.of());
            expect(1, "cannot read migration directory locked-dir: permission denied",
                    apply("--dir", "file://locked-dir"));
            Files.setPosixFilePermissions(lockedDir, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void wrongPasswordOnMariaDb() throws Exception {
        try (TestDb maria = TestDb.mariadb()) {
            String wrong = maria.url().replaceFirst("://([^:@/]+)(:[^@]*)?@", "://$1:" + SECRET + "@");
            assertThat(wrong).contains(SECRET);
            expect(1, "cannot connect to " + maria.url().replace("root@", "root:xxxxx@") + ": authentication failed: ",
                    "migrate", "apply", "--url", wrong);
        }
    }

    /** 50 MB of statements and an unclosed quote on the last line: found before anything runs. */
    private void bigFileWithAnUnclosedQuoteAtTheEnd() throws Exception {
        Path big = Files.createDirectories(tmp.resolve("big"));
        int lines = 0;
        try (OutputStream out = Files.newOutputStream(big.resolve("1_big.sql"))) {
            byte[] line = "INSERT INTO existing VALUES (1); -- padding padding padding padding padding\n"
                    .getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
                out.write(line);
                lines++;
            }
            out.write("INSERT INTO existing VALUES ('unclosed);\n".getBytes(StandardCharsets.UTF_8));
        }
        TestDirs.rehash(big);
        expect(1, "big/1_big.sql:" + (lines + 1) + ":30: unclosed quote '\\''", apply("--dir", "file://big",
                "--allow-dirty"));
    }

    /** The JVM's own failure, not an exception: still one line, and nothing applied. */
    private void heapTooSmallForTheFiles() throws Exception {
        Path big = Files.createDirectories(tmp.resolve("heap"));
        try (OutputStream out = Files.newOutputStream(big.resolve("1_big.sql"))) {
            byte[] line = "INSERT INTO existing VALUES (1);\n".getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 40L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }
        TestDirs.rehash(big);
        expect(new StrataProcess(tmp).jvmOption("-Xmx24m"), 1, "out of memory (Java heap space): give Strata a larger"
                + " heap", apply("--dir", "file://heap", "--allow-dirty"));
    }

    private void lockedPastTheTimeout() throws Exception {
        DatabaseUrl parsed = DatabaseUrl.parse(db.url());
        try (var session = Dialects.forUrl(parsed).open(parsed);
             var lock = session.dialect().locker(session).lock(MigrateSettings.ATLAS_LOCK, Duration.ZERO)) {
            expect(1, "acquiring database lock: lock \"atlas_migrate_execute\" is held by another session (waited 1s;",
                    apply("--lock-timeout", "1s", "--allow-dirty"));
        }
    }

    private void incompatibleRevisionsColumn() throws Exception {
        Path d = dir("column", "1_a.sql", "SELECT 1;\n");
        Strata.builder().url(db.url()).dir(d).allowDirty(true).build().apply();
        before = db.tables();
        db.execute("ALTER TABLE atlas_schema_revisions.atlas_schema_revisions ALTER COLUMN hash TYPE int USING 0");
        dir("column", "2_b.sql", "CREATE TABLE never (id int);\n");
        expect(1, "revisions table \"atlas_schema_revisions\".\"atlas_schema_revisions\": column hash has type"
                + " integer, expected character varying", apply("--dir", "file://column"));
    }
}
