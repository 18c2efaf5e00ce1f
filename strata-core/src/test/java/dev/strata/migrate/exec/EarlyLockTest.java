package dev.strata.migrate.exec;

import dev.strata.Strata;
import dev.strata.UsageException;
import dev.strata.dialect.Dialects;
import dev.strata.dialect.MigrationLock;
import dev.strata.dialect.Session;
import dev.strata.migrate.ChecksumException;
import dev.strata.testing.TestDb;
import dev.strata.testing.TestDirs;
import dev.strata.url.DatabaseUrl;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * An apply takes the migration lock and reads the revisions on the connection's thread while the
 * directory is checked ({@link EarlyLock}): whatever becomes of the run, the lock is released, and
 * a lock another session holds is still waited for, with the notice.
 */
class EarlyLockTest {

    @TempDir
    Path tmp;

    /** Each test its own lock: MariaDB's GET_LOCK names are server-wide, shared with other runs. */
    private final String lockName = "strata_earlylock_" + System.nanoTime();

    @ParameterizedTest
    @EnumSource(value = TestDb.Kind.class, names = {"POSTGRES", "MARIADB"})
    void aRefusedDirectoryReleasesTheLock(TestDb.Kind kind) throws Exception {
        try (TestDb db = TestDb.create(kind)) {
            Path dir = TestDirs.write(tmp.resolve("migrations"), "1_a.sql", "CREATE TABLE a (id int);\n");
            Files.writeString(dir.resolve("1_a.sql"), "CREATE TABLE b (id int);\n"); // atlas.sum no longer matches
            assertThrows(ChecksumException.class, () -> strata(db, dir).build().apply());
            // The refusal is reported at once; the connection's thread releases the lock when it is done.
            try (Session other = open(db); MigrationLock lock = lock(other, Duration.ofSeconds(10))) {
                assertThat(lock).isNotNull();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestDb.Kind.class, names = {"POSTGRES", "MARIADB"})
    void everyEndOfTheRunReleasesTheLock(TestDb.Kind kind) throws Exception {
        try (TestDb db = TestDb.create(kind)) {
            Path dir = TestDirs.write(tmp.resolve("migrations"), "1_a.sql", "CREATE TABLE a (id int);\n",
                    "2_b.sql", "CREATE TABLE b (id int);\n");
            try (Session other = open(db)) {
                assertThat(strata(db, dir).build().apply(1).files()).hasSize(1);
                lock(other, Duration.ZERO).close();
                assertThrows(UsageException.class, () -> strata(db, dir).build().applyTo("9"));
                lock(other, Duration.ZERO).close();
                ApplyResult rest = strata(db, dir).build().apply();
                assertThat(rest.files()).extracting(f -> f.file().version()).containsExactly("2");
                lock(other, Duration.ZERO).close();
                assertThat(strata(db, dir).build().apply().nothingPending()).isTrue();
                lock(other, Duration.ZERO).close();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestDb.Kind.class, names = {"POSTGRES", "MARIADB"})
    void aLockHeldElsewhereIsWaitedForWithTheNotice(TestDb.Kind kind) throws Exception {
        try (TestDb db = TestDb.create(kind)) {
            Path dir = TestDirs.write(tmp.resolve("migrations"), "1_a.sql", "CREATE TABLE a (id int);\n");
            List<String> notices = new CopyOnWriteArrayList<>();
            CompletableFuture<ApplyResult> run;
            try (Session other = open(db); MigrationLock held = lock(other, Duration.ZERO)) {
                run = CompletableFuture.supplyAsync(() -> strata(db, dir).lockTimeout(Duration.ofSeconds(60))
                        .listener(e -> {
                            if (e instanceof ApplyEvent.Notice n) {
                                notices.add(n.message());
                            }
                        }).build().apply());
                Thread.sleep(2500); // Past the notice's second.
                assertThat(run).isNotDone();
            }
            assertThat(run.get(30, TimeUnit.SECONDS).files()).hasSize(1);
            assertThat(notices).containsExactly(
                    "waiting for the migration lock held by another session (up to 1m0s, --lock-timeout)...");
        }
    }

    private Strata.Builder strata(TestDb db, Path dir) {
        return Strata.builder().url(db.url()).dir(dir).lockName(lockName);
    }

    private static Session open(TestDb db) {
        DatabaseUrl url = DatabaseUrl.parse(db.url());
        return Dialects.forUrl(url).open(url);
    }

    private MigrationLock lock(Session session, Duration timeout) throws Exception {
        return session.dialect().locker(session).lock(lockName, timeout);
    }
}
