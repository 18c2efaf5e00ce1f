package dev.strata.cli;

import dev.strata.testing.TestDb;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The training run of the distribution's AOT cache: every command ends as expected, nothing is left behind. */
class TrainingTest {

    @Test
    void runsEveryCommandAsExpectedAndCleansUp() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        long before = trainingDirs(tmp);
        assertThatNoException().isThrownBy(() -> Training.train(List.of()));
        assertThat(trainingDirs(tmp)).isEqualTo(before);
    }

    /** On scratch databases it connects, applies, re-applies and reads the status, then drops what it made. */
    @Test
    void scratchDatabasesAreLeftEmpty() throws Exception {
        try (TestDb pg = TestDb.postgres(); TestDb maria = TestDb.mariadb()) {
            pg.execute("CREATE TABLE users (leftover int)");
            Training.train(List.of(pg.url(), maria.url()));
            assertThat(pg.tables()).isEmpty();
            assertThat(maria.tables()).isEmpty();
        }
    }

    /**
     * A driver's release training applies on that driver's scratch databases only, leaves them
     * empty, and without one runs the refused connection alone.
     */
    @Test
    void releaseTrainingUsesItsDriversDatabasesOnly() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        long before = trainingDirs(tmp);
        try (TestDb pg = TestDb.postgres(); TestDb maria = TestDb.mariadb()) {
            maria.execute("CREATE TABLE users (leftover int)");
            Training.trainRelease(ReleaseDriver.POSTGRES, List.of(pg.url(), maria.url()));
            assertThat(pg.tables()).isEmpty();
            assertThat(maria.tables()).as("the other driver's database is not touched").containsExactly("users");
            Training.trainRelease(ReleaseDriver.MYSQL, List.of(pg.url(), maria.url()));
            assertThat(maria.tables()).isEmpty();
        }
        assertThatNoException().isThrownBy(() -> Training.trainRelease(ReleaseDriver.POSTGRES, List.of()));
        assertThat(trainingDirs(tmp)).isEqualTo(before);
    }

    @Test
    void releaseDriversServeTheirSchemes() {
        assertThat(ReleaseDriver.named("postgres")).isEqualTo(ReleaseDriver.POSTGRES);
        assertThat(ReleaseDriver.named("mysql")).isEqualTo(ReleaseDriver.MYSQL);
        assertThatThrownBy(() -> ReleaseDriver.named("sqlite")).hasMessageContaining("no release driver sqlite");
        assertThat(ReleaseDriver.POSTGRES.serves("postgresql://a@h/db")).isTrue();
        assertThat(ReleaseDriver.POSTGRES.serves("jdbc:postgresql://h/db")).isTrue();
        assertThat(ReleaseDriver.POSTGRES.serves("mysql://a@h/db")).isFalse();
        assertThat(ReleaseDriver.MYSQL.serves("mariadb://a@h/db")).isTrue();
        assertThat(ReleaseDriver.MYSQL.serves("jdbc:mysql://h/db")).isTrue();
        assertThat(ReleaseDriver.MYSQL.serves("sqlite://x.db")).isFalse();
    }

    @Test
    void scratchUrlsAreSeparatedByWhiteSpace() {
        assertThat(Training.scratchUrls(null)).isEmpty();
        assertThat(Training.scratchUrls("  ")).isEmpty();
        assertThat(Training.scratchUrls(" postgres://a/b  mysql://c/d\n")).containsExactly("postgres://a/b", "mysql://c/d");
    }

    private static long trainingDirs(Path tmp) throws Exception {
        try (Stream<Path> files = Files.list(tmp)) {
            return files.filter(p -> p.getFileName().toString().startsWith("strata-training")).count();
        }
    }
}
