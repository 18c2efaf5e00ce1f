package dev.strata.cli.script;

import dev.strata.testing.Conformance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs Atlas's testscript files of {@code schema/} (conformance data) against one database, one
 * dynamic test a script: those INDEX.tsv allows on the database, and the {@code historical/} ones of
 * its folder. Each script passes, is pending on a feature Strata does not have yet, is skipped by its
 * own version gate, or fails at the line {@code atlas-scripts/deviations.tsv} names. One script:
 * {@code -Dstrata.script=postgres/cli-migrate-status} (several: comma-separated). Work directories
 * are kept with {@code -Dstrata.script.keep=true}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AtlasScripts {

    private ScriptTarget target;
    private Path runDir;
    private final Map<String, String> summary = new TreeMap<>();
    private long started;

    /** Connects to the database the subclass runs the scripts on. */
    abstract ScriptTarget connect() throws Exception;

    @BeforeAll
    void start() throws Exception {
        target = connect();
        runDir = Files.createTempDirectory("strata-scripts-" + target.folder());
        started = System.nanoTime();
    }

    @AfterAll
    void stop() throws Exception {
        if (target != null) {
            target.close();
        }
        if (runDir != null && !keep()) {
            Builtins.deleteTree(runDir);
        }
        long tally = summary.values().stream().filter(v -> v.startsWith("passed")).count();
        StringBuilder out = new StringBuilder("Atlas scripts on " + (target == null ? "?" : target.indexColumn())
                + ": " + summary.size() + " scripts, " + tally + " passed, "
                + String.format("%.1f s", (System.nanoTime() - started) / 1e9) + "\n");
        summary.forEach((file, result) -> out.append("  ").append(file).append(": ").append(result).append('\n'));
        System.out.print(out);
    }

    @TestFactory
    Stream<DynamicTest> scripts() throws Exception {
        Path scripts = Conformance.dir("schema");
        ScriptIndex index = ScriptIndex.read(scripts.resolve("INDEX.tsv"));
        Deviations deviations = Deviations.load();
        Set<Feature> features = Features.enabled();
        Verbs verbs = Verbs.standard();
        List<String> only = Arrays.stream(System.getProperty("strata.script", "").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        List<DynamicTest> tests = new ArrayList<>();
        for (ScriptIndex.Row row : index.selected(target.folder(), target.indexColumn())) {
            String file = row.file();
            if (!only.isEmpty() && only.stream().noneMatch(o -> file.equals(o) || withoutExtension(file).equals(o))) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(file, scripts.resolve(file).toUri(), () -> {
                long t0 = System.nanoTime();
                ScriptOutcome outcome = ScriptCase.run(target, scripts, file, runDir, verbs, features,
                        deviations.of(file, target.indexColumn()).keySet(), keep());
                Deviations.Verdict verdict = deviations.judge(file, target.indexColumn(), outcome);
                String took = String.format(" (%.1f s)", (System.nanoTime() - t0) / 1e9);
                summary.put(file, switch (verdict.kind()) {
                    case PASS -> "passed";
                    case FAIL -> "FAILED";
                    case ABORT -> verdict.message().lines().findFirst().orElse("");
                } + took);
                switch (verdict.kind()) {
                    case FAIL -> fail(verdict.message());
                    case ABORT -> Assumptions.abort(verdict.message());
                    case PASS -> { }
                }
            }));
        }
        return tests.stream();
    }

    private static String withoutExtension(String file) {
        return file.substring(0, file.lastIndexOf('.'));
    }

    private static boolean keep() {
        return Boolean.getBoolean("strata.script.keep");
    }
}
