package dev.strata.cli;

import dev.strata.testing.TestDirs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code migrate status} says which applied files were edited and re-hashed since they ran (issue 20, item 17). */
class EditedFileProcessTest {

    @TempDir
    Path tmp;

    @Test
    void statusNamesAnAppliedFileEditedAfterItRan() {
        Path dir = TestDirs.write(tmp.resolve("migrations"), "1_a.sql", "CREATE TABLE a (id int);\n",
                "2_b.sql", "CREATE TABLE b (id int);\n");
        StrataProcess strata = new StrataProcess(tmp);
        assertThat(strata.run("migrate", "apply", "--url", "sqlite://app.db").exitCode()).isZero();
        assertThat(strata.run("migrate", "status", "--url", "sqlite://app.db").stderr()).isEmpty();

        TestDirs.write(dir, "1_a.sql", "CREATE TABLE a (id int, name text);\n");
        StrataProcess.Result r = strata.run("migrate", "status", "--url", "sqlite://app.db");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.stderr()).isEqualTo("strata: applied file 1_a.sql was edited after it ran: the hash the"
                + " revisions table stored differs from atlas.sum's (add a new file instead: the change never reaches"
                + " a database that already ran it; later files cannot be checked, as atlas.sum's hashes chain)\n");
    }
}
