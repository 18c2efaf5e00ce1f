package dev.strata.cli;

import dev.strata.testing.Conformance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lean reading of {@code migrate apply} ({@link LeanApply}) against picocli's, as processes: each
 * command line (those of the CLI tests for apply, its usage errors, help and the fallbacks) runs
 * twice in identical folders, once as shipped and once with {@code -Dstrata.lean=off}, and the exit
 * code, stdout and stderr must be the same byte for byte (durations and the folder's path aside).
 */
class LeanApplyProcessTest {

    @TempDir
    Path tmp;

    /** Command lines the lean path reads: the ones a release step uses, good and bad values. */
    private static final List<List<String>> LEAN = List.of(
            List.of("migrate", "apply", "--url", "sqlite://app.db"),
            List.of("migrate", "apply", "--url", "sqlite://app.db", "--dir", "file://migrations", "--format", "json"),
            List.of("migrate", "apply", "-u", "sqlite://app.db", "--dry-run"),
            List.of("migrate", "apply", "--url=sqlite://app.db", "--tx-mode", "all", "--lock-timeout", "5s"),
            List.of("migrate", "apply", "--url", "sqlite://app.db", "--to-version", "20220318104614"),
            List.of("migrate", "apply", "--url", "sqlite://app.db", "--to-version", "7"),
            List.of("migrate", "apply", "--url", "sqlite://app.db", "--tx-mode", "bogus"),
            List.of("migrate", "apply", "--url", "sqlite://app.db", "--lock-timeout", "5parsecs"),
            List.of("migrate", "apply", "--url", "sqlite://app.db", "--ddl-lock-timeout", "2s"),
            List.of("migrate", "apply", "--url", "sqlite://app.db", "--exec-order", "bogus"),
            List.of("migrate", "apply", "--url", "sqlite://app.db", "--exec-order", "linear-skip"),
            List.of("migrate", "apply", "--url", "sqlite://app.db", "--format", "yaml"),
            List.of("migrate", "apply", "--url", "sqlite://app.db", "--dir", "file://nowhere"),
            List.of("migrate", "apply", "--url", "sqlite://app.db", "--baseline", "20220318104614", "--allow-dirty"),
            List.of("migrate", "apply", "--url", "sqlite://app.db", "--revisions-schema", "main", "--debug"),
            List.of("migrate", "apply", "--url", "sqlite://app.db", "--verify-applied"),
            List.of("migrate", "apply", "--url", "env://url"),
            List.of("migrate", "apply", "--url", "sqlite://bad.db", "--dir", "file://bad"),
            List.of("migrate", "apply", "--url", "postgres://u:Secr3t@127.0.0.1:1/x?sslmode=disable"),
            List.of("migrate", "apply", "--url", "mysql://root:Secr3t@127.0.0.1:1/x", "--lock-timeout", "1s"),
            List.of("migrate", "apply", "--url", "frob://x"),
            List.of("migrate", "apply"));

    /** Command lines left to picocli: help, usage errors, flags and forms the lean path does not read. */
    private static final List<List<String>> FULL = List.of(
            List.of("migrate", "apply", "--help"),
            List.of("migrate", "apply", "-h"),
            List.of("migrate", "apply", "--frobnicate"),
            List.of("migrate", "apply", "--url"),
            List.of("migrate", "apply", "--url", "--dir", "file://migrations"),
            List.of("migrate", "apply", "--url", "sqlite://app.db", "--url", "sqlite://other.db"),
            List.of("migrate", "apply", "--url", "sqlite://app.db", "1"),
            List.of("migrate", "apply", "--url", "sqlite://app.db", "1", "2"),
            List.of("migrate", "apply", "--url", "sqlite://app.db", "--dry-run=true"),
            List.of("migrate", "apply", "--url", "sqlite://app.db", "--dry-ru"),
            List.of("migrate", "apply", "--url", "sqlite://app.db", "--ddl-retries", "x"),
            List.of("migrate", "apply", "--url", "sqlite://app.db", "--parallel", "2"),
            List.of("migrate", "apply", "--url="),
            List.of("migrate", "apply", "--env", "dev"),
            List.of("migrate", "apply", "@args.txt"),
            List.of("--debug", "migrate", "apply", "--url", "sqlite://app.db"),
            List.of("migrate", "status", "--url", "sqlite://app.db"),
            List.of("migrate", "--help"),
            List.of("version"));

    @Test
    void leanLinesAreReadWithoutPicocli() {
        for (List<String> line : LEAN) {
            assertThat(LeanApply.parse(line.toArray(String[]::new), null)).as(String.join(" ", line)).isNotNull();
        }
        for (List<String> line : FULL) {
            assertThat(LeanApply.parse(line.toArray(String[]::new), null)).as(String.join(" ", line)).isNull();
        }
    }

    @Test
    void leanAndFullGiveTheSameOutput() throws Exception {
        List<List<String>> lines = new ArrayList<>(LEAN);
        lines.addAll(FULL);
        int n = 0;
        for (List<String> line : lines) {
            String[] args = line.toArray(String[]::new);
            Path lean = folder("lean" + n);
            Path full = folder("full" + n);
            n++;
            CompletableFuture<StrataProcess.Result> a = CompletableFuture.supplyAsync(() -> process(lean).run(args));
            StrataProcess.Result b = process(full).jvmOption("-D" + LeanApply.SWITCH + "=off").run(args);
            StrataProcess.Result r = a.join();
            String what = String.join(" ", line);
            assertThat(r.exitCode()).as(what + "\n" + r + "\n" + b).isEqualTo(b.exitCode());
            assertThat(stable(r.stdout(), lean)).as(what).isEqualTo(stable(b.stdout(), full));
            assertThat(stable(r.stderr(), lean)).as(what).isEqualTo(stable(b.stderr(), full));
        }
        // The comparison means something only if the lines do different things.
        assertThat(n).isEqualTo(LEAN.size() + FULL.size());
    }

    /** The same starting point for both runs: Atlas's cli/sqlite vector, a broken directory, an args file. */
    private Path folder(String name) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(name));
        Path migrations = Files.createDirectories(dir.resolve("migrations"));
        try (Stream<Path> files = Files.list(Conformance.dir("cli/sqlite"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, migrations.resolve(f.getFileName()));
            }
        }
        Path bad = Files.createDirectories(dir.resolve("bad"));
        Files.writeString(bad.resolve("1_a.sql"), "CREATE TABLE a (id int);\n");
        Files.writeString(dir.resolve("args.txt"), "--url sqlite://app.db\n");
        Files.writeString(dir.resolve("atlas.hcl"), "env \"dev\" {\n  url = \"sqlite://dev.db\"\n}\n");
        return dir;
    }

    private static StrataProcess process(Path dir) {
        return new StrataProcess(dir);
    }

    /** Output with what differs between two runs of one command masked: durations, times, the folder. */
    private static String stable(String output, Path dir) {
        return StrataProcess.normalized(output).replace(dir.toString(), "<dir>")
                .replaceAll("\\d{4}-\\d\\d-\\d\\dT[0-9:.]+(Z|[+-]\\d\\d:\\d\\d)?", "<time>")
                .replaceAll("\"(Duration|Took|ExecutionTime|duration)\":\\s*[0-9.]+", "\"$1\":<n>");
    }
}
