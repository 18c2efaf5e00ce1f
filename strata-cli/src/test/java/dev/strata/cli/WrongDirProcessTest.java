package dev.strata.cli;

import dev.strata.testing.TestDirs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A wrong or empty {@code --dir} against a migrated database (issue 20, item 3): not green. Status
 * reports the table's current version and says on stderr which applied versions have no file; apply
 * refuses an empty directory under linear order and warns about an older release's directory.
 */
class WrongDirProcessTest {

    @TempDir
    Path tmp;

    @Test
    void emptyOrOlderDirectoryAgainstAMigratedDatabase() {
        TestDirs.write(tmp.resolve("migrations"), "1_a.sql", "CREATE TABLE a (id int);\n",
                "2_b.sql", "CREATE TABLE b (id int);\n", "3_c.sql", "CREATE TABLE c (id int);\n");
        TestDirs.write(tmp.resolve("empty"));
        TestDirs.write(tmp.resolve("older"), "1_a.sql", "CREATE TABLE a (id int);\n");
        StrataProcess strata = new StrataProcess(tmp);
        assertThat(strata.run("migrate", "apply", "--url", "sqlite://app.db").exitCode()).isZero();

        StrataProcess.Result status = strata.run("migrate", "status", "--url", "sqlite://app.db",
                "--dir", "file://empty");
        assertThat(status.exitCode()).as(status.toString()).isZero();
        assertThat(status.stdout()).as(status.toString()).contains("Current Version: 3\n")
                .contains("Executed Files:  3\n");
        assertThat(status.stderr()).isEqualTo("strata: 3 applied versions have no file in the migration directory"
                + " empty (newest: 3; the directory's newest file: none): unless this is an older release's directory,"
                + " check --dir (see"
                + " the README, 'Applied versions without a file')\n");

        StrataProcess.Result apply = strata.run("migrate", "apply", "--url", "sqlite://app.db",
                "--dir", "file://empty");
        assertThat(apply.exitCode()).as(apply.toString()).isEqualTo(1);
        assertThat(apply.stderr()).isEqualTo("Error: the migration directory empty has no files, but the database has 3"
                + " applied versions (newest: 3): check --dir (to run anyway: --exec-order linear-skip)\n");

        StrataProcess.Result older = strata.run("migrate", "apply", "--url", "sqlite://app.db",
                "--dir", "file://older");
        assertThat(older.exitCode()).as(older.toString()).isZero();
        assertThat(older.stdout()).isEqualTo("No migration files to execute\n");
        assertThat(older.stderr()).startsWith("strata: 2 applied versions have no file in the migration directory"
                + " older (newest: 3; the directory's newest file: 1)");
    }
}
