package dev.strata;

import dev.strata.testing.TestDb;
import dev.strata.testing.TestDirs;
import dev.strata.url.DatabaseUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A connection started ahead by the command line is taken over by the first operation on its URL, and
 * only by it, until the command line discards it; URLs it does not start for are left alone.
 */
class ConnectAheadTest {

    @TempDir
    Path tmp;

    @Test
    void theFirstApplyOnTheUrlTakesTheConnectionOver() throws Exception {
        try (TestDb db = TestDb.create(TestDb.Kind.POSTGRES)) {
            Path dir = TestDirs.write(tmp.resolve("migrations"), "1_a.sql", "CREATE TABLE a (id int);\n");
            ConnectAhead.start(db.url());
            Strata strata = Strata.builder().url(db.url()).dir(dir).lockName("strata_ahead_" + System.nanoTime())
                    .build();
            assertThat(strata.apply().files()).hasSize(1);
            // Taken once: the next operation opens its own connection.
            assertThat(ConnectAhead.take(DatabaseUrl.parse(db.url()))).isNull();
            assertThat(strata.apply().nothingPending()).isTrue();
        } finally {
            ConnectAhead.discard();
        }
    }

    @Test
    void aConnectionNotTakenIsDiscardedWithItsCommandLine() {
        try (TestDb db = TestDb.create(TestDb.Kind.POSTGRES)) {
            ConnectAhead.start(db.url());
            ConnectAhead.discard();
            assertThat(ConnectAhead.take(DatabaseUrl.parse(db.url()))).isNull();
        }
    }

    @Test
    void nothingIsStartedForSqliteOrAnUnreadableUrl() {
        ConnectAhead.start("sqlite://" + tmp.resolve("ahead.db"));
        ConnectAhead.start("postgres://[bad");
        assertThat(ConnectAhead.take(DatabaseUrl.parse("sqlite://" + tmp.resolve("ahead.db")))).isNull();
        assertThat(tmp.resolve("ahead.db")).doesNotExist();
    }
}
