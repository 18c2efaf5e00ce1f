package dev.strata.cli;

import dev.strata.testing.TestDb;
import dev.strata.testing.TestDirs;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deployers run {@code migrate apply} at once against one database: the migration lock lets one
 * apply while the others wait and then find nothing to do. Every file runs exactly once, which the
 * inserted rows count.
 */
class ConcurrentApplyProcessTest {

    private static final int PROCESSES = 8;
    private static final int FILES = 12;
    private static final boolean LONG = "true".equals(System.getenv("STRATA_LONG_TESTS"));

    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(TestDb.Kind.class)
    void eightProcessesApplyEachFileOnce(TestDb.Kind kind) throws Exception {
        try (TestDb db = TestDb.create(kind)) {
            List<String> files = new ArrayList<>(List.of("001_runs.sql", "CREATE TABLE runs (file int);\n"));
            for (int i = 2; i <= FILES; i++) {
                files.add(String.format("%03d_insert.sql", i));
                files.add("CREATE TABLE t" + i + " (id int);\nINSERT INTO runs VALUES (" + i + ");\n");
            }
            TestDirs.write(tmp.resolve("migrations"), files.toArray(String[]::new));
            List<Process> running = new ArrayList<>();
            for (int i = 0; i < PROCESSES; i++) {
                running.add(new StrataProcess(tmp).start("migrate", "apply", "--url", db.url(), "--lock-timeout",
                        "120s"));
            }
            int applied = 0;
            for (Process p : running) {
                StrataProcess.Result r = StrataProcess.finish(p);
                assertThat(r.exitCode()).as(r.toString()).isZero();
                if (r.stdout().startsWith("Migrating to version")) {
                    applied++;
                } else {
                    assertThat(r.stdout()).isEqualTo("No migration files to execute\n");
                }
            }
            assertThat(applied).as("exactly one process applied the files").isEqualTo(1);
            assertThat(db.column("SELECT count(*) FROM runs")).containsExactly(Integer.toString(FILES - 1));
            assertThat(db.column("SELECT count(*) FROM " + db.revisionsTable())).containsExactly(Integer.toString(FILES));
            assertThat(db.column("SELECT count(DISTINCT version) FROM " + db.revisionsTable()))
                    .containsExactly(Integer.toString(FILES));
        }
    }

    /**
     * Rounds of racing deployers, each round with new files: half wait as long as it takes, half
     * give up at once. A waiter applies nothing or fails with the lock-timeout message; every file
     * runs once. CI: 8 processes, 3 rounds; STRATA_LONG_TESTS=true: 16 processes, 20 rounds.
     */
    @ParameterizedTest
    @EnumSource(TestDb.Kind.class)
    void roundsOfRacingDeployers(TestDb.Kind kind) throws Exception {
        int processes = LONG ? 16 : 8;
        int rounds = LONG ? 20 : 3;
        try (TestDb db = TestDb.create(kind)) {
            Path dir = tmp.resolve("race");
            TestDirs.write(dir, "0000_runs.sql", "CREATE TABLE runs (round int, file int);\n");
            int files = 1;
            int impatientFailures = 0;
            for (int round = 1; round <= rounds; round++) {
                for (int f = 1; f <= 2; f++) {
                    TestDirs.write(dir, String.format("%02d%02d_round.sql", round, f),
                            "INSERT INTO runs VALUES (" + round + ", " + f + ");\n");
                    files++;
                }
                List<Process> running = new ArrayList<>();
                for (int i = 0; i < processes; i++) {
                    running.add(new StrataProcess(tmp).start("migrate", "apply", "--url", db.url(), "--dir",
                            "file://" + dir, "--lock-timeout", i % 2 == 0 ? "120s" : "0s"));
                }
                int applied = 0;
                for (Process p : running) {
                    StrataProcess.Result r = StrataProcess.finish(p);
                    if (r.exitCode() == 1) {
                        impatientFailures++;
                        assertThat(r.stderr()).as(r.toString()).startsWith(
                                "Error: acquiring database lock: lock \"atlas_migrate_execute").contains("is held by another session");
                        assertThat(r.stderr().lines()).hasSize(1);
                        continue;
                    }
                    assertThat(r.exitCode()).as(r.toString()).isZero();
                    if (r.stdout().startsWith("Migrating to version")) {
                        applied++;
                    } else {
                        assertThat(r.stdout()).isEqualTo("No migration files to execute\n");
                    }
                }
                assertThat(applied).as("round %d: one process applied the round's files", round).isEqualTo(1);
                assertThat(db.column("SELECT count(*) FROM runs")).containsExactly(Integer.toString(round * 2));
            }
            assertThat(db.column("SELECT count(DISTINCT version) FROM " + db.revisionsTable()))
                    .containsExactly(Integer.toString(files));
            System.out.printf("%s: %d rounds of %d processes, %d impatient ones gave up%n", kind, rounds, processes,
                    impatientFailures);
        }
    }
}
