package dev.strata.migrate.exec;

import dev.strata.testing.TestDb;
import dev.strata.testing.TestDirs;
import org.junit.jupiter.api.Test;

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
}
