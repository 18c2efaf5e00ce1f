package dev.strata.cli;

import dev.strata.testing.TestDb;
import dev.strata.testing.TestDirs;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SIGKILL during {@code migrate apply} of 200 files, at a seeded random moment, then a re-run.
 * After every kill: on PostgreSQL and SQLite no file is half-applied; on MariaDB (DDL commits on its
 * own) the revisions table matches the database, except at most one statement recorded as in doubt,
 * which the re-run refuses to guess about until {@code migrate set --in-doubt} settles it. After the
 * re-run every file's changes are there exactly once. The re-runs use a short lock timeout: the
 * killed process's lock must have died with it.
 *
 * <p>CI runs 5 trials per database; STRATA_LONG_TESTS=true runs 30. The seed is
 * {@code strata.crash.seed} (default 20261127); each trial prints its kill point.
 */
class CrashSafetyProcessTest {

    private static final int FILES = 200;
    private static final boolean LONG = "true".equals(System.getenv("STRATA_LONG_TESTS"));
    private static final long SEED = Long.getLong("strata.crash.seed", 20261127L);

    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(TestDb.Kind.class)
    void killAndResume(TestDb.Kind kind) throws Exception {
        Path dir = migrations();
        Random random = new Random(SEED + kind.ordinal());
        int trials = LONG ? 30 : 5;
        int inDoubt = 0;
        for (int trial = 0; trial < trials; trial++) {
            int killAt = 2 + random.nextInt(FILES - 2);
            int delayMillis = random.nextInt(40);
            try (TestDb db = TestDb.create(kind)) {
                boolean killed = killDuring(db, dir, killAt, delayMillis);
                System.out.printf("%s trial %d: kill at file %d + %d ms (%s)%n", kind, trial, killAt, delayMillis,
                        killed ? "killed" : "finished first");
                db.awaitOtherSessionsGone(java.time.Duration.ofSeconds(30));
                State state = State.read(db);
                String doubt = state.checkConsistent(kind);
                StrataProcess.Result rerun = apply(db, dir);
                if (doubt != null) {
                    inDoubt++;
                    assertThat(rerun.exitCode()).as(rerun.toString()).isEqualTo(1);
                    assertThat(rerun.stderr()).contains("is in doubt").contains("_f.sql")
                            .contains("strata migrate set --in-doubt done").contains("--in-doubt not-done");
                    String outcome = db.tables().stream().anyMatch(t -> t.endsWith("t" + doubt)) ? "done" : "not-done";
                    StrataProcess.Result settle = new StrataProcess(tmp).run("migrate", "set", "--in-doubt", outcome,
                            "--url", db.url(), "--dir", "file://" + dir);
                    assertThat(settle.exitCode()).as(settle.toString()).isZero();
                    rerun = apply(db, dir);
                }
                assertThat(rerun.exitCode()).as(rerun.toString()).isZero();
                State.read(db).checkComplete();
            }
        }
        System.out.printf("%s: %d trials, %d left a statement in doubt%n", kind, trials, inDoubt);
    }

    /** 200 files: the first creates a ledger; each other creates a table and adds two ledger rows. */
    private Path migrations() {
        List<String> files = new ArrayList<>(List.of("001_f.sql", "CREATE TABLE ledger (file int, n int);\n"));
        for (int i = 2; i <= FILES; i++) {
            files.add(String.format("%03d_f.sql", i));
            files.add("CREATE TABLE t" + i + " (id int);\nINSERT INTO ledger VALUES (" + i + ", 1);\n"
                    + "INSERT INTO ledger VALUES (" + i + ", 2);\n");
        }
        return TestDirs.write(tmp.resolve("migrations"), files.toArray(String[]::new));
    }

    private StrataProcess.Result apply(TestDb db, Path dir) {
        return new StrataProcess(tmp).run("migrate", "apply", "--url", db.url(), "--dir", "file://" + dir,
                "--lock-timeout", "3s");
    }

    /** Starts apply and SIGKILLs it once it starts file {@code killAt}, after the delay. */
    private boolean killDuring(TestDb db, Path dir, int killAt, int delayMillis) throws Exception {
        Process p = new StrataProcess(tmp).start("migrate", "apply", "--url", db.url(), "--dir", "file://" + dir);
        String marker = String.format("  -- migrating version %03d", killAt);
        CompletableFuture<Boolean> reached = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.equals(marker)) {
                        return true;
                    }
                }
                return false;
            } catch (java.io.IOException e) {
                return false;
            }
        });
        CompletableFuture.runAsync(() -> drain(p));
        boolean hit = reached.get(120, TimeUnit.SECONDS);
        if (hit) {
            Thread.sleep(delayMillis);
            p.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback from the client.
        }
        p.waitFor(60, TimeUnit.SECONDS);
        return hit && p.exitValue() != 0;
    }

    private static void drain(Process p) {
        try {
            p.getErrorStream().transferTo(java.io.OutputStream.nullOutputStream());
        } catch (java.io.IOException e) {
            // The process is gone.
        }
    }

    /** The revisions table and the ledger, as the database holds them. */
    private record State(Map<Integer, int[]> rows, Map<Integer, String> errors, Set<Integer> tables,
                         Map<Integer, Integer> ledger, boolean ledgerExists) {

        static State read(TestDb db) throws Exception {
            Map<Integer, int[]> rows = new HashMap<>();
            Map<Integer, String> errors = new HashMap<>();
            Set<Integer> tables = new HashSet<>();
            Map<Integer, Integer> ledger = new HashMap<>();
            boolean ledgerExists = false;
            for (String t : db.tables()) {
                String bare = t.substring(t.indexOf('.') + 1);
                if (bare.matches("t\\d+")) {
                    tables.add(Integer.parseInt(bare.substring(1)));
                }
                ledgerExists |= bare.equals("ledger");
            }
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                if (db.tables().stream().anyMatch(t -> t.endsWith("atlas_schema_revisions"))) {
                    try (ResultSet rs = st.executeQuery("SELECT version, applied, total, error FROM "
                            + db.revisionsTable())) {
                        while (rs.next()) {
                            int v = Integer.parseInt(rs.getString(1));
                            rows.put(v, new int[] {rs.getInt(2), rs.getInt(3)});
                            errors.put(v, rs.getString(4) == null ? "" : rs.getString(4));
                        }
                    }
                }
                if (ledgerExists) {
                    try (ResultSet rs = st.executeQuery("SELECT file, count(*) FROM ledger GROUP BY file")) {
                        while (rs.next()) {
                            ledger.put(rs.getInt(1), rs.getInt(2));
                        }
                    }
                }
            }
            return new State(rows, errors, tables, ledger, ledgerExists);
        }

        /**
         * Checks the state a kill left: every file complete or untouched, but for one partial file on
         * MariaDB. Returns the number of the file whose first statement is in doubt, or null.
         */
        String checkConsistent(TestDb.Kind kind) {
            String doubt = null;
            for (int i = 1; i <= FILES; i++) {
                int[] row = rows.get(i);
                int ran;
                if (row == null) {
                    ran = 0;
                } else if (row[0] == row[1]) {
                    ran = row[1];
                } else {
                    assertThat(kind).as("file %d is partial: only MariaDB can leave one", i)
                            .isEqualTo(TestDb.Kind.MARIADB);
                    assertThat(doubt).as("at most one partial file").isNull();
                    ran = row[0];
                    if (errors.get(i).startsWith("strata: in doubt:")) {
                        doubt = Integer.toString(i);
                        assertThat(row[0]).as("only a DDL statement can be in doubt").isZero();
                        assertThat(ledger.getOrDefault(i, 0)).isZero();
                        continue;
                    }
                }
                if (i == 1) {
                    assertThat(ledgerExists).as("file 1 ran %d of 1", ran).isEqualTo(ran == 1);
                    continue;
                }
                assertThat(tables.contains(i)).as("table of file %d (ran %d of 3)", i, ran).isEqualTo(ran >= 1);
                assertThat(ledger.getOrDefault(i, 0)).as("ledger rows of file %d (ran %d of 3)", i, ran)
                        .isEqualTo(Math.max(0, ran - 1));
            }
            return doubt;
        }

        /** After the re-run: every file applied exactly once. */
        void checkComplete() {
            assertThat(rows).hasSize(FILES);
            rows.forEach((v, r) -> assertThat(r[0]).as("file %d", v).isEqualTo(r[1]));
            assertThat(ledgerExists).isTrue();
            for (int i = 2; i <= FILES; i++) {
                assertThat(tables).contains(i);
                assertThat(ledger.get(i)).as("ledger rows of file %d", i).isEqualTo(2);
            }
        }
    }
}
