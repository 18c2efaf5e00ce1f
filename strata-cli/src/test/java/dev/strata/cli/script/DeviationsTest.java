package dev.strata.cli.script;

import dev.strata.testing.Conformance;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules that keep deviations.tsv true, and the checked-in list itself. */
class DeviationsTest {

    private final Deviations list = Deviations.parse("""
            # comment
            sqlite/a.txtar\tsqlite\t4\tnames strata
            """);

    private static ScriptOutcome.Trace trace(Set<Integer> ran, Set<Integer> deviated) {
        return new ScriptOutcome.Trace(new TreeSet<>(ran), new TreeSet<>(deviated));
    }

    private Deviations.Verdict judge(ScriptOutcome o) {
        return list.judge("sqlite/a.txtar", "sqlite", o);
    }

    @Test
    void aScriptThatDeviatesOnlyWhereListedIsReportedNotFailed() {
        Deviations.Verdict v = judge(new ScriptOutcome.Passed(trace(Set.of(1, 2, 5), Set.of(4))));
        assertThat(v.kind()).isEqualTo(Deviations.Verdict.Kind.ABORT);
        assertThat(v.message()).isEqualTo("deviations: line 4: names strata");
    }

    @Test
    void aListedLineThatHoldsFailsTheRun() {
        Deviations.Verdict v = judge(new ScriptOutcome.Passed(trace(Set.of(1, 2, 4, 5), Set.of())));
        assertThat(v.kind()).isEqualTo(Deviations.Verdict.Kind.FAIL);
        assertThat(v.message()).contains("line 4 of sqlite/a.txtar holds on sqlite: remove it from deviations.tsv");
        assertThat(judge(new ScriptOutcome.Pending(Set.of(Feature.SCHEMA_INSPECT), 0,
                trace(Set.of(4), Set.of()))).kind()).isEqualTo(Deviations.Verdict.Kind.FAIL);
    }

    @Test
    void aFailureAtAnotherLineFails() {
        Deviations.Verdict v = judge(new ScriptOutcome.Failed(7, "stdout 'x'", "no match", "> stdout 'x'\n",
                trace(Set.of(1), Set.of(4))));
        assertThat(v.kind()).isEqualTo(Deviations.Verdict.Kind.FAIL);
        assertThat(v.message()).startsWith("line 7 failed: stdout 'x'\nno match");
        assertThat(list.judge("sqlite/b.txtar", "sqlite", new ScriptOutcome.Failed(4, "c", "m", "", trace(Set.of(),
                Set.of()))).kind()).isEqualTo(Deviations.Verdict.Kind.FAIL);
    }

    @Test
    void pendingAndSkippedScriptsAreAbortedWithTheReason() {
        Deviations.Verdict pending = judge(new ScriptOutcome.Pending(Set.of(Feature.MIGRATE_DIFF, Feature.SCHEMA_INSPECT),
                12, trace(Set.of(1, 2), Set.of(4))));
        assertThat(pending.kind()).isEqualTo(Deviations.Verdict.Kind.ABORT);
        assertThat(pending.message()).isEqualTo("pending: needs schema inspect, migrate diff (stopped at line 12;"
                + " 2 lines ran and held); deviations: line 4: names strata");
        assertThat(judge(new ScriptOutcome.Skipped("skipped by the script's gate 'only mysql8' (version: maria107)")))
                .isEqualTo(new Deviations.Verdict(Deviations.Verdict.Kind.ABORT, "skipped by the script's gate 'only mysql8' (version: maria107)"));
        assertThat(list.judge("sqlite/b.txtar", "sqlite", new ScriptOutcome.Passed(trace(Set.of(1), Set.of()))).kind())
                .isEqualTo(Deviations.Verdict.Kind.PASS);
    }

    /** Every kind of outcome gets a verdict (the judge is an instanceof chain over the sealed type). */
    @Test
    void everyOutcomeIsJudged() {
        List<ScriptOutcome> samples = List.of(new ScriptOutcome.Passed(trace(Set.of(), Set.of())),
                new ScriptOutcome.Failed(1, "c", "m", "", trace(Set.of(), Set.of())),
                new ScriptOutcome.Pending(Set.of(Feature.MIGRATE_LINT), 0, trace(Set.of(), Set.of())),
                new ScriptOutcome.Skipped("r"));
        assertThat(samples).extracting(Object::getClass)
                .containsExactlyInAnyOrder(ScriptOutcome.class.getPermittedSubclasses());
        samples.forEach(o -> assertThat(list.judge("x", "sqlite", o)).isNotNull());
    }

    @Test
    void malformedRowsAndRepeatsAreRefused() {
        assertThatThrownBy(() -> Deviations.parse("a\tsqlite\tfour\treason\n")).hasMessageContaining("deviations.tsv:1");
        assertThatThrownBy(() -> Deviations.parse("a\tsqlite\t4\t\n")).hasMessageContaining("deviations.tsv:1");
        assertThatThrownBy(() -> Deviations.parse("a\tsqlite\t4\tr\na\tsqlite\t4\tr\n")).hasMessageContaining("twice");
    }

    /** Each checked-in row names a script the suite runs on that database, at a line that holds a command. */
    @Test
    void theCheckedInListNamesCommandLinesOfSelectedScripts() throws Exception {
        Path scripts = Conformance.dir("schema");
        ScriptIndex index = ScriptIndex.read(scripts.resolve("INDEX.tsv"));
        for (Deviations.Deviation d : Deviations.load().all()) {
            String folder = d.script().replaceFirst("^historical/", "").replaceFirst("/.*", "");
            assertThat(index.selected(folder, d.database())).as(d.toString()).extracting(ScriptIndex.Row::file)
                    .contains(d.script());
            String script = Txtar.parse(Files.readString(scripts.resolve(d.script()))).script();
            List<String> lines = script.lines().toList();
            assertThat(d.line()).as(d.toString()).isBetween(1, lines.size());
            assertThat(ScriptWords.split(lines.get(d.line() - 1), new ScriptEnv())).as(d.toString()).isNotEmpty();
        }
    }
}
