package dev.strata.cli;

import dev.strata.testing.TestDb;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** From Liquibase (4.33, through its Java API) to Strata: an XML master changelog including formatted SQL files. */
class LiquibaseSwitchTest {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(value = TestDb.Kind.class, names = {"POSTGRES", "MARIADB"})
    void importAdoptAndApplyOnlyTheNewFile(TestDb.Kind kind) throws Exception {
        try (TestDb db = TestDb.create(kind)) {
            Path source = Switch.dir(tmp.resolve("changelog"),
                    "db.changelog-master.xml", """
                            <?xml version="1.0" encoding="UTF-8"?>
                            <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                                xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog
                                  http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd">
                              <include file="001_create_users.sql" relativeToChangelogFile="true"/>
                              <include file="002_index_email.sql" relativeToChangelogFile="true"/>
                              <include file="003_seed.sql" relativeToChangelogFile="true"/>
                            </databaseChangeLog>
                            """,
                    "001_create_users.sql", "--liquibase formatted sql\n\n--changeset ada:1\n" + Sample.TABLE
                            + "\n--rollback DROP TABLE users;\n",
                    "002_index_email.sql", "--liquibase formatted sql\n\n--changeset ada:2\n" + Sample.INDEX + "\n",
                    "003_seed.sql", "--liquibase formatted sql\n\n--changeset ada:3\n" + Sample.ROW + "\n");
            update(db, source);
            Switch s = new Switch(tmp, db);

            StrataProcess.Result imported = s.importDir(source, "liquibase");
            assertThat(imported.stdout()).contains("  001_create_users.sql -> 001_create_users.sql (1 statement)\n",
                    "  db.changelog-master.xml: Liquibase XML changelog (only formatted SQL files are imported)\n");
            assertThat(Switch.read(s.migrations().resolve("001_create_users.sql")))
                    .isEqualTo("--changeset ada:1\n" + Sample.TABLE + "\n");

            StrataProcess.Result adopt = s.adopted("liquibase");
            assertThat(adopt.stdout()).startsWith("Adopted the liquibase history of ")
                    .containsPattern("(public\\.databasechangelog|\\.DATABASECHANGELOG):\n")
                    .containsPattern("\n  \\+ 001_create_users\\.sql  changeset ada:1, applied \\S+\n")
                    .contains("Recorded 3 files as applied in ");

            s.nextApplyRunsOnlyANewFile(List.of("001", "002", "003"));
        }
    }

    @SuppressWarnings("deprecation") // The Liquibase facade is the shortest way to run 'update' from Java.
    private static void update(TestDb db, Path changelogs) throws Exception {
        try (Connection c = db.connect()) {
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
            try (Liquibase liquibase = new Liquibase("db.changelog-master.xml",
                    new DirectoryResourceAccessor(changelogs), database)) {
                liquibase.update("");
            }
        }
    }
}
