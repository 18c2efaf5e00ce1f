package dev.strata.lint;

import dev.strata.Strata;
import dev.strata.UsageException;
import dev.strata.testing.TestDirs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code Strata.lint(...)}: the Java API over the same run as the command, on SQLite. */
class LintApiTest {

    @TempDir
    Path tmp;

    @Test
    void lintReturnsTheFindingsFlatWithTheirLevel() {
        Path dir = TestDirs.write(tmp.resolve("migrations"), "1_init.sql", "CREATE TABLE pets (id int, name text);\n",
                "2_change.sql", "CREATE UNIQUE INDEX pets_name ON pets (name);\nDROP TABLE pets;\n");
        Strata strata = Strata.builder().dir(dir).devUrl("sqlite://api?mode=memory").build();

        LintReport report = strata.lint(NewFiles.latest(1), LintConfig.DEFAULT);
        assertThat(report.dialect()).isEqualTo("sqlite3");
        assertThat(report.hasErrors()).isTrue();
        assertThat(report.findings()).extracting(LintReport.Finding::file, LintReport.Finding::line,
                        LintReport.Finding::code, LintReport.Finding::error)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2_change.sql", 2, "DS102", true),
                        org.assertj.core.groups.Tuple.tuple("2_change.sql", 1, "MF101", false));
        assertThat(report.findings().get(0).fixes()).containsExactly(
                "Add a pre-migration check to ensure table \"pets\" is empty before dropping it");

        LintReport relaxed = strata.lint(NewFiles.latest(1), new LintConfig(java.util.Map.of("destructive", false)));
        assertThat(relaxed.hasErrors()).isFalse();
        assertThat(strata.lint(NewFiles.latest(0), LintConfig.DEFAULT).findings()).isEmpty();
    }

    @Test
    void lintNeedsADevDatabase() {
        Path dir = TestDirs.write(tmp.resolve("migrations"), "1_init.sql", "CREATE TABLE pets (id int);\n");
        assertThatThrownBy(() -> Strata.builder().dir(dir).build().lint(NewFiles.latest(1), LintConfig.DEFAULT))
                .isInstanceOf(UsageException.class).hasMessageStartingWith("lint needs a dev database");
        assertThatThrownBy(() -> NewFiles.gitBase(" ")).isInstanceOf(UsageException.class);
        assertThat(List.of(NewFiles.latest(2))).containsExactly(new NewFiles.Latest(2));
    }
}
