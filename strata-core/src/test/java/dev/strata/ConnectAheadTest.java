package dev.strata;

import dev.strata.dialect.Session;
import dev.strata.testing.TestDb;
import dev.strata.testing.TestDirs;
import dev.strata.url.DatabaseUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A connection started ahead is taken over by the first operation on its URL, and only by it; one no
 * operation took is closed with it; URLs it does not start for are left alone.
 */
class ConnectAheadTest {

    @TempDir
    Path tmp;

    @Test
    void theFirstApplyOnTheUrlTakesTheConnectionOver() throws Exception {
        try (TestDb db = TestDb.create(TestDb.Kind.POSTGRES)) {
            Path dir = TestDirs.write(tmp.resolve("migrations"), "1_a.sql", "CREATE TABLE a (id int);\n");
            try (ConnectAhead ahead = ConnectAhead.start(db.url())) {
                Strata strata = Strata.builder().url(db.url()).dir(dir).connectAhead(ahead)
                        .lockName("strata_ahead_" + System.nanoTime()).build();
                assertThat(strata.apply().files()).hasSize(1);
                // Taken once: the next operation opens its own connection.
                assertThat(ahead.take(DatabaseUrl.parse(db.url()))).isNull();
                assertThat(strata.apply().nothingPending()).isTrue();
            }
        }
    }

    @Test
    void aConnectionNotTakenIsDiscardedWithItsCommandLine() {
        try (TestDb db = TestDb.create(TestDb.Kind.POSTGRES)) {
            ConnectAhead ahead = ConnectAhead.start(db.url());
            CompletableFuture<Session> started = ahead.take(DatabaseUrl.parse(db.url() + "&other=1"));
            assertThat(started).as("another URL takes nothing").isNull();
            ahead.close();
            assertThat(ahead.take(DatabaseUrl.parse(db.url()))).isNull();
        }
    }

    @Test
    void nothingIsStartedForSqliteOrAnUnreadableUrl() {
        ConnectAhead sqlite = ConnectAhead.start("sqlite://" + tmp.resolve("ahead.db"));
        ConnectAhead.start("postgres://[bad").close();
        assertThat(sqlite.take(DatabaseUrl.parse("sqlite://" + tmp.resolve("ahead.db")))).isNull();
        assertThat(tmp.resolve("ahead.db")).doesNotExist();
    }
}
