package dev.strata.cli;

import dev.strata.testing.TestDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * From golang-migrate to Strata. golang-migrate is a Go binary this build cannot fetch, so the test
 * does what it does: runs the up files in order and keeps its table as its drivers create it,
 * {@code schema_migrations (version bigint, dirty boolean)} with one row for the current version.
 */
class GolangMigrateSwitchTest {

    @TempDir
    Path tmp;

    private Path source() {
        return Switch.dir(tmp.resolve("db/migrations"),
                "000001_create_users.up.sql", Sample.TABLE + "\n",
                "000001_create_users.down.sql", "DROP TABLE users;\n",
                "000002_index_email.up.sql", Sample.INDEX + "\n",
                "000002_index_email.down.sql", "DROP INDEX users_email;\n",
                "000003_seed.up.sql", Sample.ROW + "\n",
                "000003_seed.down.sql", "DELETE FROM users;\n");
    }

    /** What {@code migrate up} leaves: the schema, and the current version in schema_migrations. */
    private static void migrateUp(TestDb db, long version, boolean dirty) throws Exception {
        db.execute(Sample.TABLE, Sample.INDEX, Sample.ROW);
        if (db.kind() == TestDb.Kind.SQLITE) {
            db.execute("CREATE TABLE schema_migrations (version uint64, dirty bool)",
                    "CREATE UNIQUE INDEX version_unique ON schema_migrations (version)");
        } else {
            db.execute("CREATE TABLE schema_migrations (version bigint NOT NULL PRIMARY KEY, dirty boolean NOT NULL)");
        }
        db.execute("INSERT INTO schema_migrations (version, dirty) VALUES (" + version + ", " + dirty + ")");
    }

    @ParameterizedTest
    @EnumSource(value = TestDb.Kind.class)
    void importAdoptAndApplyOnlyTheNewFile(TestDb.Kind kind) throws Exception {
        try (TestDb db = TestDb.create(kind)) {
            migrateUp(db, 3, false);
            Switch s = new Switch(tmp, db);
            StrataProcess.Result imported = s.importDir(source(), "golang-migrate");
            assertThat(imported.stdout())
                    .contains("  000001_create_users.up.sql -> 000001_create_users.sql (1 statement)\n",
                    "  000001_create_users.down.sql: down migration (Strata runs no down migrations)\n");

            StrataProcess.Result adopt = s.adopted("golang-migrate");
            assertThat(adopt.stdout()).contains("+ 000001_create_users.sql  version 1 (up to 3)\n",
                    "+ 000003_seed.sql          version 3 (up to 3)\n", "Recorded 3 files as applied in ");

            StrataProcess.Result again = s.adopt("golang-migrate");
            assertThat(again.exitCode()).as(again.toString()).isEqualTo(1);
            assertThat(again.stderr())
                    .containsPattern("^Error: \\S*atlas_schema_revisions already has 3 revisions: this"
                    + " database is already run by Strata or Atlas");

            s.nextApplyRunsOnlyANewFile(List.of("000001", "000002", "000003"));
        }
    }

    @Test
    void refusesADirtyVersion() throws Exception {
        try (TestDb db = TestDb.create(TestDb.Kind.POSTGRES)) {
            migrateUp(db, 2, true);
            Switch s = new Switch(tmp, db);
            s.importDir(source(), "golang-migrate");
            StrataProcess.Result r = s.adopt("golang-migrate");
            assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
            assertThat(r.stdout()).isEqualTo("public.schema_migrations has 1 entry Strata cannot adopt:\n"
                    + "  version 2 is dirty (it failed halfway): fix the database by hand, then run 'migrate force 2'"
                    + " (or the version before it)\nNothing was written.\n");
            assertThat(r.stderr()).isEqualTo("Error: cannot adopt public.schema_migrations: version 2 is dirty (it"
                    + " failed halfway): fix the database by hand, then run 'migrate force 2' (or the version before"
                    + " it)\n");
            assertThat(s.hasRevisionsTable()).isFalse();
        }
    }
}
