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
 * From goose to Strata. goose is a Go binary this build cannot fetch, so the test does what
 * {@code goose up} does: runs the up sections and keeps {@code goose_db_version} as goose creates it,
 * a row per run with version 0 as goose's own first row.
 */
class GooseSwitchTest {

    /** A statement that holds the word Down, which Atlas's import would drop. */
    private static final String ROW = Sample.ROW.replace("ada@", "Down@");

    @TempDir
    Path tmp;

    private Path source() {
        return Switch.dir(tmp.resolve("db/migrations"),
                "00001_create_users.sql", "-- +goose Up\n" + Sample.TABLE + "\n\n-- +goose Down\nDROP TABLE users;\n",
                "00002_index_email.sql", "-- +goose NO TRANSACTION\n-- +goose Up\n-- +goose StatementBegin\n"
                        + Sample.INDEX + "\n-- +goose StatementEnd\n\n-- +goose Down\nDROP INDEX users_email;\n",
                "00003_seed.sql", "-- +goose Up\n" + ROW + "\n\n-- +goose Down\nDELETE FROM users;\n",
                "00004_backfill.go", "package migrations\n");
    }

    /** What {@code goose up} leaves, with the versions it recorded. */
    private static void gooseUp(TestDb db, long... versions) throws Exception {
        db.execute(Sample.TABLE, Sample.INDEX, ROW);
        db.execute("CREATE TABLE goose_db_version (id serial NOT NULL, version_id bigint NOT NULL, is_applied boolean"
                + " NOT NULL, tstamp timestamp NULL DEFAULT now(), PRIMARY KEY (id))");
        db.execute("INSERT INTO goose_db_version (version_id, is_applied) VALUES (0, true)");
        for (long v : versions) {
            db.execute("INSERT INTO goose_db_version (version_id, is_applied) VALUES (" + v + ", true)");
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestDb.Kind.class, names = {"POSTGRES", "MARIADB"})
    void importAdoptAndApplyOnlyTheNewFile(TestDb.Kind kind) throws Exception {
        try (TestDb db = TestDb.create(kind)) {
            gooseUp(db, 1, 2, 3);
            Switch s = new Switch(tmp, db);
            StrataProcess.Result imported = s.importDir(source(), "goose");
            assertThat(imported.stdout()).contains(
                    "  00002_index_email.sql -> 00002_index_email.sql (outside a transaction, 1 statement)\n",
                    "  00004_backfill.go: Go migration (only SQL migrations are imported)\n");
            assertThat(Switch.read(s.migrations().resolve("00003_seed.sql"))).isEqualTo(ROW + "\n");

            StrataProcess.Result adopt = s.adopted("goose");
            assertThat(adopt.stdout()).containsPattern("\\.goose_db_version:\n")
                    .containsPattern("\n  \\+ 00001_create_users\\.sql  version 1, applied \\S+\n")
                    .contains("Recorded 3 files as applied in ");

            s.nextApplyRunsOnlyANewFile(List.of("00001", "00002", "00003"));
        }
    }

    /** goose applied version 4, which the directory does not have: adopt names it and writes nothing. */
    @Test
    void refusesAnAppliedMigrationWithoutFile() throws Exception {
        try (TestDb db = TestDb.create(TestDb.Kind.MARIADB)) {
            gooseUp(db, 1, 2, 3, 4);
            Switch s = new Switch(tmp, db);
            s.importDir(source(), "goose");
            StrataProcess.Result r = s.adopt("goose");
            assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
            assertThat(r.stdout()).isEqualTo(db.name() + ".goose_db_version has 1 entry Strata cannot adopt:\n"
                    + "  version 4: applied by goose, but migrations has no file with version 4\n"
                    + "Nothing was written.\n");
            assertThat(s.hasRevisionsTable()).isFalse();
        }
    }
}
