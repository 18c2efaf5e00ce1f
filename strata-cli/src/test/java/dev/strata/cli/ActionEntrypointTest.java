package dev.strata.cli;

import dev.strata.testing.TestDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The GitHub Action's entrypoint ({@code action/entrypoint.sh}) run as GitHub runs it: in a real git
 * repository with a pull request branch, with a simulated environment (the event file,
 * {@code GITHUB_OUTPUT}, {@code GITHUB_STEP_SUMMARY}) and strata as a separate process.
 */
class ActionEntrypointTest {

    private static final Path ENTRYPOINT = Path.of("..", "action", "entrypoint.sh").toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    private Path repo;

    /** main has the table; the branch adds {@code added} as 2_change.sql. */
    private void pullRequest(String added) throws Exception {
        repo = Files.createDirectories(tmp.resolve("repo"));
        Path dir = Files.createDirectories(repo.resolve("migrations"));
        git("init", "-q", "-b", "main");
        git("config", "user.email", "t@example.com");
        git("config", "user.name", "t");
        Files.writeString(dir.resolve("1_init.sql"), "CREATE TABLE big_table (id int, x int);\n");
        hash(dir);
        git("add", ".");
        git("commit", "-q", "-m", "base");
        git("checkout", "-q", "-b", "feature");
        Files.writeString(dir.resolve("2_change.sql"), added);
        hash(dir);
        git("add", ".");
        git("commit", "-q", "-m", "feature");
    }

    private static void hash(Path dir) {
        StrataProcess.Result r = InProcess.run("migrate", "hash", "--dir", "file://" + dir);
        assertThat(r.exitCode()).as(r.toString()).isZero();
    }

    @Test
    void anErrorOnTheLineFailsTheStepAndFillsOutputsAndSummary() throws Exception {
        pullRequest("-- drop the old table\nDROP TABLE big_table;\n");
        Run r = entrypoint(Map.of("INPUT_DEV_URL", "sqlite://action?mode=memory"));
        assertThat(r.exit).as(r.toString()).isEqualTo(1);
        assertThat(r.stdout).as(r.toString()).contains("::error file=migrations/2_change.sql,line=2,title=DS102::"
                + "Dropping table \"big_table\". Fix: Add a pre-migration check");
        assertThat(r.outputs()).contains("base=main", "status=errors", "diagnostics=1");
        assertThat(r.summary()).startsWith("### strata migrate lint: failed\n")
                .contains("| `migrations/2_change.sql:2` | error | [DS102]");
    }

    @Test
    void createIndexWithoutConcurrentlyIsAnnotatedOnPostgres() throws Exception {
        try (TestDb dev = TestDb.postgres()) {
            pullRequest("CREATE INDEX ON big_table (x);\n");
            Run r = entrypoint(Map.of("INPUT_DEV_URL", dev.url()));
            assertThat(r.exit).as(r.toString()).isZero();
            assertThat(r.stdout).as(r.toString()).contains("::warning file=migrations/2_change.sql,line=1,title=PG101::"
                    + "Creating index \"big_table_x_idx\" non-concurrently causes write locks on the \"big_table\" table."
                    + " Fix: Use CREATE INDEX CONCURRENTLY in a file with the `atlas:txmode none` directive");
            assertThat(r.outputs()).contains("status=warnings", "diagnostics=1");

            // The project file makes it an error: the pull request's check fails on that line.
            Files.writeString(repo.resolve("atlas.hcl"), "lint {\n  concurrent_index {\n    error = true\n  }\n}\n");
            Run strict = entrypoint(Map.of("INPUT_DEV_URL", dev.url(), "INPUT_CONFIG", "file://atlas.hcl"));
            assertThat(strict.exit).as(strict.toString()).isEqualTo(1);
            assertThat(strict.stdout).contains("::error file=migrations/2_change.sql,line=1,title=PG101::Creating index");
            assertThat(strict.outputs()).contains("status=errors");
        }
    }

    @Test
    void anEditedSumFailsValidationBeforeLint() throws Exception {
        pullRequest("ALTER TABLE big_table ADD COLUMN y int;\n");
        Files.writeString(repo.resolve("migrations/2_change.sql"), "ALTER TABLE big_table ADD COLUMN z int;\n");
        Run r = entrypoint(Map.of("INPUT_DEV_URL", "sqlite://action?mode=memory"));
        assertThat(r.exit).as(r.toString()).isEqualTo(1);
        assertThat(r.stdout).as(r.toString()).contains("\n::error file=migrations/atlas.sum,line=3,title=migrate validate::"
                + "checksum mismatch: 2_change.sql was edited");
        assertThat(r.outputs()).contains("status=invalid");
    }

    @Test
    void theBaseComesFromThePullRequestEvent() throws Exception {
        pullRequest("ALTER TABLE big_table ADD COLUMN y int;\n");
        Path event = Files.writeString(tmp.resolve("event.json"), "{\"pull_request\": {\"base\": {\"ref\": \"main\"}}}");
        Run r = entrypoint(Map.of("INPUT_DEV_URL", "sqlite://action?mode=memory", "GITHUB_BASE_REF", "",
                "GITHUB_EVENT_PATH", event.toString()));
        assertThat(r.exit).as(r.toString()).isZero();
        assertThat(r.outputs()).contains("base=main", "status=ok", "diagnostics=0");
        assertThat(r.summary()).startsWith("### strata migrate lint: no diagnostics\n");
    }

    private record Run(int exit, String stdout, String stderr, Path outputFile, Path summaryFile) {

        List<String> outputs() throws Exception {
            return Files.readAllLines(outputFile);
        }

        String summary() throws Exception {
            return Files.readString(summaryFile);
        }

        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + stdout + "--- stderr\n" + stderr;
        }
    }

    /** Runs the entrypoint in the repository as a pull_request step, with strata as a process. */
    private Run entrypoint(Map<String, String> inputs) throws Exception {
        Path strata = tmp.resolve("strata.sh");
        Files.writeString(strata, "#!/bin/sh\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java")
                + "' -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp '" + System.getProperty("java.class.path")
                + "' dev.strata.cli.Main \"$@\"\n");
        Files.setPosixFilePermissions(strata, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path output = Files.createTempFile(tmp, "github_output", "");
        Path summary = Files.createTempFile(tmp, "step_summary", ".md");
        Map<String, String> env = new HashMap<>(Map.of("STRATA", strata.toString(), "GITHUB_OUTPUT", output.toString(),
                "GITHUB_STEP_SUMMARY", summary.toString(), "GITHUB_BASE_REF", "main", "GITHUB_EVENT_NAME", "pull_request",
                "INPUT_DIR", "migrations"));
        env.putAll(inputs);
        ProcessBuilder pb = new ProcessBuilder("bash", ENTRYPOINT.toString()).directory(repo.toFile());
        pb.environment().remove("STRATA_URL");
        pb.environment().remove("DATABASE_URL");
        env.forEach((k, v) -> {
            if (v.isEmpty()) {
                pb.environment().remove(k);
            } else {
                pb.environment().put(k, v);
            }
        });
        Path err = Files.createTempFile(tmp, "stderr", "");
        Process p = pb.redirectError(err.toFile()).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out, Files.readString(err), output, summary);
    }

    private void git(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("git", "-C", repo.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
    }
}
