package dev.strata.cli;

import dev.strata.testing.TestDirs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --parallel} runs a for_each env's instances side by side; without one it is refused (issue 20, item 12). */
class ParallelUsageProcessTest {

    @TempDir
    Path tmp;

    @Test
    void parallelWithoutAForEachEnvIsRefused() {
        TestDirs.write(tmp.resolve("migrations"), "1_a.sql", "CREATE TABLE a (id int);\n");
        StrataProcess.Result r = new StrataProcess(tmp).run("migrate", "apply", "--url", "sqlite://app.db",
                "--parallel", "2");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.stderr()).isEqualTo("Error: --parallel needs --env with a for_each environment (it runs its"
                + " instances side by side)\n");
        assertThat(r.stdout()).isEmpty();
    }
}
