package dev.strata.cli;

import dev.strata.testing.TestDb;
import dev.strata.testing.TestDirs;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database connection is cut while a statement runs ({@code pg_terminate_backend},
 * {@code KILL CONNECTION}): one clear error, exit 1, a revisions table that matches the database,
 * and a re-run that completes.
 */
class ConnectionLossProcessTest {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(value = TestDb.Kind.class, names = {"POSTGRES", "MARIADB"})
    void connectionCutMidFile(TestDb.Kind kind) throws Exception {
        boolean pg = kind == TestDb.Kind.POSTGRES;
        try (TestDb db = TestDb.create(kind)) {
            String sleep = pg ? "SELECT pg_sleep(2);" : "SELECT SLEEP(2);";
            TestDirs.write(tmp.resolve("migrations"), "1_a.sql", "CREATE TABLE a (id int);\n",
                    "2_b.sql", "CREATE TABLE b (id int);\n" + sleep + "\nINSERT INTO b VALUES (1);\n");
            Process p = new StrataProcess(tmp).start("migrate", "apply", "--url", db.url());
            String find = pg
                    ? "SELECT pid FROM pg_stat_activity WHERE datname = '" + db.name() + "' AND query LIKE 'SELECT pg_sleep%'"
                    : "SELECT id FROM information_schema.processlist WHERE db = '" + db.name() + "' AND info LIKE"
                            + " 'SELECT SLEEP%'";
            String id = null;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (id == null && System.nanoTime() < deadline) {
                var found = db.column(find);
                id = found.isEmpty() ? null : found.get(0);
                Thread.sleep(20);
            }
            assertThat(id).as("the sleeping statement was seen").isNotNull();
            db.execute(pg ? "SELECT pg_terminate_backend(" + id + ")" : "KILL CONNECTION " + id);
            StrataProcess.Result r = StrataProcess.finish(p);
            assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
            assertThat(r.stderr().lines()).hasSize(1);
            assertThat(r.stderr()).startsWith("Error: connection to the database lost while executing statement \""
                    + sleep + "\" from version \"2\" (migrations/2_b.sql:2): ");
            if (pg) {
                // The file's transaction died with the connection: nothing of it remains.
                assertThat(db.column("SELECT version FROM atlas_schema_revisions.atlas_schema_revisions"))
                        .containsExactly("1");
                assertThat(db.tables()).noneMatch(t -> t.endsWith(".b"));
            } else {
                // The DDL committed on its own and its progress was recorded right after it.
                assertThat(db.column("SELECT concat(applied, '/', total, ' ', error) FROM " + db.revisionsTable()
                        + " WHERE version = '2'")).containsExactly("1/3 ");
                assertThat(db.tables()).contains("b");
            }
            StrataProcess.Result rerun = new StrataProcess(tmp).run("migrate", "apply", "--url", db.url(),
                    "--lock-timeout", "3s");
            assertThat(rerun.exitCode()).as(rerun.toString()).isZero();
            assertThat(db.column("SELECT count(*) FROM b")).containsExactly("1");
            assertThat(db.column("SELECT count(*) FROM " + db.revisionsTable() + " WHERE applied = total"))
                    .containsExactly("2");
        }
    }
}
