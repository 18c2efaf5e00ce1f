package dev.strata.cli;

import dev.strata.testing.TestDirs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files not named {@code <version>_<name>.sql} with a numeric version are named on stderr, with
 * what Atlas does with them, by the commands that read the directory (issue 20, item 15).
 */
class MisnamedFilesProcessTest {

    @TempDir
    Path tmp;

    @Test
    void everyCommandThatReadsTheDirectoryNamesThem() throws Exception {
        Path dir = TestDirs.write(tmp.resolve("migrations"), "1_a.sql", "CREATE TABLE a (id int);\n",
                "V2__b.sql", "CREATE TABLE b (id int);\n", "create_c.sql", "CREATE TABLE c (id int);\n");
        Files.writeString(dir.resolve("3_d.SQL"), "CREATE TABLE d (id int);\n");
        Files.writeString(dir.resolve("README.md"), "notes\n");
        String dirUrl = "file://" + dir;
        String loc = dir.toString();
        String expected = "strata: " + loc + "/3_d.SQL is not read: migration files end in a lowercase .sql, and"
                + " Atlas skips it too (rename it 3_d.sql)\n"
                + "strata: " + loc + "/V2__b.sql does not start with a numeric version: it runs as version \"V2\","
                + " in file name order, as in Atlas; Flyway's? convert the directory with 'strata migrate import"
                + " --from file://" + loc + "?format=flyway'\n"
                + "strata: " + loc + "/create_c.sql does not start with a numeric version: it runs as version"
                + " \"create\", in file name order, as in Atlas; another tool's? convert the directory with"
                + " 'strata migrate import' (see its --help)\n";

        for (String command : new String[] {"validate", "hash"}) {
            StrataProcess.Result r = InProcess.run("migrate", command, "--dir", dirUrl);
            assertThat(r.exitCode()).as(r.toString()).isZero();
            assertThat(r.stderr()).as(command).isEqualTo(expected);
        }
        String db = "sqlite://" + tmp.resolve("app.db");
        StrataProcess.Result apply = InProcess.run("migrate", "apply", "--url", db, "--dir", dirUrl);
        assertThat(apply.exitCode()).as(apply.toString()).isZero();
        assertThat(apply.stderr()).isEqualTo(expected);
        // As Atlas: the numbered file, then the others in name order; the .SQL file not at all.
        assertThat(apply.stdout()).contains("-- migrating version 1\n").contains("-- migrating version V2\n")
                .contains("-- migrating version create\n").doesNotContain("version 3");

        StrataProcess.Result status = InProcess.run("migrate", "status", "--url", db, "--dir", dirUrl);
        assertThat(status.stderr()).isEqualTo(expected);
    }

    @Test
    void golangMigrateFilesPointAtImport() throws Exception {
        Path dir = TestDirs.write(tmp.resolve("gm"), "1_init.up.sql", "CREATE TABLE a (id int);\n");
        StrataProcess.Result r = InProcess.run("migrate", "validate", "--dir", "file://" + dir);
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.stderr()).isEqualTo("strata: " + dir + "/1_init.up.sql looks like golang-migrate's: Atlas and"
                + " Strata run every .sql file, a down file too; convert the directory with 'strata migrate import"
                + " --from file://" + dir + "?format=golang-migrate'\n");
    }

    @Test
    void wellNamedFilesSayNothing() {
        Path dir = TestDirs.write(tmp.resolve("ok"), "20240101000000_a.sql", "SELECT 1;\n", "2.1_b.sql",
                "SELECT 1;\n", "20240102000000.sql", "SELECT 1;\n");
        StrataProcess.Result r = InProcess.run("migrate", "validate", "--dir", "file://" + dir);
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.stderr()).isEmpty();
    }
}
