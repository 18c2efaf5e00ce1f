package dev.strata.migrate.exec;

import dev.strata.dialect.Dialects;
import dev.strata.dialect.Session;
import dev.strata.testing.TestDb;
import dev.strata.url.DatabaseUrl;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rows an apply plans from ({@link RevisionTable#readToPlan()}) are the rows every other command
 * reads ({@link RevisionTable#read()}), except the execution time of a complete row, which an apply
 * never rewrites and so does not decode: a partial row, which a run resumes and rewrites with its
 * first execution time, comes whole.
 */
class RevisionTableReadTest {

    private static final Instant FIRST = Instant.parse("2026-01-02T03:04:05Z");
    private static final Instant SECOND = Instant.parse("2026-02-03T04:05:06Z");

    @ParameterizedTest
    @EnumSource(TestDb.Kind.class)
    void anApplyReadsEveryColumnButACompleteRowsTime(TestDb.Kind kind) throws Exception {
        try (TestDb db = TestDb.create(kind); Session session = open(db)) {
            RevisionTable table = RevisionTable.open(session, null);
            table.ensure();
            Revision complete = new Revision("1", "a", Revision.EXECUTED, 2, 2, FIRST, Duration.ofMillis(5), "", "",
                    "hash1", List.of(), "Strata v0");
            Revision partial = new Revision("2", "b", Revision.EXECUTED, 1, 3, SECOND, Duration.ofMillis(7), "boom",
                    "SELECT 1", "hash2", List.of("h1:one"), "Strata v0");
            table.write(complete);
            table.write(partial);
            assertThat(table.read()).containsExactly(complete, partial);
            assertThat(table.readToPlan()).containsExactly(new Revision("1", "a", Revision.EXECUTED, 2, 2, null,
                    Duration.ofMillis(5), "", "", "hash1", List.of(), "Strata v0"), partial);
        }
    }

    private static Session open(TestDb db) {
        DatabaseUrl url = DatabaseUrl.parse(db.url());
        return Dialects.forUrl(url).open(url);
    }
}
