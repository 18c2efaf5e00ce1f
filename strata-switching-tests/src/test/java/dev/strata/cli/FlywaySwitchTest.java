package dev.strata.cli;

import dev.strata.testing.TestDb;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** From Flyway (run through its Java API) to Strata on a live database. */
class FlywaySwitchTest {

    @TempDir
    Path tmp;

    private Path flywayDir() {
        return Switch.dir(tmp.resolve("db/migration"),
                "V1__create_users.sql", Sample.TABLE + "\n",
                "V2__index_email.sql", Sample.INDEX + "\n",
                "V3__seed.sql", "-- The first user.\n" + Sample.ROW + "\n",
                "U3__seed.sql", "DELETE FROM users;\n");
    }

    private static Flyway flyway(TestDb db, Path dir) {
        return Flyway.configure().dataSource(db.jdbcUrl(), db.user(), "").locations("filesystem:" + dir)
                .cleanDisabled(true).load();
    }

    @ParameterizedTest
    @EnumSource(value = TestDb.Kind.class, names = {"POSTGRES", "MARIADB"})
    void importAdoptAndApplyOnlyTheNewFile(TestDb.Kind kind) throws Exception {
        try (TestDb db = TestDb.create(kind)) {
            Path source = flywayDir();
            assertThat(flyway(db, source).migrate().migrationsExecuted).isEqualTo(3);
            Switch s = new Switch(tmp, db);

            StrataProcess.Result imported = s.importDir(source, "flyway", "--pad-versions");
            assertThat(imported.stdout())
                    .isEqualTo("Imported 3 flyway migrations from " + source + " into migrations:\n\n"
                    + "  V1__create_users.sql -> 00000000000001_create_users.sql (1 statement)\n"
                    + "  V2__index_email.sql -> 00000000000002_index_email.sql (1 statement)\n"
                    + "  V3__seed.sql -> 00000000000003_seed.sql (1 statement)\n\n"
                    + "Left out 1 file:\n\n"
                    + "  U3__seed.sql: Flyway undo migration (Strata runs no down migrations)\n\n"
                    + "Wrote migrations/atlas.sum.\n");
            assertThat(s.files()).containsExactly("00000000000001_create_users.sql", "00000000000002_index_email.sql",
                    "00000000000003_seed.sql", "atlas.sum");

            StrataProcess.Result dry = s.adopted("flyway", "--dry-run");
            assertThat(dry.stdout()).startsWith("Would adopt the flyway history of ")
                    .contains("Dry run: would record 3 files as applied in ", "; nothing was written.\n");
            assertThat(s.hasRevisionsTable()).isFalse();

            StrataProcess.Result adopt = s.adopted("flyway");
            assertThat(adopt.stdout()).startsWith("Adopted the flyway history of ")
                    .containsPattern("\n  \\+ 00000000000001_create_users\\.sql  V1, applied \\S+ in [0-9.]+(ms|s|µs)\n")
                    .containsPattern("\n  \\+ 00000000000003_seed\\.sql +V3, applied ")
                    .contains("Recorded 3 files as applied in ")
                    .endsWith("No file is pending: the next 'strata migrate apply' has nothing to run.\n");

            s.nextApplyRunsOnlyANewFile(List.of("00000000000001", "00000000000002", "00000000000003"));
        }
    }

    /** MariaDB commits DDL, so Flyway records a failed migration (success = 0): adopt lists it and writes nothing. */
    @Test
    void refusesAFailedMigration() throws Exception {
        try (TestDb db = TestDb.create(TestDb.Kind.MARIADB)) {
            Path source = Switch.dir(flywayDir(), "V4__broken.sql",
                    "CREATE TABLE audit (id int);\nINSERT INTO no_such_table VALUES (1);\n");
            assertThatThrownBy(() -> flyway(db, source).migrate()).isInstanceOf(FlywayException.class);
            Switch s = new Switch(tmp, db);
            s.importDir(source, "flyway", "--pad-versions");
            StrataProcess.Result r = s.adopt("flyway");
            assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
            String table = db.name() + ".flyway_schema_history";
            assertThat(r.stdout()).isEqualTo(table + " has 1 entry Strata cannot adopt:\n"
                    + "  V4 (broken): failed (success = false): fix the database by hand, then run 'flyway repair' or"
                    + " 'flyway migrate' until it succeeds\n"
                    + "Nothing was written.\n");
            assertThat(r.stderr()).startsWith("Error: cannot adopt " + table + ": V4 (broken): failed");
            assertThat(s.hasRevisionsTable()).isFalse();
        }
    }
}
