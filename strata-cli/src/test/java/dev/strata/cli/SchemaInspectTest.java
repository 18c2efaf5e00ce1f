package dev.strata.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

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
