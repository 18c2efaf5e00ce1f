package dev.strata.migrate.adopt;

import dev.strata.Strata;
import dev.strata.StrataException;
import dev.strata.migrate.format.Importer;
import dev.strata.testing.Conformance;
import dev.strata.testing.TestDb;
import dev.strata.testing.TestDirs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How adopt reads each history, on SQLite tables laid out as the tools lay them out. */
class AdoptTest {

    @TempDir
    Path tmp;

    private TestDb db;

    @BeforeEach
    void open() {
        db = TestDb.sqlite();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Strata strata(Path dir, boolean dryRun) {
        return Strata.builder().url(db.url()).dir(dir).dryRun(dryRun).build();
    }

    private void flywayHistory(String... rows) throws Exception {
        db.execute("CREATE TABLE flyway_schema_history (installed_rank int PRIMARY KEY, version varchar(50),"
                + " description varchar(200), type varchar(20), script varchar(1000), checksum int, installed_by"
                + " varchar(100), installed_on timestamp, execution_time int, success boolean)");
        int rank = 0;
        for (String row : rows) {
            String[] f = row.split("\\|", -1);
            db.execute("INSERT INTO flyway_schema_history VALUES (" + (++rank) + ", " + (f[0].isEmpty() ? "NULL"
                    : "'" + f[0] + "'") + ", '" + f[1] + "', '" + f[2] + "', '" + f[3] + "', 0, 'me', NULL, " + f[4]
                    + ", " + f[5] + ")");
        }
    }

    /** Atlas's Flyway vector: B2 stands for V1 and V2, which Flyway applied one by one. */
    @Test
    void flywayBaselineFileCoversTheVersionsItReplaced() throws Exception {
        Path dir = tmp.resolve("migrations");
        Importer.of("flyway", Conformance.dir("cli/import/flyway"), false).run(dir, "migrations");
        flywayHistory("1|initial|SQL|V1__initial.sql|12|1", "2|second migration|SQL|V2__second_migration.sql|5|1",
                "3|third migration|SQL|V3__third_migration.sql|7|1", "|views|SQL|R__views.sql|3|1");
        AdoptResult r = strata(dir, false).adopt("flyway", null);
        assertThat(r.adopted()).extracting(AdoptedFile::file, AdoptedFile::source).containsExactly(
                org.assertj.core.groups.Tuple.tuple("2_baseline.sql", "V2"),
                org.assertj.core.groups.Tuple.tuple("3R_views.sql", "R__views.sql"),
                org.assertj.core.groups.Tuple.tuple("3_third_migration.sql", "V3"));
        assertThat(r.adopted().get(0).executionTime()).isEqualTo(Duration.ofMillis(5));
        assertThat(r.notes()).containsExactly("V1: included in 2_baseline.sql");
        assertThat(r.pending()).isEmpty();
        assertThat(db.column("SELECT version || ':' || type || ':' || execution_time FROM atlas_schema_revisions"
                + " ORDER BY version")).containsExactly("2:4:5000000", "3:4:7000000", "3R:4:3000000");
        assertThat(strata(dir, false).apply().nothingPending()).isTrue();
    }

    @Test
    void flywayHistoryBehindTheBaselineFileIsRefused() throws Exception {
        Path dir = tmp.resolve("migrations");
        Importer.of("flyway", Conformance.dir("cli/import/flyway"), false).run(dir, "migrations");
        flywayHistory("1|initial|SQL|V1__initial.sql|12|1");
        assertThatThrownBy(() -> strata(dir, false).adopt("flyway", null)).isInstanceOf(AdoptRefusedException.class)
                .hasMessage("cannot adopt main.flyway_schema_history: V1 (initial): applied by flyway, but " + dir
                        + " starts at 2_baseline.sql, which flyway has not applied: run 'flyway migrate' first");
    }

    /** {@code flyway baseline} at 2, V3 applied, V4 applied then undone, and a Java migration. */
    @Test
    void flywayBaselineMarkerUndoAndJavaMigrations() throws Exception {
        Path dir = TestDirs.write(tmp.resolve("migrations"), "1_a.sql", "SELECT 1;", "2_b.sql", "SELECT 2;",
                "3_c.sql", "SELECT 3;", "4_d.sql", "SELECT 4;");
        flywayHistory("2|<< Flyway Baseline >>|BASELINE|<< Flyway Baseline >>|0|1", "3|c|SQL|V3__c.sql|1|1",
                "5|fill|JDBC|db.migration.V5__fill|1|1", "4|d|SQL|V4__d.sql|1|1", "4|d|UNDO_SQL|U4__d.sql|1|1");
        AdoptResult r = strata(dir, true).adopt("flyway", null);
        assertThat(r.adopted()).extracting(AdoptedFile::file, AdoptedFile::source).containsExactly(
                org.assertj.core.groups.Tuple.tuple("1_a.sql", "flyway baseline 2"),
                org.assertj.core.groups.Tuple.tuple("2_b.sql", "flyway baseline 2"),
                org.assertj.core.groups.Tuple.tuple("3_c.sql", "V3"));
        assertThat(r.pending()).containsExactly("4_d.sql");
        assertThat(r.notes()).containsExactly("V5 (fill): JDBC migration with no SQL file, not carried over");
        assertThat(r.dryRun()).isTrue();
        assertThat(db.tables()).doesNotContain("atlas_schema_revisions");
    }

    private void liquibaseHistory(String... rows) throws Exception {
        db.execute("CREATE TABLE DATABASECHANGELOG (ID varchar(255), AUTHOR varchar(255), FILENAME varchar(255),"
                + " DATEEXECUTED timestamp, ORDEREXECUTED int, EXECTYPE varchar(10), MD5SUM varchar(35))");
        int order = 0;
        for (String row : rows) {
            String[] f = row.split("\\|");
            db.execute("INSERT INTO DATABASECHANGELOG VALUES ('" + f[0] + "', '" + f[1] + "', '" + f[2] + "', NULL, "
                    + (++order) + ", '" + f[3] + "', NULL)");
        }
    }

    @Test
    void liquibaseFilesAreAppliedWhenAllTheirChangesetsRan() throws Exception {
        Path dir = TestDirs.write(tmp.resolve("migrations"),
                "1_a.sql", "--changeset ann:1\nSELECT 1;\n--changeset ann:2\nSELECT 2;\n",
                "2_b.sql", "--changeset ann:3\nSELECT 3;\n");
        liquibaseHistory("1|ann|db/changelog/1_a.sql|EXECUTED", "2|ann|db/changelog/1_a.sql|MARK_RAN");
        AdoptResult r = strata(dir, true).adopt("liquibase", null);
        assertThat(r.adopted()).extracting(AdoptedFile::file, AdoptedFile::source)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1_a.sql", "2 changesets"));
        assertThat(r.pending()).containsExactly("2_b.sql");
    }

    @Test
    void liquibaseRefusesHalfAppliedFailedAndUnknownChangesets() throws Exception {
        Path dir = TestDirs.write(tmp.resolve("migrations"),
                "1_a.sql", "--changeset ann:1\nSELECT 1;\n--changeset ann:2\nSELECT 2;\n");
        liquibaseHistory("1|ann|1_a.sql|EXECUTED", "9|bob|master.xml|EXECUTED", "10|bob|master.xml|FAILED");
        AdoptRefusedException e = org.junit.jupiter.api.Assertions.assertThrows(AdoptRefusedException.class,
                () -> strata(dir, false).adopt("liquibase", null));
        assertThat(e.problems()).containsExactly(
                "changeset bob:10 of master.xml: failed (EXECTYPE FAILED): fix it and run 'liquibase update' first",
                "1_a.sql: changeset ann:2 not applied by liquibase while others of the file are: run 'liquibase"
                        + " update' first",
                "changeset bob:9 of master.xml: applied by liquibase, but " + dir + " has no file imported from"
                        + " master.xml");
        assertThat(e.report())
                .startsWith("main.DATABASECHANGELOG has 3 entries Strata cannot adopt:\n  changeset bob:10");
    }

    @Test
    void refusesATableWithRevisionsAndAMissingHistory() throws Exception {
        Path dir = TestDirs.write(tmp.resolve("migrations"), "1_a.sql", "CREATE TABLE a (id int);");
        assertThatThrownBy(() -> strata(dir, false).adopt("dbmate", null)).isInstanceOf(StrataException.class)
                .hasMessage("no dbmate history table schema_migrations in schema main: is this the database dbmate"
                        + " migrated? (name another table with --history-table)");
        db.execute("CREATE TABLE old_versions (version varchar(128) PRIMARY KEY)",
                "INSERT INTO old_versions VALUES ('1')");
        assertThat(strata(dir, false).adopt("dbmate", "main.old_versions").adopted()).hasSize(1);
        assertThatThrownBy(() -> strata(dir, false).adopt("dbmate", "old_versions"))
                .hasMessageStartingWith("main.atlas_schema_revisions already has 1 revision: this database is already"
                        + " run by Strata or Atlas");
        assertThatThrownBy(() -> strata(dir, false).adopt("sqitch", null))
                .hasMessageStartingWith("unknown tool \"sqitch\" for --from");
    }
}
