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

    @Test
    void migrateDiffWritesTheNextFileThenReportsSynced() throws Exception {
        Path schema = tmp.resolve("schema.sql");
        Files.writeString(schema, "CREATE TABLE users (id int PRIMARY KEY, name text NOT NULL);\n");
        String dir = "file://" + tmp.resolve("migrations");
        StrataProcess.Result r = InProcess.run("migrate", "diff", "add_users", "--to", "file://" + schema,
                "--dev-url", DEV, "--dir", dir);
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.stdout()).isEmpty();
        try (var files = Files.list(tmp.resolve("migrations"))) {
            Path file = files.filter(f -> f.toString().endsWith("_add_users.sql")).findFirst().orElseThrow();
            assertThat(Files.readString(file)).isEqualTo("-- Create \"users\" table\n"
                    + "CREATE TABLE `users` (`id` int NULL, `name` text NOT NULL, PRIMARY KEY (`id`));\n");
        }
        assertThat(tmp.resolve("migrations/atlas.sum")).exists();
        assertThat(InProcess.run("migrate", "validate", "--dir", dir).exitCode()).isZero();

        StrataProcess.Result again = InProcess.run("migrate", "diff", "again", "--to", "file://" + schema,
                "--dev-url", DEV, "--dir", dir);
        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.stdout()).isEqualTo("The migration directory is synced with the desired state,"
                + " no changes to be made\n");
        try (var files = Files.list(tmp.resolve("migrations"))) {
            assertThat(files.count()).as("one file and atlas.sum").isEqualTo(2);
        }
    }

    @Test
    void applyOnADatabaseThenNothingToDo() throws Exception {
        Path schema = tmp.resolve("schema.sql");
        Files.writeString(schema, "CREATE TABLE users (id int PRIMARY KEY);\n");
        String db = "sqlite://" + tmp.resolve("app.db");
        StrataProcess.Result r = InProcess.run("schema", "apply", "--url", db, "--to", "file://" + schema,
                "--dev-url", DEV, "--auto-approve");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.stdout()).isEqualTo("-- Planned Changes:\n-- Create \"users\" table\nCREATE TABLE `users` (\n"
                + "  `id` int NULL,\n  PRIMARY KEY (`id`)\n);\n");
        StrataProcess.Result again = InProcess.run("schema", "apply", "--url", db, "--to", "file://" + schema,
                "--dev-url", DEV, "--auto-approve");
        assertThat(again.stdout()).isEqualTo("Schema is synced, no changes to be made\n");
        StrataProcess.Result diff = InProcess.run("schema", "diff", "--from", db, "--to", "file://" + schema,
                "--dev-url", DEV);
        assertThat(diff.stdout()).isEmpty();
        assertThat(diff.stderr()).isEqualTo("Schemas are synced, no changes to be made.\n");
    }
}
