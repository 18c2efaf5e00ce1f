package dev.strata.dialect.mysql;

import dev.strata.dialect.ImplicitCommits;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which statements commit on their own, and which commit the open transaction before they start. */
class MySqlStatementKindsTest {

    private final ImplicitCommits session = new MySqlDialect("mysql").implicitCommits();

    @Test
    void dmlRunsInsideTheTransaction() {
        for (String s : new String[] {"INSERT INTO t VALUES (1)", "  update t set a = 1", "DELETE FROM t",
            "WITH x AS (SELECT 1) SELECT * FROM x", "replace into t values (1)"}) {
            assertThat(session.commitsImplicitly(s)).as(s).isFalse();
            assertThat(session.commitsBefore(s)).as(s).isFalse();
        }
    }

    @Test
    void ddlCommitsBeforeItStarts() {
        for (String s : new String[] {"CREATE TABLE t (id int)", "\n  alter table t add c int", "DROP INDEX i ON t",
            "RENAME TABLE a TO b", "truncate t", "CREATE\tTEMPORARYX t (id int)"}) {
            assertThat(session.commitsImplicitly(s)).as(s).isTrue();
            assertThat(session.commitsBefore(s)).as(s).isTrue();
        }
    }

    /** They may commit, or not: the record before them gets a commit of its own. */
    @Test
    void othersAreNotCountedOnToCommitBefore() {
        for (String s : new String[] {"CREATE TEMPORARY TABLE t (id int)", "drop  temporary table t", "CALL p()",
            "SET @a = 1", "/* c */ CREATE TABLE t (id int)", "(SELECT 1)", "GRANT SELECT ON t TO u"}) {
            assertThat(session.commitsImplicitly(s)).as(s).isTrue();
            assertThat(session.commitsBefore(s)).as(s).isFalse();
        }
    }
}
