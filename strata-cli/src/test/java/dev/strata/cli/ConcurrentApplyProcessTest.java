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
 * Eight deployers run {@code migrate apply} at once against one database: the migration lock lets
 * one apply while the others wait and then find nothing to do. Every file runs exactly once, which
 * the inserted rows count.
 */
class ConcurrentApplyProcessTest {

    private static final int PROCESSES = 8;
    private static final int FILES = 12;

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
}
