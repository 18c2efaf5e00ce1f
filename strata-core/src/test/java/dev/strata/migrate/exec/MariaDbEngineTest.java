package dev.strata.migrate.exec;

import dev.strata.testing.TestDb;
import dev.strata.testing.TestDirs;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MariaDbEngineTest extends EngineContract {

    @Override
    TestDb.Kind kind() {
        return TestDb.Kind.MARIADB;
    }

    /**
     * The in-doubt record before a DDL statement is made durable by the commit MySQL runs before
     * DDL. A DDL statement refused by the parser never gets that commit: the record, and the
     * inserts before it, must still be kept, as the record says they ran.
     */
    @Test
    void ddlRefusedBeforeItStartsKeepsTheStatementsBefore() throws Exception {
        TestDirs.write(dir, "1_a.sql", "CREATE TABLE a (id int);\nINSERT INTO a VALUES (1);\nCREATE TABLEX b (id int);\n");
        assertThatThrownBy(this::apply).isInstanceOf(ApplyException.class);
        assertThat(db.column("SELECT count(*) FROM a")).containsExactly("1");
        assertThat(rows()).containsExactly(Map.entry("1", "2/3 type 2 error"));

        TestDirs.write(dir, "1_a.sql", "CREATE TABLE a (id int);\nINSERT INTO a VALUES (1);\nCREATE TABLE b (id int);\n");
        ApplyResult r = apply();
        assertThat(r.files().get(0).skipped()).isEqualTo(2);
        assertThat(db.column("SELECT count(*) FROM a")).containsExactly("1");
        assertThat(userTables()).containsExactlyInAnyOrder("a", "b");
        assertThat(rows()).containsExactly(Map.entry("1", "3/3 type 2"));
    }

    /** A DDL statement that fails after MySQL's commit before it: the inserts before it are kept too. */
    @Test
    void ddlFailingAfterItStartedKeepsTheStatementsBefore() throws Exception {
        TestDirs.write(dir, "1_a.sql", "CREATE TABLE a (id int);\nINSERT INTO a VALUES (1);\n"
                + "ALTER TABLE nosuch ADD COLUMN c int;\nINSERT INTO a VALUES (2);\n");
        assertThatThrownBy(this::apply).isInstanceOf(ApplyException.class);
        assertThat(db.column("SELECT count(*) FROM a")).containsExactly("1");
        assertThat(rows()).containsExactly(Map.entry("1", "2/4 type 2 error"));
    }

    /** Files in their own transactions, one after another, with DDL and inserts: each recorded once, whole. */
    @Test
    void consecutiveFilesMixingDdlAndInserts() throws Exception {
        TestDirs.write(dir, "1_a.sql", "CREATE TABLE a (id int);\nINSERT INTO a VALUES (1);\nINSERT INTO a VALUES (2);\n",
                "2_b.sql", "INSERT INTO a VALUES (3);\nCREATE TABLE b (id int);\nCREATE INDEX b_id ON b (id);\n",
                "3_c.sql", "INSERT INTO a VALUES (4);\n");
        apply();
        assertThat(db.column("SELECT count(*) FROM a")).containsExactly("4");
        assertThat(rows()).containsExactly(Map.entry("1", "3/3 type 2"), Map.entry("2", "3/3 type 2"),
                Map.entry("3", "1/1 type 2"));
    }

    /**
     * An insert that fails in the round trip that also carries the progress record and its COMMIT
     * (after the DDL) or the final record and its COMMIT (the file's last statement): the database
     * stops at the insert, the error names it, and the row keeps what is committed, the DDL only.
     */
    @Test
    void failingInsertSentWithTheRecordsKeepsOnlyTheDdl() throws Exception {
        TestDirs.write(dir, "1_a.sql", "CREATE TABLE a (id int PRIMARY KEY);\nINSERT INTO a VALUES (1);\n"
                + "INSERT INTO a VALUES (2), (1);\n");
        assertApplyFailsAt("INSERT INTO a VALUES (2), (1);", 3, "Error 1062 (23000): Duplicate entry '1'");
        assertThat(db.column("SELECT count(*) FROM a")).containsExactly("0");
        assertThat(rows()).containsExactly(Map.entry("1", "1/3 type 2 error"));
        assertThat(db.column("SELECT error_stmt FROM " + db.revisionsTable())).containsExactly("INSERT INTO a VALUES (2), (1);");

        TestDirs.write(dir, "1_a.sql", "CREATE TABLE a (id int PRIMARY KEY);\nINSERT INTO a VALUES (1);\n"
                + "INSERT INTO a VALUES (2);\n");
        ApplyResult r = apply();
        assertThat(r.files().get(0).skipped()).isEqualTo(1);
        assertThat(db.column("SELECT count(*) FROM a")).containsExactly("2");
        assertThat(rows()).containsExactly(Map.entry("1", "3/3 type 2"));
    }

    /** The first insert after the DDL fails, the one that carries the progress record: the same. */
    @Test
    void failingInsertRightAfterTheDdlKeepsTheDdl() throws Exception {
        TestDirs.write(dir, "1_a.sql", "CREATE TABLE a (id int);\nINSERT INTO nosuch VALUES (1);\n"
                + "INSERT INTO a VALUES (1);\n");
        assertApplyFailsAt("INSERT INTO nosuch VALUES (1);", 2, "Error 1146 (42S02)");
        assertThat(userTables()).containsExactly("a");
        assertThat(rows()).containsExactly(Map.entry("1", "1/3 type 2 error"));
    }

    private void assertApplyFailsAt(String statement, int line, String error) {
        assertThatThrownBy(this::apply).isInstanceOf(ApplyException.class)
                .hasMessageStartingWith("executing statement \"" + statement + "\" from version \"1\" (" + dir + "/1_a.sql:"
                        + line + "): " + error);
    }

    /**
     * What is committed as each statement starts, read from another session: the in-doubt record
     * goes with its DDL statement, the progress record after the last DDL with the next statement,
     * and the final record with the last one; no state a crash could leave says a completed
     * statement did not run, or a transactional one ran without its record.
     */
    @Test
    void theRecordCommittedAsEachStatementStarts() throws Exception {
        TestDirs.write(dir, "1_a.sql", "CREATE TABLE a (id int);\nCREATE INDEX a_id ON a (id);\n"
                + "INSERT INTO a VALUES (1);\nINSERT INTO a VALUES (2);\n");
        List<String> seen = new ArrayList<>();
        strata().listener(e -> {
            if (e instanceof ApplyEvent.StatementStarted st) {
                seen.add(st.statement().line() + ": " + committedRow());
            }
        }).build().apply();
        assertThat(seen).containsExactly(
                "1: none",
                "2: 0/4 in doubt: statement 1 (line 1) was started",
                "3: 1/4 in doubt: statement 2 (line 2) was started",
                "4: 2/4 a=0");
        assertThat(committedRow()).isEqualTo("4/4 a=2");
    }

    /** The row and the table's rows as another session sees them: what a crash would leave. */
    private String committedRow() {
        try {
            List<String> row = db.column("SELECT concat(applied, '/', total, coalesce(concat(' ', nullif(error, '')), ''))"
                    + " FROM " + db.revisionsTable());
            if (row.isEmpty()) {
                return "none";
            }
            String rows = userTables().contains("a") && row.get(0).indexOf(' ') < 0
                    ? " a=" + db.column("SELECT count(*) FROM a").get(0) : "";
            return row.get(0).replace("strata: ", "") + rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
