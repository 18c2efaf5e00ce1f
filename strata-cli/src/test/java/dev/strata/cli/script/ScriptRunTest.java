package dev.strata.cli.script;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The interpreter on small scripts of its own, against SQLite and the real command line. */
class ScriptRunTest {

    private static final String SECOND_LINE_FAILS = """
            exec cat a.txt
            stdout 'b'
            stdout 'a'
            -- a.txt --
            a
            """;

    @TempDir
    Path tmp;

    private ScriptOutcome run(String script, Set<Integer> deviating) throws Exception {
        Files.writeString(tmp.resolve("t.txtar"), script);
        return ScriptCase.run(new SqliteTarget(), tmp, "t.txtar", tmp.resolve("run"), Verbs.standard(),
                EnumSet.noneOf(Feature.class), deviating, false);
    }

    private ScriptOutcome run(String script) throws Exception {
        return run(script, Set.of());
    }

    @Test
    void aScriptOfMigrateCommandsAndChecksPasses() throws Exception {
        ScriptOutcome o = run("""
                ! atlas migrate apply --url URL
                stderr 'Error: checksum file not found'
                atlas migrate hash
                exec cat migrations/atlas.sum
                stdout '^h1:'
                atlas migrate apply --url URL
                stdout 'Migrating to version 1 \\(1 migrations in total\\):'
                ! stdout 'No migration files'
                cmpshow users users.sql
                exist users
                ! exist pets
                execsql 'CREATE TABLE pets (id int)'
                exist users pets
                clearSchema
                ! exist users
                exec mkdir out
                cp migrations/1_users.sql out
                exec cat out/1_users.sql
                cmp stdout migrations/1_users.sql
                exec rm -rf out
                ! exec cat out/1_users.sql
                validJSON j.json

                -- j.json --
                {"Applied": ["CREATE TABLE users (id int);"], "Start": "2026-01-01T00:00:00Z"}
                -- migrations/1_users.sql --
                CREATE TABLE users (id int);
                -- users.sql --
                CREATE TABLE users (id int)
                """);
        assertThat(o).isInstanceOf(ScriptOutcome.Passed.class);
        assertThat(((ScriptOutcome.Passed) o).trace().ran()).hasSize(22);
    }

    @Test
    void theFirstLineThatDoesNotHoldEndsTheScript() throws Exception {
        ScriptOutcome o = run(SECOND_LINE_FAILS);
        assertThat(o).isInstanceOfSatisfying(ScriptOutcome.Failed.class, f -> {
            assertThat(f.line()).isEqualTo(2);
            assertThat(f.message()).isEqualTo("no match for `b` found in stdout");
            assertThat(f.trace().ran()).containsExactly(1);
        });
    }

    @Test
    void aListedDeviationIsNotedAndTheRunGoesOn() throws Exception {
        ScriptOutcome o = run(SECOND_LINE_FAILS, Set.of(2));
        assertThat(o).isInstanceOfSatisfying(ScriptOutcome.Passed.class, p -> {
            assertThat(p.trace().ran()).containsExactly(1, 3);
            assertThat(p.trace().deviated()).containsExactly(2);
        });
    }

    @Test
    void byteExactComparisonShowsTheDifference() throws Exception {
        ScriptOutcome o = run("""
                cmp a.txt b.txt
                -- a.txt --
                x
                y
                -- b.txt --
                x
                z
                """);
        assertThat(o).isInstanceOfSatisfying(ScriptOutcome.Failed.class, f -> assertThat(f.message())
                .isEqualTo("a.txt and b.txt differ\n--- a.txt\n+++ b.txt\n  x\n- y\n+ z\n"));
    }

    /**
     * A read-only command Strata does not have is skipped with the checks of its output; a
     * state-changing one ends the run. Either way the script is pending, never passed.
     */
    @Test
    void missingFeaturesMakeTheScriptPending() throws Exception {
        ScriptOutcome o = run("""
                atlas schema inspect --url URL > got.hcl
                cmp got.hcl want.hcl
                atlas schema inspect --url URL
                stdout 'table'
                exec cat want.hcl
                stdout 'table'
                cp stdout copy.hcl
                atlas migrate diff --to file://schema.hcl --dev-url DEV_URL
                exec cat never
                -- want.hcl --
                table "t" {}
                """);
        assertThat(o).isInstanceOfSatisfying(ScriptOutcome.Pending.class, p -> {
            assertThat(p.features()).containsExactlyInAnyOrder(Feature.SCHEMA_INSPECT, Feature.MIGRATE_DIFF);
            assertThat(p.stoppedAt()).isEqualTo(8);
            assertThat(p.trace().ran()).containsExactly(5, 6, 7);
        });
        ScriptOutcome custom = run("""
                cmphcl want.hcl
                apply want.hcl
                -- want.hcl --
                table "t" {}
                """);
        assertThat(custom).isInstanceOfSatisfying(ScriptOutcome.Pending.class, p -> {
            assertThat(p.features()).containsExactlyInAnyOrder(Feature.SCHEMA_INSPECT, Feature.SCHEMA_APPLY);
            assertThat(p.stoppedAt()).isEqualTo(2);
        });
    }

    @Test
    void validJsonWantsOneObject() throws Exception {
        assertThat(run("validJSON a\n-- a --\n{\"a\": 1} trailing\n")).isInstanceOfSatisfying(ScriptOutcome.Failed.class,
                f -> assertThat(f.message()).startsWith("validJSON: "));
        assertThat(run("validJSON a\n-- a --\n[1]\n")).isInstanceOf(ScriptOutcome.Failed.class);
    }

    @Test
    void theScriptsOwnGateSkipsIt() throws Exception {
        assertThat(run("only postgres15 maria107\nexec cat nothing\n"))
                .isEqualTo(new ScriptOutcome.Skipped("skipped by the script's gate 'only postgres15 maria107' (version: none)"));
        assertThat(run("! only postgres15\nexec cat a\n-- a --\n")).isInstanceOf(ScriptOutcome.Passed.class);
    }

    @Test
    void unknownCommandsAndConditionsFail() throws Exception {
        assertThat(run("frobnicate x\n")).isInstanceOfSatisfying(ScriptOutcome.Failed.class,
                f -> assertThat(f.message()).isEqualTo("unknown command \"frobnicate\""));
        assertThat(run("[linux] exec cat a\n")).isInstanceOf(ScriptOutcome.Failed.class);
        assertThat(run("exec sh -c 'rm -rf /'\n")).isInstanceOfSatisfying(ScriptOutcome.Failed.class,
                f -> assertThat(f.message()).contains("runs only mkdir, rm, cat and touch"));
    }
}
