package dev.strata.migrate.exec;

import dev.strata.Strata;
import dev.strata.dialect.Dialects;
import dev.strata.migrate.ChecksumException;
import dev.strata.migrate.LocalDir;
import dev.strata.migrate.SumFile;
import dev.strata.testing.TestDb;
import dev.strata.testing.TestDirs;
import dev.strata.url.DatabaseUrl;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The behaviour of {@code migrate apply}, {@code status} and {@code set}, run against each database
 * by a subclass. Every test works in a database of its own.
 */
abstract class EngineContract {

    static final String USERS = "CREATE TABLE users (id int PRIMARY KEY, name varchar(100));\n"
            + "INSERT INTO users VALUES (1, 'a');\n";
    static final String PETS = "CREATE TABLE pets (id int PRIMARY KEY, owner int);\nINSERT INTO pets VALUES (1, 1);\n";
    static final String TOYS = "CREATE TABLE toys (id int);\n";
    static final String PETS_BROKEN = "CREATE TABLE pets (id int PRIMARY KEY, owner int);\n"
            + "INSERT INTO nosuch VALUES (1);\n";

    @TempDir
    Path tmp;
    Path dir;
    TestDb db;

    abstract TestDb.Kind kind();

    @BeforeEach
    void createDatabase() {
        db = TestDb.create(kind());
        dir = tmp.resolve("migrations");
    }

    @AfterEach
    void dropDatabase() {
        if (db != null) {
            db.close();
        }
    }

    Strata.Builder strata() {
        return Strata.builder().url(db.url()).dir(dir);
    }

    ApplyResult apply() {
        return strata().build().apply();
    }

    boolean ddlCommitsOnItsOwn() {
        return kind() == TestDb.Kind.MARIADB;
    }

    /** version → applied/total, type and whether an error is recorded, of each revision row. */
    Map<String, String> rows() throws SQLException {
        Map<String, String> rows = new TreeMap<>();
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT version, applied, total, type, error FROM " + db.revisionsTable())) {
            while (rs.next()) {
                String error = rs.getString(5);
                rows.put(rs.getString(1), rs.getInt(2) + "/" + rs.getInt(3) + " type " + rs.getInt(4)
                        + (error == null || error.isEmpty() ? "" : " error"));
            }
        }
        return rows;
    }

    List<String> userTables() throws SQLException {
        return db.userTables();
    }

    String hashOf(String file) {
        return SumFile.of(LocalDir.open(dir, "m").files()).hashOf(file).orElseThrow();
    }

    @Test
    void freshApplyThenNothingToDo() throws Exception {
        TestDirs.write(dir, "1_users.sql", USERS, "2_pets.sql", PETS, "3_toys.sql", TOYS);
        ApplyResult r = apply();
        assertThat(r.current()).isEmpty();
        assertThat(r.target()).isEqualTo("3");
        assertThat(r.files()).extracting(f -> f.file().name())
                .containsExactly("1_users.sql", "2_pets.sql", "3_toys.sql");
        assertThat(r.files()).allSatisfy(f -> assertThat(f.error()).isNull());
        assertThat(userTables()).containsExactlyInAnyOrder("users", "pets", "toys");
        assertThat(rows()).containsExactly(Map.entry("1", "2/2 type 2"), Map.entry("2", "2/2 type 2"),
                Map.entry("3", "1/1 type 2"));
        assertThat(db.column("SELECT hash FROM " + db.revisionsTable() + " WHERE version = '1'"))
                .containsExactly(hashOf("1_users.sql"));
        assertThat(db.column("SELECT partial_hashes FROM " + db.revisionsTable()))
                .allSatisfy(h -> assertThat(h == null || h.equals("null")).isTrue());

        ApplyResult again = apply();
        assertThat(again.nothingPending()).isTrue();
        assertThat(again.files()).isEmpty();
    }

    @Test
    void amountAppliesThatManyFiles() throws Exception {
        TestDirs.write(dir, "1_users.sql", USERS, "2_pets.sql", PETS, "3_toys.sql", TOYS);
        assertThat(strata().build().apply(1).files()).hasSize(1);
        assertThat(rows()).containsOnlyKeys("1");
        ApplyResult second = strata().build().apply(1);
        assertThat(second.current()).isEqualTo("1");
        assertThat(second.target()).isEqualTo("2");
        assertThat(strata().build().apply(5).files()).hasSize(1);
        assertThat(rows()).containsOnlyKeys("1", "2", "3");
    }

    @Test
    void dirtyDatabaseIsRefusedOnFirstRun() throws Exception {
        db.execute("CREATE TABLE legacy (id int)");
        TestDirs.write(dir, "1_users.sql", USERS);
        assertThatThrownBy(this::apply).hasMessageContaining("connected database is not clean: found table \"legacy\"")
                .hasMessageEndingWith("baseline version or allow-dirty is required");
        assertThat(userTables()).containsExactly("legacy");
    }

    @Test
    void allowDirtyAppliesEverything() throws Exception {
        db.execute("CREATE TABLE legacy (id int)");
        TestDirs.write(dir, "1_users.sql", USERS, "2_pets.sql", PETS);
        assertThat(strata().allowDirty(true).build().apply().files()).hasSize(2);
        assertThat(rows()).containsOnlyKeys("1", "2");
    }

    @Test
    void baselineMarksFilesUpToItAndRunsTheRest() throws Exception {
        db.execute("CREATE TABLE users (id int PRIMARY KEY, name varchar(100))",
                "CREATE TABLE pets (id int PRIMARY KEY, owner int)");
        TestDirs.write(dir, "1_users.sql", USERS, "2_pets.sql", PETS, "3_toys.sql", TOYS);
        ApplyResult r = strata().baseline("2").build().apply();
        assertThat(r.current()).isEqualTo("2");
        assertThat(r.files()).extracting(f -> f.file().version()).containsExactly("3");
        assertThat(rows()).containsExactly(Map.entry("2", "0/0 type 1"), Map.entry("3", "1/1 type 2"));
        assertThat(strata().baseline("1").build().apply().nothingPending())
                .as("a baseline on a database with revisions is ignored").isTrue();
    }

    @Test
    void unknownBaselineVersionAndAllowDirtyTogether() throws Exception {
        db.execute("CREATE TABLE legacy (id int)");
        TestDirs.write(dir, "1_users.sql", USERS);
        assertThatThrownBy(() -> strata().baseline("7").build().apply()).hasMessage("baseline version \"7\" not found");
        assertThatThrownBy(() -> strata().baseline("1").allowDirty(true).build().apply())
                .hasMessage("baseline and allow-dirty are mutually exclusive");
    }

    @Test
    void execOrders() throws Exception {
        TestDirs.write(dir, "1_users.sql", USERS, "3_toys.sql", TOYS);
        apply();
        TestDirs.write(dir, "2_pets.sql", PETS);
        assertThatThrownBy(this::apply).isInstanceOf(ApplyException.class)
                .hasMessage("migration file 2_pets.sql was added out of order. See: "
                        + "https://atlasgo.io/versioned/apply#non-linear-error");
        assertThat(strata().execOrder(ExecOrder.LINEAR_SKIP).build().apply().nothingPending()).isTrue();
        ApplyResult r = strata().execOrder(ExecOrder.NON_LINEAR).build().apply();
        assertThat(r.files()).extracting(f -> f.file().version()).containsExactly("2");
        assertThat(rows()).containsOnlyKeys("1", "2", "3");
    }

    @Test
    void dryRunChangesNothing() throws Exception {
        TestDirs.write(dir, "1_users.sql", USERS, "2_pets.sql", PETS);
        ApplyResult r = strata().dryRun(true).build().apply();
        assertThat(r.files()).hasSize(2);
        assertThat(r.files().get(0).statements()).containsExactly(
                "CREATE TABLE users (id int PRIMARY KEY, name varchar(100));", "INSERT INTO users VALUES (1, 'a');");
        assertThat(db.tables()).isEmpty();
    }

    @Test
    void failingStatementInTheSecondOfThreeFiles() throws Exception {
        TestDirs.write(dir, "1_users.sql", USERS, "2_pets.sql", PETS_BROKEN, "3_toys.sql", TOYS);
        ApplyException e = assertThrows(ApplyException.class, this::apply);
        assertThat(e.exitCode()).isEqualTo(1);
        assertThat(e.getMessage()).startsWith("executing statement \"INSERT INTO nosuch VALUES (1);\" from version"
                + " \"2\" (" + dir + "/2_pets.sql:2): ");
        ApplyResult r = e.result();
        assertThat(r.files()).hasSize(2);
        assertThat(r.files().get(1).failedStatement()).isEqualTo("INSERT INTO nosuch VALUES (1);");
        assertThat(r.files().get(1).error()).isNotBlank();
        if (ddlCommitsOnItsOwn()) {
            // DDL commits on its own: the table stays, and the row records how far the file got.
            assertThat(userTables()).containsExactlyInAnyOrder("users", "pets");
            assertThat(rows()).containsExactly(Map.entry("1", "2/2 type 2"), Map.entry("2", "1/2 type 2 error"));
        } else {
            // The file's transaction rolled back, its row with it: nothing of it remains.
            assertThat(userTables()).containsExactly("users");
            assertThat(rows()).containsExactly(Map.entry("1", "2/2 type 2"));
        }
    }

    /**
     * Last statements that cannot carry the final record in their round trip (a {@code ?} the
     * driver would read as a placeholder; a {@code ;} that ends a comment, not the statement) run on
     * their own, and the record follows as before.
     */
    @Test
    void lastStatementsSentOnTheirOwnAreRecorded() throws Exception {
        TestDirs.write(dir, "1_a.sql", "CREATE TABLE a (id int, s varchar(10));\nINSERT INTO a VALUES (1, '?');\n",
                "2_b.sql", "INSERT INTO a VALUES (2, 'b') -- two;");
        apply();
        assertThat(db.column("SELECT count(*) FROM a")).containsExactly("2");
        assertThat(rows()).containsExactly(Map.entry("1", "2/2 type 2"), Map.entry("2", "1/1 type 2"));
    }

    @Test
    void resumeAfterFixingTheFailedStatement() throws Exception {
        TestDirs.write(dir, "1_users.sql", USERS, "2_pets.sql", PETS_BROKEN);
        TxMode mode = ddlCommitsOnItsOwn() ? TxMode.FILE : TxMode.NONE;
        assertThatThrownBy(() -> strata().txMode(mode).build().apply()).isInstanceOf(ApplyException.class);
        assertThat(rows()).containsEntry("2", "1/2 type 2 error");

        TestDirs.write(dir, "2_pets.sql", PETS);
        ApplyResult r = strata().txMode(mode).build().apply();
        assertThat(r.current()).isEqualTo("2");
        assertThat(r.target()).isEqualTo("2");
        assertThat(r.files()).hasSize(1);
        assertThat(r.files().get(0).skipped()).isEqualTo(1);
        assertThat(r.files().get(0).statements()).containsExactly("INSERT INTO pets VALUES (1, 1);");
        assertThat(rows()).containsEntry("2", "2/2 type 2");
        assertThat(db.column("SELECT count(*) FROM pets")).containsExactly("1");
    }

    @Test
    void editingAStatementThatRanIsRefused() throws Exception {
        TestDirs.write(dir, "1_users.sql", USERS, "2_pets.sql", PETS_BROKEN);
        TxMode mode = ddlCommitsOnItsOwn() ? TxMode.FILE : TxMode.NONE;
        assertThatThrownBy(() -> strata().txMode(mode).build().apply()).isInstanceOf(ApplyException.class);
        TestDirs.write(dir, "2_pets.sql", "CREATE TABLE pets (id bigint PRIMARY KEY, owner int);\n"
                + "INSERT INTO pets VALUES (1, 1);\n");
        assertThatThrownBy(() -> strata().txMode(mode).build().apply())
                .hasMessage("history changed: statement 1 from file \"2_pets.sql\" changed after it ran"
                        + " (only statements that have not run may be edited)");
        assertThat(rows()).containsEntry("2", "1/2 type 2 error");
    }

    @Test
    void checksumMismatchRunsNothing() throws Exception {
        TestDirs.write(dir, "1_users.sql", USERS, "2_pets.sql", PETS);
        Files.writeString(dir.resolve("2_pets.sql"), PETS + "DROP TABLE users;\n");
        assertThatThrownBy(this::apply).isInstanceOf(ChecksumException.class)
                .hasMessageContaining("2_pets.sql was edited");
        assertThat(db.tables()).isEmpty();
    }

    @Test
    void duplicateVersionsAreRefused() throws Exception {
        TestDirs.write(dir, "1_users.sql", USERS, "1_pets.sql", PETS);
        assertThatThrownBy(this::apply).hasMessage(
                "duplicate migration version 1: 1_pets.sql and 1_users.sql (each file needs its own version)");
        assertThat(db.tables()).isEmpty();
    }

    @Test
    void emptyFileIsRecordedWithZeroStatements() throws Exception {
        TestDirs.write(dir, "1_users.sql", USERS, "2_empty.sql", "", "3_comments.sql", "-- nothing yet\n");
        apply();
        assertThat(rows()).containsEntry("2", "0/0 type 2").containsEntry("3", "0/0 type 2");
    }

    @Test
    void txModeAllRollsBackTheWholeRunWhereDdlIsTransactional() throws Exception {
        TestDirs.write(dir, "1_users.sql", USERS, "2_pets.sql", PETS_BROKEN, "3_toys.sql", TOYS);
        assertThatThrownBy(() -> strata().txMode(TxMode.ALL).build().apply()).isInstanceOf(ApplyException.class);
        if (ddlCommitsOnItsOwn()) {
            assertThat(rows()).containsExactly(Map.entry("1", "2/2 type 2"), Map.entry("2", "1/2 type 2 error"));
        } else {
            assertThat(userTables()).isEmpty();
            assertThat(rows()).isEmpty();
        }
    }

    @Test
    void txModeNoneKeepsWhatRan() throws Exception {
        TestDirs.write(dir, "1_users.sql", USERS, "2_pets.sql", PETS_BROKEN);
        assertThatThrownBy(() -> strata().txMode(TxMode.NONE).build().apply()).isInstanceOf(ApplyException.class);
        assertThat(userTables()).containsExactlyInAnyOrder("users", "pets");
        assertThat(rows()).containsExactly(Map.entry("1", "2/2 type 2"), Map.entry("2", "1/2 type 2 error"));
        assertThat(db.column("SELECT error_stmt FROM " + db.revisionsTable() + " WHERE version = '2'"))
                .containsExactly("INSERT INTO nosuch VALUES (1);");
    }

    @Test
    void txModeDirectiveInAFile() throws Exception {
        TestDirs.write(dir, "1_users.sql", USERS, "2_pets.sql", "-- atlas:txmode none\n\n" + PETS_BROKEN);
        assertThatThrownBy(this::apply).isInstanceOf(ApplyException.class);
        assertThat(rows()).containsEntry("2", "1/2 type 2 error");
    }

    @Test
    void directiveConflictingWithTxModeAllFailsBeforeRunning() throws Exception {
        TestDirs.write(dir, "1_users.sql", USERS, "2_pets.sql", "-- atlas:txmode none\n\n" + PETS);
        assertThatThrownBy(() -> strata().txMode(TxMode.ALL).build().apply())
                .hasMessage("cannot set txmode directive to \"none\" in \"2_pets.sql\" when txmode \"all\" is set"
                        + " globally");
        assertThat(userTables()).isEmpty();
    }

    @Test
    void unclosedQuoteFailsBeforeAnythingRuns() throws Exception {
        TestDirs.write(dir, "1_users.sql", USERS, "2_pets.sql", "INSERT INTO users VALUES (2, 'oops);\n");
        assertThatThrownBy(this::apply).hasMessage(dir + "/2_pets.sql:1:30: unclosed quote '\\''");
        assertThat(userTables()).isEmpty();
    }

    @Test
    void statementInDoubtStopsTheRunUntilSettled() throws Exception {
        TestDirs.write(dir, "1_users.sql", USERS, "2_pets.sql", PETS);
        strata().build().apply(1);
        db.execute("CREATE TABLE pets (id int PRIMARY KEY, owner int)");
        // What a run killed while the first statement of 2_pets.sql ran leaves behind.
        db.execute("INSERT INTO " + db.revisionsTable() + " (version, description, type, applied, total,"
                + " executed_at, execution_time, error, error_stmt, hash, partial_hashes, operator_version) VALUES"
                + " ('2', 'pets', 2, 0, 2, '2024-01-01 00:00:00', 0, '" + Revision.IN_DOUBT
                + "statement 1 (line 1) was started', 'CREATE TABLE pets (id int PRIMARY KEY, owner int);', '', NULL,"
                + " 'Strata')");
        assertThatThrownBy(this::apply).isInstanceOf(ApplyException.class)
                .hasMessageStartingWith("statement 1 of " + dir + "/2_pets.sql (line 1) is in doubt")
                .hasMessageContaining("strata migrate set --in-doubt done");
        assertThat(strata().build().resolveInDoubt(InDoubt.DONE))
                .isEqualTo("statement 1 of 2_pets.sql marked done (1 of 2 statements applied)");
        ApplyResult r = apply();
        assertThat(r.files().get(0).skipped()).isEqualTo(1);
        assertThat(rows()).containsEntry("2", "2/2 type 2");
    }

    @Test
    void lockHeldByAnotherSessionTimesOut() throws Exception {
        TestDirs.write(dir, "1_users.sql", USERS);
        DatabaseUrl url = DatabaseUrl.parse(db.url());
        try (var session = Dialects.forUrl(url).open(url);
             var lock = session.dialect().locker(session).lock(MigrateSettings.ATLAS_LOCK, Duration.ZERO)) {
            assertThatThrownBy(() -> strata().lockTimeout(Duration.ofMillis(300)).build().apply())
                    .hasMessageStartingWith("acquiring database lock: lock \"atlas_migrate_execute")
                    .hasMessageContaining("is held by another session");
        }
        assertThat(apply().files()).hasSize(1);
    }

    @Test
    void statusReportsPendingPartialAndLatest() throws Exception {
        TestDirs.write(dir, "1_users.sql", USERS, "2_pets.sql", PETS_BROKEN);
        StatusResult fresh = strata().build().status();
        assertThat(fresh.current()).isEmpty();
        assertThat(fresh.next()).isEqualTo(Optional.of("1"));
        assertThat(fresh.pending()).hasSize(2);
        assertThat(db.tables()).as("status creates nothing").isEmpty();

        assertThatThrownBy(() -> strata().txMode(TxMode.NONE).build().apply()).isInstanceOf(ApplyException.class);
        StatusResult partial = strata().build().status();
        assertThat(partial.status()).isEqualTo("PENDING");
        assertThat(partial.current()).isEqualTo(Optional.of("2"));
        assertThat(partial.next()).isEqualTo(Optional.of("2"));
        assertThat(partial.count()).isEqualTo(1);
        assertThat(partial.total()).isEqualTo(2);
        assertThat(partial.sql()).isEqualTo("INSERT INTO nosuch VALUES (1);");
        assertThat(partial.error()).isNotBlank();

        TestDirs.write(dir, "2_pets.sql", PETS);
        strata().txMode(TxMode.NONE).build().apply();
        StatusResult done = strata().build().status();
        assertThat(done.status()).isEqualTo("OK");
        assertThat(done.next()).isEmpty();
        assertThat(done.applied()).hasSize(2);
    }

    @Test
    void setMovesTheCurrentVersion() throws Exception {
        TestDirs.write(dir, "1_users.sql", USERS, "2_pets.sql", PETS, "3_toys.sql", TOYS);
        SetResult set = strata().build().set("2");
        assertThat(set.current()).isEqualTo("2");
        assertThat(set.changes()).extracting(SetResult.Row::version, SetResult.Row::removed)
                .containsExactly(Tuple.tuple("1", false), Tuple.tuple("2", false));
        assertThat(rows()).containsExactly(Map.entry("1", "0/0 type 4"), Map.entry("2", "0/0 type 4"));
        assertThat(apply().files()).extracting(f -> f.file().version()).containsExactly("3");
        SetResult back = strata().build().set("1");
        assertThat(back.changes()).extracting(SetResult.Row::version, SetResult.Row::removed)
                .containsExactly(Tuple.tuple("2", true), Tuple.tuple("3", true));
        assertThatThrownBy(() -> strata().build().set("9")).hasMessage("migration with version \"9\" not found");
    }

    @Test
    void atlasWrittenRevisionsTableIsContinued() throws Exception {
        TestDirs.write(dir, "1_users.sql", USERS, "2_pets.sql", PETS);
        db.execute(USERS.split("\n"));
        createAtlasTable();
        db.execute("INSERT INTO " + db.revisionsTable() + " (version, description, type, applied, total,"
                + " executed_at, execution_time, error, error_stmt, hash, partial_hashes, operator_version) VALUES"
                + " ('1', 'users', 2, 2, 2, '2024-01-01 10:00:00', 1500, '', '', '" + hashOf("1_users.sql")
                + "', 'null', 'Atlas CLI v0.36.0')");
        ApplyResult r = apply();
        assertThat(r.current()).isEqualTo("1");
        assertThat(r.files()).extracting(f -> f.file().version()).containsExactly("2");
        assertThat(rows()).containsExactly(Map.entry("1", "2/2 type 2"), Map.entry("2", "2/2 type 2"));
        assertThat(strata().build().status().applied().get(0).operatorVersion()).isEqualTo("Atlas CLI v0.36.0");
    }

    @Test
    void revisionsTableWithAnExtraColumnAndAMissingOne() throws Exception {
        TestDirs.write(dir, "1_users.sql", USERS);
        createAtlasTable();
        db.execute("ALTER TABLE " + db.revisionsTable() + " ADD COLUMN note varchar(20)",
                "ALTER TABLE " + db.revisionsTable() + " DROP COLUMN operator_version");
        apply();
        assertThat(rows()).containsOnlyKeys("1");
        assertThat(db.column("SELECT operator_version FROM " + db.revisionsTable())).singleElement()
                .asString().startsWith("Strata v");
        assertThat(db.column("SELECT note FROM " + db.revisionsTable())).containsExactly((String) null);
    }

    @Test
    void revisionsColumnOfAnIncompatibleTypeIsNamed() throws Exception {
        TestDirs.write(dir, "1_users.sql", USERS);
        createAtlasTable();
        db.execute("ALTER TABLE " + db.revisionsTable() + " DROP COLUMN execution_time",
                "ALTER TABLE " + db.revisionsTable() + " ADD COLUMN execution_time "
                        + (kind() == TestDb.Kind.SQLITE ? "blob" : "varchar(10)"));
        assertThatThrownBy(this::apply).hasMessageContaining("column execution_time has type");
        assertThat(userTables()).isEmpty();
    }

    @Test
    void revisionsSchemaFlag() throws Exception {
        TestDirs.write(dir, "1_users.sql", USERS);
        if (kind() == TestDb.Kind.SQLITE) {
            assertThatThrownBy(() -> strata().revisionsSchema("meta").build().apply())
                    .hasMessage("cannot store revisions-table in a separate schema (\"meta\") with SQLite driver");
            return;
        }
        String schema = db.name() + "_meta";
        try {
            strata().revisionsSchema(schema).build().apply();
            assertThat(db.column("SELECT version FROM " + schema + ".atlas_schema_revisions")).containsExactly("1");
            assertThat(strata().revisionsSchema(schema).build().status().status()).isEqualTo("OK");
        } finally {
            db.execute(kind() == TestDb.Kind.POSTGRES ? "DROP SCHEMA IF EXISTS " + schema + " CASCADE"
                    : "DROP DATABASE IF EXISTS " + schema);
        }
    }

    /** The table in the layout Atlas creates, from the spec's column list. */
    void createAtlasTable() throws SQLException {
        switch (kind()) {
            case POSTGRES -> db.execute("CREATE SCHEMA atlas_schema_revisions",
                    "CREATE TABLE atlas_schema_revisions.atlas_schema_revisions (version character varying NOT NULL,"
                            + " description character varying NOT NULL, type bigint NOT NULL DEFAULT 2,"
                            + " applied bigint NOT NULL DEFAULT 0, total bigint NOT NULL DEFAULT 0,"
                            + " executed_at timestamptz NOT NULL, execution_time bigint NOT NULL, error text NULL,"
                            + " error_stmt text NULL, hash character varying NOT NULL, partial_hashes jsonb NULL,"
                            + " operator_version character varying NOT NULL, PRIMARY KEY (version))");
            case MARIADB -> db.execute("CREATE TABLE " + db.revisionsTable() + " (version varchar(255) NOT NULL,"
                    + " description varchar(255) NOT NULL, type bigint unsigned NOT NULL DEFAULT 2,"
                    + " applied bigint NOT NULL DEFAULT 0, total bigint NOT NULL DEFAULT 0,"
                    + " executed_at timestamp NOT NULL, execution_time bigint NOT NULL, error longtext NULL,"
                    + " error_stmt longtext NULL, hash varchar(255) NOT NULL, partial_hashes json NULL,"
                    + " operator_version varchar(255) NOT NULL, PRIMARY KEY (version))"
                    + " CHARSET utf8mb4 COLLATE utf8mb4_bin");
            case SQLITE -> db.execute("CREATE TABLE atlas_schema_revisions (version text NOT NULL,"
                    + " description text NOT NULL, type integer NOT NULL DEFAULT 2,"
                    + " applied integer NOT NULL DEFAULT 0, total integer NOT NULL DEFAULT 0,"
                    + " executed_at datetime NOT NULL, execution_time integer NOT NULL, error text NULL,"
                    + " error_stmt text NULL, hash text NOT NULL, partial_hashes json NULL,"
                    + " operator_version text NOT NULL, PRIMARY KEY (version))");
        }
    }
}
