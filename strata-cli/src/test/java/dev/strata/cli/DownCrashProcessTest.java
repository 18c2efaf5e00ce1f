package dev.strata.cli;

import dev.strata.testing.TestDb;
import dev.strata.testing.TestDirs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SIGKILL during {@code migrate down} on MariaDB, whose DDL commits on its own: the statement being
 * run is held on a metadata lock another session keeps, the process is killed while it waits, and the
 * revision it was undoing stays marked in doubt. {@code migrate apply} refuses to run over it and names
 * it; the next {@code migrate down} names it and finishes the job.
 */
class DownCrashProcessTest {

    @TempDir
    Path tmp;

    @Test
    void aKilledDownLeavesAnInDoubtRecordThatTheNextRunNames() throws Exception {
        Path dir = TestDirs.write(tmp.resolve("migrations"),
                "1_a.sql", "CREATE TABLE a (id int PRIMARY KEY);\n",
                "2_b.sql", "CREATE TABLE b (id int PRIMARY KEY);\n");
        try (TestDb db = TestDb.mariadb(); TestDb dev = TestDb.mariadb()) {
            StrataProcess strata = new StrataProcess(tmp);
            assertThat(strata.run("migrate", "hash", "--dir", "file://" + dir).exitCode()).isZero();
            String[] common = {"--url", db.url(), "--dir", "file://" + dir};
            assertThat(strata.run(with(common, "migrate", "apply")).exitCode()).isZero();
            String[] down = with(with(common, "--dev-url", dev.url(), "--lock-timeout", "3s"), "migrate", "down");

            try (Connection holder = db.connect(); Statement st = holder.createStatement()) {
                holder.setAutoCommit(false);
                st.executeQuery("SELECT * FROM b").close(); // Holds b's metadata lock: DROP TABLE b waits.
                Process p = strata.start(down);
                CompletableFuture.runAsync(() -> drain(p));
                assertThat(waitForLine(p, "  -- reverting version 2")).isTrue();
                assertThat(waitForInDoubt(db)).as("the in-doubt record before DROP TABLE b").isTrue();
                p.destroyForcibly(); // SIGKILL while the statement waits.
                p.waitFor(30, TimeUnit.SECONDS);
                holder.rollback();
            }

            StrataProcess.Result apply = strata.run(with(common, "migrate", "apply"));
            assertThat(apply.exitCode()).as(apply.toString()).isEqualTo(1);
            assertThat(apply.stderr()).contains("version 2: a migrate down did not finish (strata: in doubt: migrate"
                    + " down to version 1, statement 1 of 1").contains("DROP TABLE `b`")
                    .contains("run the same migrate down again to finish it");

            StrataProcess.Result status = strata.run(with(common, "migrate", "status"));
            assertThat(status.stdout()).contains("ERROR: version 2: a migrate down did not finish");

            StrataProcess.Result again = strata.run(down);
            assertThat(again.exitCode()).as(again.toString()).isZero();
            assertThat(again.stderr()).contains("a previous migrate down did not finish");
            assertThat(db.column("SELECT version FROM atlas_schema_revisions ORDER BY version")).containsExactly("1");
            assertThat(db.userTables()).containsExactly("a");
            assertThat(strata.run(with(common, "migrate", "apply")).exitCode()).isZero();
            assertThat(db.userTables()).containsExactly("a", "b");
        }
    }

    private static String[] with(String[] args, String... more) {
        String[] out = new String[args.length + more.length];
        System.arraycopy(more, 0, out, 0, more.length);
        System.arraycopy(args, 0, out, more.length, args.length);
        return out;
    }

    private static boolean waitForLine(Process p, String line) throws Exception {
        return CompletableFuture.supplyAsync(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String l = out.readLine(); l != null; l = out.readLine()) {
                    if (l.equals(line)) {
                        return true;
                    }
                }
                return false;
            } catch (java.io.IOException e) {
                return false;
            }
        }).get(120, TimeUnit.SECONDS);
    }

    private static boolean waitForInDoubt(TestDb db) throws Exception {
        for (int i = 0; i < 200; i++) {
            List<String> errors = db.column("SELECT error FROM atlas_schema_revisions WHERE version = '2'");
            if (!errors.isEmpty() && errors.get(0) != null && errors.get(0).startsWith("strata: in doubt: migrate down")) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    private static void drain(Process p) {
        try {
            p.getErrorStream().transferTo(java.io.OutputStream.nullOutputStream());
        } catch (java.io.IOException e) {
            // The process is gone.
        }
    }
}
