package dev.strata.report;

import dev.strata.devdb.DevDatabase;
import dev.strata.lint.LintConfig;
import dev.strata.lint.LintResult;
import dev.strata.lint.LintRunner;
import dev.strata.migrate.MigrationFile;
import dev.strata.testing.MiniJson;
import dev.strata.url.DatabaseUrl;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The three lint outputs over one real lint on SQLite: a DS102 error and an MF103 warning. */
class LintFormatsTest {

    private static LintResult lint() {
        List<MigrationFile> files = List.of(
                new MigrationFile("1.sql", "CREATE TABLE users (id int);\nCREATE TABLE pets (id int);\n".getBytes(StandardCharsets.UTF_8)),
                new MigrationFile("2.sql", "DROP TABLE pets;\n\nALTER TABLE users ADD COLUMN name text NOT NULL;\n"
                        .getBytes(StandardCharsets.UTF_8)));
        try (DevDatabase db = DevDatabase.open(DatabaseUrl.parse("sqlite://fmt?mode=memory"))) {
            return LintRunner.of(db, LintConfig.DEFAULT).run(files, 1);
        }
    }

    @Test
    void textFollowsAtlasLayout() {
        String text = LintText.of(lint(), Style.PLAIN).replaceAll("ok \\([^)]*\\)", "ok (T)").replaceAll("  -- \\d\\S*s\n", "  -- T\n");
        assertThat(text).isEqualTo("""
                Analyzing changes from version 1 to 2 (1 migration in total):

                  -- analyzing version 2
                    -- destructive changes detected:
                      -- L1: Dropping table "pets" https://atlasgo.io/lint/analyzers#DS102
                    -- suggested fix:
                      -> Add a pre-migration check to ensure table "pets" is empty before dropping it
                    -- data dependent changes detected:
                      -- L3: Adding a non-nullable "text" column "name" will fail in case table "users" is not
                         empty https://atlasgo.io/lint/analyzers#MF103
                    -- suggested fix:
                      -> Add the column with a DEFAULT, or as nullable, backfill it, then set NOT NULL
                  -- ok (T)

                  -------------------------
                  -- T
                  -- 1 version with errors
                  -- 2 schema changes
                  -- 2 diagnostics
                """);
    }

    @Test
    void githubAnnotatesTheLines() {
        String gh = LintGithub.of(lint(), "db/migrations");
        assertThat(gh.lines().toList()).containsExactly(
                "::error file=db/migrations/2.sql,line=1,title=DS102::Dropping table \"pets\". Fix: Add a pre-migration"
                        + " check to ensure table \"pets\" is empty before dropping it (https://atlasgo.io/lint/analyzers#DS102)",
                "::warning file=db/migrations/2.sql,line=3,title=MF103::Adding a non-nullable \"text\" column \"name\" will"
                        + " fail in case table \"users\" is not empty. Fix: Add the column with a DEFAULT, or as nullable,"
                        + " backfill it, then set NOT NULL (https://atlasgo.io/lint/analyzers#MF103)");
    }

    @Test
    void jsonHasAtlasFilesAndReports() {
        String json = LintJson.of(lint(), "sqlite3", "file://migrations");
        assertThat(json).startsWith("{\"Env\":{\"Driver\":\"sqlite3\",\"Dir\":\"file://migrations\"},\"Steps\":[")
                .contains("\"Files\":[{\"Name\":\"2.sql\",\"Text\":\"DROP TABLE pets;\\n\\nALTER TABLE users ADD COLUMN name text NOT NULL;\\n\","
                        + "\"Reports\":[{\"Text\":\"destructive changes detected\",\"Diagnostics\":[{\"Pos\":0,\"Line\":1,"
                        + "\"Text\":\"Dropping table \\\"pets\\\"\",\"Code\":\"DS102\",\"SuggestedFixes\":[{\"Message\":")
                .contains("{\"Pos\":18,\"Line\":3,");
    }

    @Test
    @SuppressWarnings("unchecked")
    void sarifHasRulesAndLocatedResults() {
        Map<String, Object> log = (Map<String, Object>) MiniJson.parse(LintSarif.of(lint(), "db/migrations"));
        assertThat(log).containsEntry("version", "2.1.0").containsKey("$schema");
        List<Map<String, Object>> runs = (List<Map<String, Object>>) log.get("runs");
        assertThat(runs).hasSize(1);
        Map<String, Object> driver = (Map<String, Object>) ((Map<String, Object>) runs.get(0).get("tool")).get("driver");
        assertThat(driver).containsEntry("name", "strata");
        List<Map<String, Object>> rules = (List<Map<String, Object>>) driver.get("rules");
        assertThat(rules).extracting(m -> m.get("id")).containsExactly("DS102", "MF103");
        assertThat(rules.get(0)).containsEntry("name", "destructive")
                .containsEntry("helpUri", "https://atlasgo.io/lint/analyzers#DS102");
        List<Map<String, Object>> results = (List<Map<String, Object>>) runs.get(0).get("results");
        assertThat(results).extracting(m -> m.get("ruleId"), m -> m.get("level"), m -> m.get("ruleIndex"))
                .containsExactly(tuple("DS102", "error", 0.0), tuple("MF103", "warning", 1.0));
        Map<String, Object> second = results.get(1);
        assertThat((String) ((Map<String, Object>) second.get("message")).get("text"))
                .startsWith("Adding a non-nullable \"text\" column \"name\" will fail").contains(". Fix: Add the column");
        Map<String, Object> where = (Map<String, Object>) ((Map<String, Object>) ((List<Object>) second.get("locations"))
                .get(0)).get("physicalLocation");
        assertThat(((Map<String, Object>) where.get("artifactLocation")).get("uri")).isEqualTo("db/migrations/2.sql");
        assertThat(((Map<String, Object>) where.get("region")).get("startLine")).isEqualTo(3.0);
    }

    @Test
    void markdownSummaryHasARowADiagnostic() {
        String md = LintMarkdown.of(lint(), "db/migrations");
        assertThat(md.lines().toList()).containsExactly(
                "### strata migrate lint: failed",
                "",
                "1 file analysed, 2 schema changes, 2 diagnostics.",
                "",
                "| File | Level | Code | Diagnostic |",
                "| --- | --- | --- | --- |",
                "| `db/migrations/2.sql:1` | error | [DS102](https://atlasgo.io/lint/analyzers#DS102) | Dropping table"
                        + " \"pets\"<br>Fix: Add a pre-migration check to ensure table \"pets\" is empty before dropping it |",
                "| `db/migrations/2.sql:3` | warning | [MF103](https://atlasgo.io/lint/analyzers#MF103) | Adding a"
                        + " non-nullable \"text\" column \"name\" will fail in case table \"users\" is not empty<br>Fix: Add"
                        + " the column with a DEFAULT, or as nullable, backfill it, then set NOT NULL |");
    }
}
