package dev.strata.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code schema diff}, {@code schema apply} and {@code migrate diff}: synced cases and bad input, in process. */
class SchemaDiffApplyTest {

    private static final String DEV = "sqlite://dev?mode=memory";

    @TempDir
    Path tmp;

    private String hcl(String name, String table) throws Exception {
        Path p = tmp.resolve(name);
        Files.writeString(p, "table \"" + table + "\" {\n  schema = schema.main\n  column \"id\" {\n    null = false\n"
                + "    type = int\n  }\n}\nschema \"main\" {\n}\n");
        return "file://" + p;
    }

    @Test
    void syncedStatesPrintNothingOnStdoutAndSaySoOnStderr() throws Exception {
        String a = hcl("a.hcl", "users");
        StrataProcess.Result r = InProcess.run("schema", "diff", "--from", a, "--to", a, "--dev-url", DEV);
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.stdout()).isEmpty();
        assertThat(r.stderr()).isEqualTo("Schemas are synced, no changes to be made.\n");
    }

    @Test
    void diffNeedsBothStates() {
        StrataProcess.Result r = InProcess.run("schema", "diff", "--from", "sqlite://x.db");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr()).contains("--to").hasLineCount(1);
    }

    @Test
    void diffRefusesHclAsAPlanFormat() throws Exception {
        String a = hcl("a.hcl", "users");
        StrataProcess.Result r = InProcess.run("schema", "diff", "--from", a, "--to", a, "--dev-url", DEV,
                "--format", "hcl");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr()).isEqualTo("Error: unsupported --format hcl for a plan: use sql or json\n");
    }

    @Test
    void applyNeedsADatabaseAsItsTarget() throws Exception {
        String a = hcl("a.hcl", "users");
        StrataProcess.Result r = InProcess.run("schema", "apply", "--url", a, "--to", a, "--dev-url", DEV);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr()).isEqualTo("Error: --url must be a database connection\n");
    }

    @Test
    void applyFlagsThatDoNotGoTogether() throws Exception {
        String a = hcl("a.hcl", "users");
        String db = "sqlite://" + tmp.resolve("t.db");
        assertThat(InProcess.run("schema", "apply", "--url", db, "--to", a, "--format", "json").stderr())
                .isEqualTo("Error: --format can only be used with --dry-run or --auto-approve\n");
        assertThat(InProcess.run("schema", "apply", "--url", db).stderr())
                .isEqualTo("Error: one of flag(s) \"file\" or \"to\" is required\n");
        assertThat(InProcess.run("schema", "apply", "--url", db, "--to", a, "--tx-mode", "all").stderr())
                .isEqualTo("Error: unknown tx-mode \"all\"\n");
    }

    @Test
    void migrateDiffNeedsADevDatabase() throws Exception {
        String a = hcl("a.hcl", "users");
        StrataProcess.Result r = InProcess.run("migrate", "diff", "add_users", "--to", a, "--dir",
                "file://" + tmp.resolve("migrations"));
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr()).isEqualTo("Error: required flag(s) \"dev-url\" not set\n");
    }

    @Test
    void migrateDiffRefusesANameWithAPathSeparator() throws Exception {
        String a = hcl("a.hcl", "users");
        StrataProcess.Result r = InProcess.run("migrate", "diff", "x/y", "--to", a, "--dev-url", DEV);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr()).contains("must not contain a path separator");
    }
}
