package dev.strata.lint;

import dev.strata.testing.TestDb;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.strata.lint.LintFixture.codes;
import static dev.strata.lint.LintFixture.texts;
import static org.assertj.core.api.Assertions.assertThat;

/** The analyzers on a MariaDB scratch dev database. */
class MariaDbLintTest extends ServerLintTest {

    private static final List<String> BASE = List.of(
            "CREATE TABLE teams (id int PRIMARY KEY);\n"
                    + "CREATE TABLE users (id int PRIMARY KEY, name varchar(50), team_id int,"
                    + " CONSTRAINT users_team FOREIGN KEY (team_id) REFERENCES teams (id));\n"
                    + "CREATE TABLE pets (id int);\n");

    @Override
    TestDb create() {
        return TestDb.mariadb();
    }

    @Test
    void implicitValuesForNotNullColumns() {
        assertThat(texts(dev, BASE, "ALTER TABLE pets ADD COLUMN n int NOT NULL;\n"
                + "ALTER TABLE pets ADD COLUMN s varchar(10) NOT NULL;\n")).containsExactly(
                "MY101: Adding a non-nullable \"int\" column \"n\" on table \"pets\" without a default value implicitly"
                        + " sets existing rows with 0",
                "MY101: Adding a non-nullable \"varchar(10)\" column \"s\" on table \"pets\" without a default value"
                        + " implicitly sets existing rows with \"\"");
        assertThat(codes(dev, BASE, "ALTER TABLE pets ADD COLUMN n int NOT NULL DEFAULT 1;\n")).isEmpty();
    }

    @Test
    void dropsUniqueIndexesAndForeignKeys() {
        assertThat(codes(dev, BASE, "DROP TABLE pets;\nCREATE UNIQUE INDEX users_name ON users (name);\n"
                + "ALTER TABLE users DROP FOREIGN KEY users_team;\n"))
                .containsExactly("DS102@L1", "MF101@L2", "CD101@L3");
        assertThat(codes(dev, BASE, "CREATE TABLE t (id int);\nDROP TABLE t;\nCREATE INDEX users_name ON users (name);\n"))
                .isEmpty();
    }

    @Test
    void renamesAreIncompatible() {
        assertThat(codes(dev, BASE, "RENAME TABLE pets TO animals;\nALTER TABLE users RENAME COLUMN name TO full_name;\n"))
                .containsExactly("BC101@L1", "BC102@L2");
    }

    @Test
    void typeChangesThatCopyTheTable() {
        assertThat(texts(dev, BASE, "ALTER TABLE users MODIFY name varchar(100);\n")).containsExactly(
                "MYL101: Changing the type of column \"name\" of table \"users\" from \"varchar(50)\" to \"varchar(100)\""
                        + " needs ALGORITHM=COPY: the table is copied and writes wait for the copy");
        assertThat(codes(dev, BASE, "ALTER TABLE pets MODIFY id bigint;\n")).containsExactly("MYL101@L1");
        // utf8mb4: 50 and 60 characters are 200 and 240 bytes, one length byte both times: in place.
        assertThat(codes(dev, BASE, "ALTER TABLE users MODIFY name varchar(60);\n")).isEmpty();
        assertThat(codes(dev, BASE, "ALTER TABLE pets ADD COLUMN kind enum('cat','dog');\n"
                + "ALTER TABLE pets MODIFY kind enum('cat','dog','fish');\n")).isEmpty();
        assertThat(codes(dev, List.of(BASE.get(0) + "ALTER TABLE pets ADD COLUMN kind enum('cat','dog');\n"),
                "ALTER TABLE pets MODIFY kind enum('dog','cat');\n")).containsExactly("MYL101@L1");
        assertThat(codes(dev, BASE, "CREATE TABLE t (a int);\nALTER TABLE t MODIFY a bigint;\n")).isEmpty();
    }
}
