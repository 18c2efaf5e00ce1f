package dev.strata.lint;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.strata.lint.LintFixture.codes;
import static dev.strata.lint.LintFixture.texts;
import static org.assertj.core.api.Assertions.assertThat;

/** Every analyzer that applies to SQLite, on an in-memory SQLite dev database. */
class SqliteLintTest {

    private static final String DEV = "sqlite://lint?mode=memory";
    private static final List<String> USERS = List.of(
            "CREATE TABLE users (id int PRIMARY KEY, name text, email text, team_id int REFERENCES teams (id));\n"
                    + "CREATE TABLE teams (id int PRIMARY KEY);\nCREATE TABLE pets (id int);\n");

    @Test
    void droppingATableOrColumnIsDestructiveUnlessCreatedInTheFile() {
        assertThat(texts(DEV, USERS, "DROP TABLE pets;\nALTER TABLE users DROP COLUMN email;\n"))
                .containsExactly("DS102: Dropping table \"pets\"", "DS103: Dropping non-virtual column \"email\"");
        assertThat(codes(DEV, USERS, "CREATE TABLE tmp (id int);\nALTER TABLE tmp ADD COLUMN x int;\n"
                + "ALTER TABLE tmp DROP COLUMN x;\nDROP TABLE tmp;\n")).isEmpty();
    }

    @Test
    void notNullWithoutDefaultOnAnExistingTableIsDataDependent() {
        assertThat(texts(DEV, USERS, "ALTER TABLE pets ADD COLUMN age int NOT NULL;\n"))
                .containsExactly("MF103: Adding a non-nullable \"int\" column \"age\" will fail in case table \"pets\" is not empty");
        assertThat(codes(DEV, USERS, "ALTER TABLE pets ADD COLUMN age int NOT NULL DEFAULT 0;\n"
                + "ALTER TABLE pets ADD COLUMN nick text;\n")).isEmpty();
    }

    @Test
    void aUniqueIndexOnExistingColumnsMayFail() {
        assertThat(texts(DEV, USERS, "CREATE UNIQUE INDEX users_email ON users (email);\n"))
                .containsExactly("MF101: Adding a unique index \"users_email\" on table \"users\" might fail in case"
                        + " column \"email\" contains duplicate entries");
        assertThat(codes(DEV, USERS, "CREATE INDEX users_email ON users (email);\n")).isEmpty();
        assertThat(codes(DEV, USERS, "CREATE TABLE t (a int);\nCREATE UNIQUE INDEX t_a ON t (a);\n")).isEmpty();
    }

    @Test
    void renamesAreBackwardIncompatibleNotDestructive() {
        assertThat(codes(DEV, USERS, "ALTER TABLE pets RENAME TO animals;\n")).containsExactly("BC101@L1");
        assertThat(codes(DEV, USERS, "ALTER TABLE users RENAME COLUMN name TO full_name;\n")).containsExactly("BC102@L1");
    }

    @Test
    void aRebuildMakingAColumnNotNullIsLt101UnlessBackfilled() {
        String rebuild = "CREATE TABLE new_users (id int PRIMARY KEY, name text NOT NULL, email text, team_id int"
                + " REFERENCES teams (id));\nINSERT INTO new_users SELECT * FROM users;\nDROP TABLE users;\n"
                + "ALTER TABLE new_users RENAME TO users;\n";
        assertThat(codes(DEV, USERS, rebuild)).containsExactly("LT101@L1");
        assertThat(codes(DEV, USERS, "UPDATE users SET name = '' WHERE name IS NULL;\n" + rebuild)).isEmpty();
    }

    @Test
    void aRebuildDroppingAForeignKeyIsConstraintDeletion() {
        String rebuild = "CREATE TABLE new_users (id int PRIMARY KEY, name text, email text, team_id int);\n"
                + "INSERT INTO new_users SELECT * FROM users;\nDROP TABLE users;\nALTER TABLE new_users RENAME TO users;\n";
        assertThat(codes(DEV, USERS, rebuild)).containsExactly("CD101@L1");
    }

    @Test
    void nolintSilencesByStatementFileAnalyzerOrCode() {
        assertThat(codes(DEV, USERS, "-- atlas:nolint\nDROP TABLE pets;\n")).isEmpty();
        assertThat(codes(DEV, USERS, "-- atlas:nolint DS103\nDROP TABLE pets;\n")).containsExactly("DS102@L2");
        assertThat(codes(DEV, USERS, "-- atlas:nolint destructive\n\nDROP TABLE pets;\n"
                + "ALTER TABLE pets2 ADD COLUMN x int;\n".replace("pets2", "users"))).isEmpty();
        assertThat(LintFixture.run(DEV, USERS, List.of("-- atlas:nolint\n\nDROP TABLE pets;\n")).files()).isEmpty();
    }

    @Test
    void aFileWithoutStatementsIsReported() {
        assertThat(codes(DEV, USERS, "-- nothing here\n")).containsExactly("HY101@L1");
    }

    @Test
    void aFailingStatementStopsTheRunWithItsError() {
        LintResult r = LintFixture.run(DEV, USERS, List.of("DROP TABLE nope;\n", "DROP TABLE pets;\n"));
        assertThat(r.files()).hasSize(1);
        assertThat(r.files().get(0).error()).startsWith("executing statement: \"DROP TABLE nope;\":");
        assertThat(r.hasError()).isTrue();
    }

    @Test
    void destructiveFindingsAreErrorsAndTheRestWarnings() {
        assertThat(LintFixture.run(DEV, USERS, List.of("DROP TABLE pets;\n")).hasError()).isTrue();
        assertThat(LintFixture.run(DEV, USERS, List.of("ALTER TABLE pets ADD COLUMN a int NOT NULL;\n")).hasError())
                .isFalse();
    }

    @Test
    void namingRulesFromTheLintBlock() {
        LintConfig config = new LintConfig(java.util.Map.of(), java.util.Map.of(
                "", new dev.strata.config.LintBlock.NamingRule("^[a-z_]+$", "must be lowercase"),
                "index", new dev.strata.config.LintBlock.NamingRule("_idx$", null)));
        assertThat(LintFixture.allCodes(DEV, List.of(), config, "CREATE TABLE Users (id int, Name text);\n"
                + "CREATE INDEX users_name ON Users (Name);\nCREATE INDEX users_id_idx ON Users (id);\n"
                + "ALTER TABLE Users ADD COLUMN age int;\n")).containsExactly("NM102@L1", "NM103@L1", "NM104@L2");
        assertThat(LintFixture.allCodes(DEV, List.of(), LintConfig.DEFAULT, "CREATE TABLE Users (id int);\n")).isEmpty();
    }

    @Test
    void rewritesOfExistingTablesAreReportedWhenTheLintBlockAsks() {
        LintConfig rebuilds = new LintConfig(java.util.Map.of("sqlite_rebuild", false));
        String rebuild = "CREATE TABLE new_users (id int PRIMARY KEY, name text NOT NULL DEFAULT '', email text,"
                + " team_id int REFERENCES teams (id));\nINSERT INTO new_users SELECT * FROM users;\n"
                + "DROP TABLE users;\nALTER TABLE new_users RENAME TO users;\n";
        assertThat(LintFixture.allCodes(DEV, USERS, rebuilds, rebuild)).containsExactly("LTL101@L1");
        assertThat(LintFixture.allCodes(DEV, USERS, rebuilds, "ALTER TABLE users DROP COLUMN email;\n"))
                .containsExactly("DS103@L1", "LTL102@L1");
        assertThat(LintFixture.allCodes(DEV, USERS, rebuilds, "CREATE TABLE t (a int, b int);\n"
                + "ALTER TABLE t DROP COLUMN b;\nALTER TABLE users ADD COLUMN age int;\n")).isEmpty();
        assertThat(LintFixture.allCodes(DEV, USERS, LintConfig.DEFAULT, rebuild)).isEmpty();
    }
}
