package dev.strata.lint;

import dev.strata.devdb.DevDatabase;
import dev.strata.migrate.LocalDir;
import dev.strata.migrate.MigrationFile;
import dev.strata.report.LintText;
import dev.strata.report.Style;
import dev.strata.testing.TestDb;
import dev.strata.url.DatabaseUrl;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The history of a realistic project (src/test/resources/lint-corpus/postgres: 100 files, tables
 * created, then changed the safe way and, in the files named {@code *_unsafe_*}, the unsafe way),
 * linted whole on a PostgreSQL dev database: no file but the unsafe ones has a finding (no false
 * alarm), and the report is the one checked in beside the corpus. After a deliberate change of an
 * analyzer, write the report again with {@code -Dstrata.lint.corpus.update=true} and review its diff.
 * Its speed is measured in bench/lint.sh, not here.
 */
class PostgresCorpusLintTest {

    private static final Path CORPUS = Path.of("src/test/resources/lint-corpus/postgres");
    private static final Path EXPECTED = Path.of("src/test/resources/lint-corpus/postgres-expected.txt");

    @Test
    void onlyTheUnsafeFilesHaveFindingsAndTheReportIsTheCheckedInOne() throws Exception {
        List<MigrationFile> files = LocalDir.open(CORPUS, CORPUS.toString()).files();
        assertThat(files).hasSize(100);
        LintResult r;
        try (TestDb db = TestDb.postgres(); DevDatabase dev = DevDatabase.open(DatabaseUrl.parse(db.url()))) {
            r = LintRunner.of(dev, LintConfig.DEFAULT).run(files, 0);
        }
        assertThat(r.files()).hasSize(100);
        for (FileResult f : r.files()) {
            assertThat(f.error()).as(f.file().name()).isNull();
            assertThat(f.reports().isEmpty()).as(f.file().name() + ": " + f.reports())
                    .isEqualTo(!f.file().name().contains("_unsafe_"));
        }
        String report = LintText.of(r, Style.PLAIN).replaceAll("-- ok \\([^)]*\\)", "-- ok (T)")
                .replaceAll("(?m)^  -- \\d[^ ]*s$", "  -- T");
        if (Boolean.getBoolean("strata.lint.corpus.update")) {
            Files.writeString(EXPECTED, report);
        }
        assertThat(report).isEqualTo(Files.readString(EXPECTED));
    }
}
