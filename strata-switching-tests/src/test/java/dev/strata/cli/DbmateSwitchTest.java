package dev.strata.cli;

import dev.strata.testing.TestDb;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** From dbmate (the real binary, from npm) to Strata. */
class DbmateSwitchTest {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(value = TestDb.Kind.class, names = {"POSTGRES", "MARIADB"})
    void importAdoptAndApplyOnlyTheNewFile(TestDb.Kind kind) throws Exception {
        try (TestDb db = TestDb.create(kind)) {
            Path source = Switch.dir(tmp.resolve("db/migrations"),
                    "20240101000001_create_users.sql", "-- migrate:up\n" + Sample.TABLE
                            + "\n\n-- migrate:down\nDROP TABLE users;\n",
                    // dbmate's option for statements that cannot run in a transaction; Atlas would import it empty.
                    "20240101000002_index_email.sql", "-- migrate:up transaction:false\n" + Sample.INDEX
                            + "\n\n-- migrate:down\nDROP INDEX users_email;\n",
                    // Atlas drops every line containing "down": this statement would be lost.
                    "20240101000003_seed.sql", "-- migrate:up\n" + Sample.ROW.replace("ada@", "countdown@")
                            + "\n\n-- migrate:down\nDELETE FROM users;\n");
            Dbmate.run(db.url(), source, "up");
            Switch s = new Switch(tmp, db);

            StrataProcess.Result imported = s.importDir(source, "dbmate");
            assertThat(imported.stdout()).contains(
                    "  20240101000002_index_email.sql -> 20240101000002_index_email.sql (outside a transaction, 1"
                            + " statement)\n");
            assertThat(Switch.read(s.migrations().resolve("20240101000002_index_email.sql")))
                    .isEqualTo("-- atlas:txmode none\n\n" + Sample.INDEX + "\n");
            assertThat(Switch.read(s.migrations().resolve("20240101000003_seed.sql")))
                    .isEqualTo(Sample.ROW.replace("ada@", "countdown@") + "\n");

            StrataProcess.Result adopt = s.adopted("dbmate");
            assertThat(adopt.stdout()).containsPattern("\\.schema_migrations:\n")
                    .contains("+ 20240101000001_create_users.sql  version 20240101000001\n",
                            "Recorded 3 files as applied in ");

            s.nextApplyRunsOnlyANewFile(List.of("20240101000001", "20240101000002", "20240101000003"));
        }
    }
}
