package dev.strata.migrate.exec;

import dev.strata.Strata;
import dev.strata.testing.TestDb;
import dev.strata.testing.TestDirs;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * An {@code ALTER TABLE} stuck behind the application's long transaction. With
 * {@code --ddl-lock-timeout} it gives up after its retries instead of queueing the application's
 * readers behind it: a reader that starts while it waits finishes before the long transaction ends.
 * The readers' worst latency with and without the setting is printed (and recorded in
 * docs/reliability.md), not asserted.
 */
class LiveTrafficTest {

    @TempDir
    Path tmp;

    /** What one scenario measured. */
    private record Outcome(Exception migrationError, List<String> notices, long readersDoneAt, long blockerEndAt,
                           long worstReaderMillis) {
    }

    @ParameterizedTest
    @EnumSource(value = TestDb.Kind.class, names = {"POSTGRES", "MARIADB"})
    void alterGivesUpInsteadOfBlockingReaders(TestDb.Kind kind) throws Exception {
        try (TestDb db = TestDb.create(kind)) {
            Outcome with = scenario(db, Duration.ofMillis(kind == TestDb.Kind.POSTGRES ? 300 : 1000), 2,
                    Duration.ofSeconds(30));
            assertThat(with.migrationError()).isInstanceOf(ApplyException.class);
            assertThat(with.migrationError().getMessage()).containsAnyOf("lock timeout", "Lock wait timeout");
            assertThat(with.notices()).containsExactly(
                    "statement 1 of 1_alter.sql (line 1) gave up waiting for a lock; retry 1 of 2",
                    "statement 1 of 1_alter.sql (line 1) gave up waiting for a lock; retry 2 of 2");
            assertThat(with.readersDoneAt()).as("readers finished before the long transaction ended")
                    .isLessThan(with.blockerEndAt());
            System.out.printf("%s: worst reader latency with --ddl-lock-timeout: %d ms%n", kind,
                    with.worstReaderMillis());
        }
        try (TestDb db = TestDb.create(kind)) {
            Outcome without = scenario(db, null, 0, Duration.ofSeconds(2));
            assertThat(without.migrationError()).as("it waited for the long transaction, then ran").isNull();
            System.out.printf("%s: worst reader latency without it (the long transaction holds 2 s): %d ms%n", kind,
                    without.worstReaderMillis());
        }
    }

    /**
     * A long transaction reads the table and holds it for {@code hold} (or until the migration
     * ended); meanwhile the migration alters the table and readers query it every 100 ms.
     */
    private Outcome scenario(TestDb db, Duration lockWait, int retries, Duration hold) throws Exception {
        db.execute("CREATE TABLE t (id int)", "INSERT INTO t VALUES (1)");
        Path dir = TestDirs.write(tmp.resolve("m" + System.nanoTime()), "1_alter.sql",
                "ALTER TABLE t ADD COLUMN c int;\n");
        ExecutorService pool = Executors.newCachedThreadPool();
        try (Connection blocker = db.connect()) {
            blocker.setAutoCommit(false);
            try (Statement st = blocker.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM t")) {
                rs.next();
            }
            List<String> notices = new CopyOnWriteArrayList<>();
            Future<Exception> migration = pool.submit(() -> {
                try {
                    Strata.builder().url(db.url()).dir(dir).allowDirty(true).ddlLockTimeout(lockWait)
                            .ddlRetries(retries).listener(e -> {
                                if (e instanceof ApplyEvent.Notice n) {
                                    notices.add(n.message());
                                }
                            }).build().apply();
                    return null;
                } catch (Exception e) {
                    return e;
                }
            });
            waitUntilTheAlterWaits(db);
            List<Future<Long>> readers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                readers.add(pool.submit(() -> read(db)));
                Thread.sleep(100);
            }
            long worst = 0;
            long readersDone;
            if (lockWait != null) {
                for (Future<Long> r : readers) {
                    worst = Math.max(worst, r.get(60, TimeUnit.SECONDS));
                }
                readersDone = System.nanoTime();
                Exception error = migration.get(60, TimeUnit.SECONDS);
                long blockerEnd = System.nanoTime();
                blocker.commit();
                return new Outcome(error, notices, readersDone, blockerEnd, worst);
            }
            CompletableFuture.runAsync(() -> { }, CompletableFuture.delayedExecutor(hold.toMillis(),
                    TimeUnit.MILLISECONDS)).get();
            long blockerEnd = System.nanoTime();
            blocker.commit();
            for (Future<Long> r : readers) {
                worst = Math.max(worst, r.get(60, TimeUnit.SECONDS));
            }
            readersDone = System.nanoTime();
            return new Outcome(migration.get(60, TimeUnit.SECONDS), notices, readersDone, blockerEnd, worst);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Milliseconds one read of the table took. */
    private static long read(TestDb db) throws Exception {
        try (Connection c = db.connect()) {
            long start = System.nanoTime();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM t")) {
                rs.next();
            }
            return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        }
    }

    /** Polls the server until the ALTER is queued behind the long transaction's lock. */
    private static void waitUntilTheAlterWaits(TestDb db) throws Exception {
        String probe = db.kind() == TestDb.Kind.POSTGRES
                ? "SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation WHERE c.relname = 't'"
                        + " AND NOT l.granted"
                : "SELECT count(*) FROM information_schema.processlist WHERE state LIKE 'Waiting for table metadata%'"
                        + " AND db = '" + db.name() + "'";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            if (!db.column(probe).get(0).equals("0")) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the ALTER never waited for the lock");
    }
}
