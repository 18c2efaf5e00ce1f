package dev.strata.migrate.exec;

import dev.strata.Strata;
import dev.strata.report.StatusReport;
import dev.strata.testing.TestDb;
import dev.strata.testing.TestDirs;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A directory that lacks applied versions (issue 20, item 3): an older release's directory, or the
 * wrong one. The current version agrees with the revisions table, apply and status say what is
 * missing, and a directory with no file at all is refused under linear order.
 */
class MissingFilesTest {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(TestDb.Kind.class)
    void appliedVersionsWithoutAFileAreReported(TestDb.Kind kind) {
        try (TestDb db = TestDb.create(kind)) {
            Path full = TestDirs.write(tmp.resolve("full"), "1_a.sql", "CREATE TABLE a (id int);\n",
                    "2_b.sql", "CREATE TABLE b (id int);\n", "3_c.sql", "CREATE TABLE c (id int);\n");
            Strata.builder().url(db.url()).dir(full).build().apply();

            // An older release's directory: it lacks the two newest versions.
            Path older = TestDirs.write(tmp.resolve("older"), "1_a.sql", "CREATE TABLE a (id int);\n");
            StatusResult s = Strata.builder().url(db.url()).dir(older).build().status();
            assertThat(s.current()).isEqualTo(Optional.of("3"));
            assertThat(StatusReport.current(s)).isEqualTo("3");
            assertThat(s.next()).isEmpty();
            assertThat(s.missing()).containsExactly("2", "3");
            List<ApplyEvent> events = new ArrayList<>();
            ApplyResult r = Strata.builder().url(db.url()).dir(older).listener(events::add).build().apply();
            assertThat(r.nothingPending()).isTrue();
            assertThat(events).filteredOn(ApplyEvent.Notice.class::isInstance).extracting(e -> ((ApplyEvent.Notice) e)
                    .message()).containsExactly("2 applied versions have no file in the migration directory " + older
                    + " (newest: 3; the directory's newest file: 1): unless this is an older release's directory,"
                    + " check --dir (see"
                    + " the README, 'Applied versions without a file')");

            // The wrong directory: empty. Status agrees with the table; apply refuses under linear order.
            Path empty = TestDirs.write(tmp.resolve("empty"));
            StatusResult e = Strata.builder().url(db.url()).dir(empty).build().status();
            assertThat(e.current()).isEqualTo(Optional.of("3"));
            assertThat(e.missing()).containsExactly("1", "2", "3");
            assertThat(e.status()).isEqualTo("OK");
            assertThatThrownBy(() -> Strata.builder().url(db.url()).dir(empty).build().apply())
                    .isInstanceOf(ApplyException.class)
                    .hasMessage("the migration directory " + empty + " has no files, but the database has 3 applied"
                            + " versions (newest: 3):"
                            + " check --dir (to run anyway: --exec-order linear-skip)");
            ApplyResult skip = Strata.builder().url(db.url()).dir(empty).execOrder(ExecOrder.LINEAR_SKIP).build()
                    .apply();
            assertThat(skip.nothingPending()).isTrue();
        }
    }
}
