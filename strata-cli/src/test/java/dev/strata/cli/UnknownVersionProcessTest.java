package dev.strata.cli;

import dev.strata.testing.TestDirs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A version the directory does not have, given on the command line, is input the command could not
 * start from: exit 2, as the README's table says (issue 20, item 10).
 */
class UnknownVersionProcessTest {

    @TempDir
    Path tmp;

    @Test
    void unknownBaselineAndSetVersionsExit2() {
        TestDirs.write(tmp.resolve("migrations"), "1_a.sql", "CREATE TABLE a (id int);\n");
        StrataProcess strata = new StrataProcess(tmp);

        StrataProcess.Result baseline = strata.run("migrate", "apply", "--url", "sqlite://app.db", "--baseline", "9");
        assertThat(baseline.exitCode()).as(baseline.toString()).isEqualTo(2);
        assertThat(baseline.stderr()).isEqualTo("Error: baseline version \"9\" not found\n");

        StrataProcess.Result set = strata.run("migrate", "set", "9", "--url", "sqlite://app.db");
        assertThat(set.exitCode()).as(set.toString()).isEqualTo(2);
        assertThat(set.stderr()).isEqualTo("Error: migration with version \"9\" not found\n");
    }
}
