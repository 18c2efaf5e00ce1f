package dev.strata.cli;

import dev.strata.testing.TestDirs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code migrate apply --dry-run} marks files as not executed, not {@code -- ok (0s)} (issue 20, item 15). */
class DryRunProcessTest {

    @TempDir
    Path tmp;

    @Test
    void dryRunSaysFilesWereNotExecuted() {
        TestDirs.write(tmp.resolve("migrations"), "1_a.sql", "CREATE TABLE a (id int);\n");
        StrataProcess.Result r = new StrataProcess(tmp).run("migrate", "apply", "--url", "sqlite://app.db",
                "--dry-run");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.stdout()).startsWith("""
                Migrating to version 1 (1 migrations in total):

                  -- migrating version 1
                    -> CREATE TABLE a (id int);
                  -- not executed (dry run)
                """);
        assertThat(r.stdout()).doesNotContain("-- ok");
    }
}
