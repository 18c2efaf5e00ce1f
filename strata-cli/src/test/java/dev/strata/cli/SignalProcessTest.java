package dev.strata.cli;

import dev.strata.testing.TestDb;
import dev.strata.testing.TestDirs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SIGTERM and SIGINT ({@code kill -TERM <pid>}) while {@code migrate apply} runs a statement that
 * sleeps: the statement is cancelled on the server, the file rolled back, the lock released, one
 * line on stderr, and the exit code of the signal. On MariaDB a DDL statement, which commits on its
 * own, is let finish and recorded instead of being left in doubt; a second signal exits at once.
 */
class SignalProcessTest {

    /** A recursive CTE that counts for minutes: SQLite has no sleep function. */
    private static final String SQLITE_SLOW = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c"
            + " WHERE x < 5000000000) SELECT count(*) FROM c;";

    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(TestDb.Kind.class)
    void sigtermCancelsTheStatementAndRollsBack(TestDb.Kind kind) throws Exception {
        try (TestDb db = TestDb.create(kind)) {
            String slow = switch (kind) {
                case POSTGRES -> "SELECT pg_sleep(60);";
                case MARIADB -> "SELECT SLEEP(60);";
                case SQLITE -> SQLITE_SLOW;
            };
            // On MariaDB the INSERT is in the file's transaction; on the others the CREATE TABLE is too.
            TestDirs.write(tmp.resolve("migrations"), "1_a.sql", "CREATE TABLE a (id int);\n",
                    "2_b.sql", (kind == TestDb.Kind.MARIADB ? "" : "CREATE TABLE b (id int);\n")
                            + "INSERT INTO a VALUES (1);\n" + slow + "\n");
            Running run = Running.start(tmp, db, "-> " + slow.substring(0, 12));
            long sent = run.signal("TERM", 700);
            StrataProcess.Result r = run.finish();
            long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sent);
            assertThat(r.exitCode()).as(r.toString()).isEqualTo(143);
            assertThat(r.stderr()).as(r.toString()).isEqualTo("interrupted: version 2 rolled back; version 1 before"
                    + " it completed and recorded\n");
            assertThat(took).as("stopped promptly").isLessThan(15_000);
            assertThat(db.column("SELECT version FROM " + db.revisionsTable())).containsExactly("1");
            assertThat(db.column("SELECT count(*) FROM a")).containsExactly("0");
            assertThat(db.userTables()).doesNotContain("b");
            if (kind == TestDb.Kind.POSTGRES) {
                // Cancelled on the server, and the advisory lock went with the session.
                assertThat(db.column("SELECT count(*) FROM pg_stat_activity WHERE datname = '" + db.name()
                        + "' AND query LIKE 'SELECT pg_sleep%' AND state = 'active'")).containsExactly("0");
                assertThat(db.column("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
                        + " AND database = (SELECT oid FROM pg_database WHERE datname = '" + db.name() + "')"))
                        .containsExactly("0");
            } else if (kind == TestDb.Kind.MARIADB) {
                assertThat(db.column("SELECT count(*) FROM information_schema.processlist WHERE db = '" + db.name()
                        + "' AND info LIKE 'SELECT SLEEP%'")).containsExactly("0");
            }
        }
    }

    @Test
    void sigintExits130() throws Exception {
        try (TestDb db = TestDb.create(TestDb.Kind.POSTGRES)) {
            TestDirs.write(tmp.resolve("migrations"), "1_a.sql", "CREATE TABLE a (id int);\nSELECT pg_sleep(60);\n");
            Running run = Running.start(tmp, db, "-> SELECT pg_sleep");
            run.signal("INT", 700);
            StrataProcess.Result r = run.finish();
            assertThat(r.exitCode()).as(r.toString()).isEqualTo(130);
            assertThat(r.stderr()).isEqualTo("interrupted: version 1 rolled back\n");
            assertThat(db.userTables()).isEmpty();
        }
    }

    /** MariaDB DDL commits on its own: it is let finish, then recorded complete, not in doubt. */
    @Test
    void mariadbDdlFinishesAndIsRecorded() throws Exception {
        try (TestDb db = TestDb.create(TestDb.Kind.MARIADB)) {
            TestDirs.write(tmp.resolve("migrations"), "1_a.sql", "CREATE TABLE a (id int);\n",
                    "2_slow.sql", "CREATE TABLE slow AS SELECT SLEEP(3) AS s;\n", "3_c.sql", "CREATE TABLE c (id int);\n");
            Running run = Running.start(tmp, db, "-> CREATE TABLE slow");
            run.signal("TERM", 500);
            StrataProcess.Result r = run.finish();
            assertThat(r.exitCode()).as(r.toString()).isEqualTo(143);
            assertThat(r.stderr()).as(r.toString()).isEqualTo("interrupted: version 2 completed and recorded\n");
            assertThat(db.userTables()).contains("a", "slow").doesNotContain("c");
            assertThat(db.column("SELECT concat(version, ' ', applied, '/', total, ' ', error) FROM "
                    + db.revisionsTable() + " ORDER BY version")).containsExactly("1 1/1 ", "2 1/1 ");
        }
    }

    /** A second signal while the DDL is let finish exits at once; the record says what it knows: in doubt. */
    @Test
    void secondSignalExitsAtOnce() throws Exception {
        try (TestDb db = TestDb.create(TestDb.Kind.MARIADB)) {
            TestDirs.write(tmp.resolve("migrations"), "1_slow.sql", "CREATE TABLE slow AS SELECT SLEEP(20) AS s;\n");
            Running run = Running.start(tmp, db, "-> CREATE TABLE slow");
            run.signal("TERM", 500);
            long second = run.signal("TERM", 1000);
            StrataProcess.Result r = run.finish();
            assertThat(r.exitCode()).as(r.toString()).isEqualTo(143);
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - second)).isLessThan(5_000);
            assertThat(db.column("SELECT error FROM " + db.revisionsTable())).singleElement().asString()
                    .startsWith("strata: in doubt:");
        }
    }

    /** An apply run in a process, with its output read as it comes. */
    private record Running(Process process, CompletableFuture<String> out, CompletableFuture<String> err,
                           CompletableFuture<Boolean> reached) {

        static Running start(Path dir, TestDb db, String marker) throws Exception {
            Process p = new StrataProcess(dir).start("migrate", "apply", "--url", db.url());
            p.getOutputStream().close();
            CompletableFuture<Boolean> reached = new CompletableFuture<>();
            CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> {
                StringBuilder b = new StringBuilder();
                try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line = r.readLine(); line != null; line = r.readLine()) {
                        b.append(line).append('\n');
                        if (line.contains(marker)) {
                            reached.complete(true);
                        }
                    }
                } catch (IOException e) {
                    // The process is gone.
                }
                reached.complete(false);
                return b.toString();
            });
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> {
                try {
                    return new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    return "";
                }
            });
            Running run = new Running(p, out, err, reached);
            assertThat(reached.get(60, TimeUnit.SECONDS)).as("the statement started: %s", run).isTrue();
            return run;
        }

        /** Sends the signal after a pause, with kill(1) as an operator or orchestrator would; returns when. */
        long signal(String name, long pauseMillis) throws Exception {
            Thread.sleep(pauseMillis);
            long now = System.nanoTime();
            int rc = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start().waitFor();
            assertThat(rc).isZero();
            return now;
        }

        StrataProcess.Result finish() throws Exception {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("strata did not exit within 60s of the signal");
            }
            return new StrataProcess.Result(process.exitValue(), out.get(10, TimeUnit.SECONDS),
                    err.get(10, TimeUnit.SECONDS));
        }
    }
}
