package dev.strata.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code strata migrate lint}: selection flags, formats and exit codes, in process on SQLite. */
class MigrateLintTest {

    @TempDir
    Path tmp;

    private String dir() throws Exception {
        Path d = Files.createDirectories(tmp.resolve("migrations"));
        Files.writeString(d.resolve("1_init.sql"), "CREATE TABLE big_table (id int, x int);\n");
        Files.writeString(d.resolve("2_index.sql"), "CREATE UNIQUE INDEX big_x ON big_table (x);\n");
        return "file://" + d;
    }

    @Test
    void warningsOnlyExitZeroAndGithubAnnotatesTheLine() throws Exception {
        StrataProcess.Result r = InProcess.run("migrate", "lint", "--dir", dir(), "--dev-url", "sqlite://l?mode=memory",
                "--latest", "1", "--format", "github");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.stdout()).startsWith("::warning file=" + tmp.resolve("migrations") + "/2_index.sql,line=1,title=MF101::"
                + "Adding a unique index \"big_x\" on table \"big_table\" might fail in case column \"x\" contains duplicate entries");
    }

    @Test
    void anErrorLevelFindingExitsOne() throws Exception {
        String d = dir();
        Files.writeString(tmp.resolve("migrations/3_drop.sql"), "DROP TABLE big_table;\n");
        StrataProcess.Result r = InProcess.run("migrate", "lint", "--dir", d, "--dev-url", "sqlite://l?mode=memory",
                "--latest", "1");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(r.stdout()).contains("-- L1: Dropping table \"big_table\" https://atlasgo.io/lint/analyzers#DS102");
    }

    @Test
    void selectionFlagsAreRequiredAndExclusive() throws Exception {
        String d = dir();
        StrataProcess.Result none = InProcess.run("migrate", "lint", "--dir", d, "--dev-url", "sqlite://l?mode=memory");
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.stderr()).contains("--latest or --git-base is required");
        StrataProcess.Result both = InProcess.run("migrate", "lint", "--dir", d, "--dev-url", "sqlite://l?mode=memory",
                "--latest", "1", "--git-base", "main");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.stderr()).contains("--latest and --git-base are mutually exclusive");
        StrataProcess.Result fmt = InProcess.run("migrate", "lint", "--dir", d, "--dev-url", "sqlite://l?mode=memory",
                "--latest", "1", "--format", "xml");
        assertThat(fmt.exitCode()).isEqualTo(2);
        assertThat(fmt.stderr()).contains("--format: unknown format \"xml\"");
    }

    @Test
    void sarifFormatAndTheStepSummaryOnGithub() throws Exception {
        String d = dir();
        Path summary = tmp.resolve("summary.md");
        Files.writeString(summary, "earlier step\n");
        StrataProcess.Result r = InProcess.run(Map.of("GITHUB_STEP_SUMMARY", summary.toString()), "migrate", "lint",
                "--dir", d, "--dev-url", "sqlite://l?mode=memory", "--latest", "1", "--format", "sarif");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.stdout()).startsWith("{\"$schema\":\"https://json.schemastore.org/sarif-2.1.0.json\",\"version\":\"2.1.0\"")
                .contains("\"ruleId\":\"MF101\",\"ruleIndex\":0,\"level\":\"warning\"")
                .contains("\"region\":{\"startLine\":1}");
        assertThat(Files.readString(summary)).startsWith("earlier step\n### strata migrate lint: passed with warnings\n")
                .contains("/2_index.sql:1` | warning | [MF101](https://atlasgo.io/lint/analyzers#MF101) | Adding a unique index");
    }

    @Test
    void theProjectFilesLintBlockSelectsFilesAndSetsLevels() throws Exception {
        String d = dir();
        Files.writeString(tmp.resolve("migrations/3_drop.sql"), "DROP TABLE big_table;\n");
        Path hcl = Files.writeString(tmp.resolve("atlas.hcl"), """
                lint {
                  latest = 1
                  destructive {
                    error = false
                  }
                }
                env "strict" {
                  dev = "sqlite://l?mode=memory"
                  lint {
                    destructive {
                      error = true
                    }
                  }
                }
                env "typo" {
                  lint {
                    destructve {
                      error = true
                    }
                  }
                }
                """);
        StrataProcess.Result relaxed = InProcess.run("migrate", "lint", "--dir", d, "--dev-url", "sqlite://l?mode=memory",
                "-c", "file://" + hcl);
        assertThat(relaxed.exitCode()).as(relaxed.toString()).isZero();
        assertThat(relaxed.stdout()).contains("Analyzing changes from version 2 to 3 (1 migration in total):")
                .contains("-- L1: Dropping table \"big_table\"").contains("-- 1 version with warnings");

        StrataProcess.Result strict = InProcess.run("migrate", "lint", "--dir", d, "-c", "file://" + hcl, "--env", "strict");
        assertThat(strict.exitCode()).as(strict.toString()).isEqualTo(1);
        assertThat(strict.stdout()).contains("-- 1 version with errors");

        StrataProcess.Result flagWins = InProcess.run("migrate", "lint", "--dir", d, "-c", "file://" + hcl, "--env", "strict",
                "--latest", "2");
        assertThat(flagWins.stdout()).as(flagWins.toString()).contains("(2 migrations in total)");

        StrataProcess.Result typo = InProcess.run("migrate", "lint", "--dir", d, "--dev-url", "sqlite://l?mode=memory",
                "-c", "file://" + hcl, "--env", "typo", "--latest", "1");
        assertThat(typo.exitCode()).as(typo.toString()).isEqualTo(1);
        assertThat(typo.stderr()).contains("strata: the lint block's \"destructve\" is not an analyzer of Strata's: its"
                + " settings are ignored (analyzers: destructive, data_depend,");
    }
}
