package dev.strata.cli;

import dev.strata.dialect.Dialects;
import dev.strata.migrate.exec.MigrateSettings;
import dev.strata.testing.TestDb;
import dev.strata.testing.TestDirs;
import dev.strata.url.DatabaseUrl;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** A second deploy waiting for the migration lock says so after a second (issue 20, item 14). */
class LockWaitProcessTest {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(value = TestDb.Kind.class, names = {"POSTGRES", "MARIADB"})
    void waitingForTheLockIsSaid(TestDb.Kind kind) throws Exception {
        try (TestDb db = TestDb.create(kind)) {
            TestDirs.write(tmp.resolve("migrations"), "1_a.sql", "CREATE TABLE a (id int);\n");
            DatabaseUrl parsed = DatabaseUrl.parse(db.url());
            Process p;
            try (var session = Dialects.forUrl(parsed).open(parsed);
                 var lock = session.dialect().locker(session).lock(MigrateSettings.ATLAS_LOCK, Duration.ZERO)) {
                p = new StrataProcess(tmp).start("migrate", "apply", "--url", db.url(), "--lock-timeout", "60s");
                Thread.sleep(4000); // The JVM starts, connects, waits a second, then says so.
            }
            StrataProcess.Result r = StrataProcess.finish(p);
            assertThat(r.exitCode()).as(r.toString()).isZero();
            assertThat(r.stderr()).isEqualTo("strata: waiting for the migration lock held by another session (up to"
                    + " 1m0s, --lock-timeout)...\n");
            assertThat(r.stdout()).startsWith("Migrating to version 1 (1 migrations in total):");
        }
    }
}
