package dev.strata.cli;

import dev.strata.testing.TestDirs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run that resumes a file stopped partway prints Atlas's "Migrating to version 1 from 1" and says
 * on stderr why the two versions are the same (issue 20, item 15).
 */
class ResumeNoticeProcessTest {

    @TempDir
    Path tmp;

    @Test
    void resumingAPartialFileSaysSo() {
        Path dir = TestDirs.write(tmp.resolve("migrations"), "1_a.sql",
                "CREATE TABLE a (id int);\nSELECT nosuchcol FROM a;\n");
        String url = "sqlite://" + tmp.resolve("app.db");
        String dirUrl = "file://" + dir;
        StrataProcess.Result failed = InProcess.run("migrate", "apply", "--url", url, "--dir", dirUrl,
                "--tx-mode", "none");
        assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(1);
        assertThat(failed.stderr()).doesNotContain("resuming");

        TestDirs.write(dir, "1_a.sql", "CREATE TABLE a (id int);\nSELECT id FROM a;\n");
        StrataProcess.Result resumed = InProcess.run("migrate", "apply", "--url", url, "--dir", dirUrl,
                "--tx-mode", "none");
        assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
        assertThat(resumed.stdout()).startsWith("Migrating to version 1 from 1 (1 migrations in total):")
                .doesNotContain("CREATE TABLE a");
        assertThat(resumed.stderr()).isEqualTo("strata: resuming version 1, which stopped partway: the statements"
                + " of it that ran are not run again\n");
    }
}
