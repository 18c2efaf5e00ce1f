package dev.strata.cli;

import dev.strata.Strata;
import dev.strata.declare.Declarative;
import dev.strata.declare.Scope;
import dev.strata.declare.Source;
import dev.strata.declare.State;
import dev.strata.report.PlanText;
import dev.strata.schema.hcl.SchemaHcl;
import dev.strata.testing.TestDb;
import dev.strata.url.DatabaseUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code strata schema inspect}: sources, formats and bad input, in process. */
class SchemaInspectTest {

    @TempDir
    Path tmp;

    private static final String HCL = """
            table "users" {
              schema = schema.main
              column "id" {
                null = false
                type = int
              }
              column "name" {
                null = true
                type = text
              }
            }
            schema "main" {
            }
            """;

    private Path write(String name, String text) throws Exception {
        Path p = tmp.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    /**
     * Several 64 KiB batches of streamed text (HCL block by block, SQL statement by statement as
     * planned), characters of one to four bytes among them: the same text as printed whole.
     */
    @Test
    void aLargeDatabaseIsWrittenInPartsAsTheWholeText() throws Exception {
        try (TestDb db = TestDb.postgres()) {
            String url = db.url() + "&search_path=public";
            StringBuilder sql = new StringBuilder();
            for (int i = 0; i < 900; i++) {
                sql.append("CREATE TABLE t").append(i).append(" (id int PRIMARY KEY, name text NOT NULL DEFAULT 'é ✓ 𝄞');")
                        .append("COMMENT ON TABLE t").append(i).append(" IS 'ä 𝄞 table ").append(i).append("';");
            }
            db.execute(sql.toString());
            StrataProcess.Result hcl = InProcess.run("schema", "inspect", "-u", url);
            assertThat(hcl.exitCode()).as(hcl.toString()).isZero();
            assertThat(hcl.stdout()).hasSizeGreaterThan(3 * 65536)
                    .isEqualTo(SchemaHcl.print(Strata.builder().url(url).build().inspect(), "postgres"));
            StrataProcess.Result sqlText = InProcess.run("schema", "inspect", "-u", url, "--format", "sql");
            assertThat(sqlText.exitCode()).as(sqlText.toString()).isZero();
            try (Declarative d = Declarative.open(null)) {
                State state = d.read(Source.parse("--url", List.of(url), DatabaseUrl::parse),
                        new Scope(List.of(), List.of(), Map.of()));
                assertThat(sqlText.stdout()).hasSizeGreaterThan(2 * 65536)
                        .isEqualTo(PlanText.statements(d.creation(state, "")));
            }
        }
    }

    @Test
    void anHclFileIsPrintedBackAsHcl() throws Exception {
        Path f = write("schema.hcl", HCL);
        StrataProcess.Result r = InProcess.run("schema", "inspect", "-u", "file://" + f, "--dev-url",
                "sqlite://dev?mode=memory");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.stdout()).isEqualTo(HCL);
    }

    @Test
    void excludeAppliesToFileSources() throws Exception {
        Path f = write("schema.hcl", HCL);
        StrataProcess.Result r = InProcess.run("schema", "inspect", "-u", "file://" + f, "--dev-url",
                "sqlite://dev?mode=memory", "--exclude", "users.name");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.stdout()).doesNotContain("\"name\"").contains("column \"id\"");
    }

    @Test
    void jsonTemplateSpellingPrintsJson() throws Exception {
        Path f = write("schema.hcl", HCL);
        StrataProcess.Result r = InProcess.run("schema", "inspect", "-u", "file://" + f, "--dev-url",
                "sqlite://dev?mode=memory", "--format", "{{ json . }}");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.stdout()).startsWith("{\"schemas\":[{\"name\":\"main\",\"tables\":[{\"name\":\"users\"");
    }

    @Test
    void fileSourcesNeedADevDatabase() throws Exception {
        Path sql = write("schema.sql", "CREATE TABLE t (id int);");
        StrataProcess.Result r = InProcess.run("schema", "inspect", "-u", "file://" + sql);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr()).isEqualTo("Error: --dev-url cannot be empty."
                + " See: https://atlasgo.io/atlas-schema/sql#dev-database\n");
        assertThat(r.stdout()).isEmpty();
    }

    @Test
    void anUnknownFormatIsOneLineAndExitTwo() throws Exception {
        Path f = write("schema.hcl", HCL);
        StrataProcess.Result r = InProcess.run("schema", "inspect", "-u", "file://" + f, "--dev-url",
                "sqlite://dev?mode=memory", "--format", "{{ .Tables }}");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr()).startsWith("Error: unsupported --format {{ .Tables }}").doesNotContain("\tat ")
                .hasLineCount(1);
    }

    @Test
    void aBadExcludeGlobIsOneLineAndExitTwo() throws Exception {
        Path f = write("schema.hcl", HCL);
        StrataProcess.Result r = InProcess.run("schema", "inspect", "-u", "file://" + f, "--dev-url",
                "sqlite://dev?mode=memory", "--exclude", "users[");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.stderr()).startsWith("Error: ").contains("users[").hasLineCount(1);
    }

    @Test
    void anUnreadableDatabaseIsOneLineAndExitOne() {
        StrataProcess.Result r = InProcess.run("schema", "inspect", "-u",
                "postgres://nobody:secret@127.0.0.1:1/none?sslmode=disable&connect_timeout=2");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(r.stderr()).startsWith("Error: ").hasLineCount(1).doesNotContain("secret");
    }

    @Test
    void aMissingUrlIsAUsageError() {
        StrataProcess.Result r = InProcess.run("schema", "inspect");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr()).isEqualTo("Error: required flag(s) \"url\" not set\n");
    }
}
