package dev.strata.migrate.lex;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static dev.strata.migrate.lex.ScanOption.BACKSLASH_ESCAPES;
import static dev.strata.migrate.lex.ScanOption.BEGIN_ATOMIC;
import static dev.strata.migrate.lex.ScanOption.BEGIN_BLOCKS;
import static dev.strata.migrate.lex.ScanOption.DOLLAR_QUOTES;
import static dev.strata.migrate.lex.ScanOption.ESCAPE_STRINGS;
import static dev.strata.migrate.lex.ScanOption.EXECUTABLE_COMMENTS;
import static dev.strata.migrate.lex.ScanOption.HASH_COMMENTS;
import static dev.strata.migrate.lex.ScanOption.HINT_COMMENTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Strata's own scanner cases, beyond Atlas's vectors. */
class ScannerTest {

    private static final Set<ScanOption> POSTGRES = EnumSet.of(BEGIN_BLOCKS, BEGIN_ATOMIC, DOLLAR_QUOTES,
            ESCAPE_STRINGS, HINT_COMMENTS);
    private static final Set<ScanOption> MYSQL = EnumSet.of(BEGIN_BLOCKS, BACKSLASH_ESCAPES, HASH_COMMENTS,
            EXECUTABLE_COMMENTS, HINT_COMMENTS);
    private static final Set<ScanOption> SQLITE = EnumSet.of(BEGIN_BLOCKS);

    private static List<String> texts(String input, Set<ScanOption> options) throws ScanException {
        return Scanner.scan(input, options).stream().map(Statement::text).toList();
    }

    @Test
    void emptyAndBlankInputsHaveNoStatements() throws Exception {
        assertThat(Scanner.scan("", POSTGRES)).isEmpty();
        assertThat(Scanner.scan(" \n\t\r\n", POSTGRES)).isEmpty();
    }

    @Test
    void commentsOnlyFileHasNoStatements() throws Exception {
        assertThat(Scanner.scan("-- just a note\n/* and a block */\n", POSTGRES)).isEmpty();
        assertThat(Scanner.scan("# mysql note\n", MYSQL)).isEmpty();
    }

    @Test
    void lastStatementNeedsNoDelimiter() throws Exception {
        assertThat(texts("CREATE TABLE a (id int);\nCREATE TABLE b (id int)", SQLITE))
                .containsExactly("CREATE TABLE a (id int);", "CREATE TABLE b (id int)");
    }

    @Test
    void crlfLineEndsSplitAndNumberLines() throws Exception {
        List<Statement> s = Scanner.scan("-- first\r\nCREATE TABLE a (id int);\r\n\r\n-- detached\r\n\r\n"
                + "CREATE TABLE b (\r\n  id int\r\n);\r\n", POSTGRES);
        assertThat(s).extracting(Statement::text)
                .containsExactly("CREATE TABLE a (id int);", "CREATE TABLE b (\r\n  id int\r\n);");
        assertThat(s).extracting(Statement::line).containsExactly(2, 6);
        assertThat(s.get(0).comments()).containsExactly("-- first\r\n");
        assertThat(s.get(1).comments()).as("a CRLF blank line detaches comments").isEmpty();
    }

    @Test
    void statementsKnowTheirLines() throws Exception {
        List<Statement> s = Scanner.scan("SELECT 1;\n\n\nSELECT\n2;\n  SELECT 3;", POSTGRES);
        assertThat(s).extracting(Statement::line).containsExactly(1, 4, 6);
    }

    @Test
    void unterminatedQuoteNamesLineAndColumn() {
        assertThatThrownBy(() -> Scanner.scan("SELECT 1;\nINSERT INTO t VALUES ('oops);\n", POSTGRES))
                .isInstanceOfSatisfying(ScanException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo(23);
                    assertThat(e.getMessage()).isEqualTo("2:23: unclosed quote '\\''");
                });
    }

    @Test
    void unterminatedDollarQuoteIsAnError() {
        assertThatThrownBy(() -> Scanner.scan("SELECT 1;\nCREATE FUNCTION f() RETURNS int AS $body$\n"
                + "BEGIN RETURN 1; END;\n$$ LANGUAGE plpgsql;\nSELECT 2;\n", POSTGRES))
                .isInstanceOfSatisfying(ScanException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.getMessage()).isEqualTo("2:36: unclosed dollar-quoted string $body$");
                });
    }

    @Test
    void nestedDollarTags() throws Exception {
        String fn = "CREATE FUNCTION f() RETURNS text AS $outer$\nBEGIN\n"
                + "  EXECUTE $inner$SELECT 'a;b'$inner$;\n  RETURN $$x;y$$;\nEND;\n$outer$ LANGUAGE plpgsql;";
        assertThat(texts(fn + "\nSELECT 1;", POSTGRES)).containsExactly(fn, "SELECT 1;");
    }

    @Test
    void positionalParameterIsNotADollarQuote() throws Exception {
        assertThat(texts("PREPARE p AS SELECT $1;\nSELECT 2;", POSTGRES))
                .containsExactly("PREPARE p AS SELECT $1;", "SELECT 2;");
    }

    @Test
    void escapeStringsHonourBackslashes() throws Exception {
        assertThat(texts("SELECT E'it\\'s;';\nSELECT e'a\\\\';\nSELECT 2;", POSTGRES))
                .containsExactly("SELECT E'it\\'s;';", "SELECT e'a\\\\';", "SELECT 2;");
    }

    @Test
    void standardStringsKeepBackslashesLiteral() throws Exception {
        assertThat(texts("SELECT '\\';\nSELECT some'x';\nSELECT 3;", POSTGRES))
                .as("an identifier ending in e before a quote is not an E string")
                .containsExactly("SELECT '\\';", "SELECT some'x';", "SELECT 3;");
    }

    @Test
    void mysqlExecutableCommentsAndHintsAreCode() throws Exception {
        assertThat(texts("/*!40101 SET NAMES utf8mb4 */;\nSELECT /*+ MAX_EXECUTION_TIME(1000) */ 1;\n"
                + "/* a real comment */ SELECT 2;", MYSQL))
                .containsExactly("/*!40101 SET NAMES utf8mb4 */;", "SELECT /*+ MAX_EXECUTION_TIME(1000) */ 1;",
                        "SELECT 2;");
        List<Statement> s = Scanner.scan("/*+ hint */ SELECT 1;", POSTGRES);
        assertThat(s).extracting(Statement::text).containsExactly("/*+ hint */ SELECT 1;");
        assertThat(texts("/*! SET x=1 */;", POSTGRES)).as("only MySQL runs /*! comments").containsExactly(";");
    }

    @Test
    void mysqlDelimiterCommandAndProcedures() throws Exception {
        String input = """
                DELIMITER //
                CREATE PROCEDURE p()
                BEGIN
                  SELECT 1;
                  IF 1 THEN SELECT 2; END IF;
                END //
                DELIMITER ;
                CALL p();
                """;
        assertThat(texts(input, MYSQL)).containsExactly(
                "CREATE PROCEDURE p()\nBEGIN\n  SELECT 1;\n  IF 1 THEN SELECT 2; END IF;\nEND", "CALL p();");
    }

    @Test
    void triggerBodyWithoutDelimiterCommand() throws Exception {
        String trigger = "CREATE TRIGGER t BEFORE INSERT ON x FOR EACH ROW\nBEGIN\n  SET NEW.a = 1;\n"
                + "  BEGIN\n    SET NEW.b = 2;\n  END;\nEND;";
        assertThat(texts(trigger + "\nINSERT INTO x VALUES (1);", MYSQL))
                .containsExactly(trigger, "INSERT INTO x VALUES (1);");
    }

    @Test
    void transactionControlStaysSplit() throws Exception {
        assertThat(texts("BEGIN;\nINSERT INTO t VALUES (1);\nCOMMIT;", POSTGRES))
                .containsExactly("BEGIN;", "INSERT INTO t VALUES (1);", "COMMIT;");
        assertThat(texts("BEGIN TRANSACTION;\nSELECT 1;\nCOMMIT;", SQLITE))
                .containsExactly("BEGIN TRANSACTION;", "SELECT 1;", "COMMIT;");
    }

    @Test
    void beginAtomicFunctionBody() throws Exception {
        String fn = "CREATE FUNCTION add(a int, b int) RETURNS int LANGUAGE SQL\nBEGIN ATOMIC\n"
                + "  SELECT a + b;\nEND;";
        assertThat(texts(fn + "\nSELECT add(1, 2);", POSTGRES)).containsExactly(fn, "SELECT add(1, 2);");
    }

    @Test
    void atlasDelimiterDirective() throws Exception {
        List<Statement> s = Scanner.scan("-- atlas:delimiter -- end\nSELECT 1;\nSELECT 2;\n-- end\nSELECT 3\n-- end\n",
                POSTGRES);
        assertThat(s).extracting(Statement::text).containsExactly("SELECT 1;\nSELECT 2;", "SELECT 3");
        assertThat(s).extracting(Statement::line).containsExactly(2, 5);
    }

    @Test
    void delimiterDirectiveWithoutInputIsAnError() {
        assertThatThrownBy(() -> Scanner.scan("-- atlas:delimiter //", POSTGRES))
                .hasMessage("no input found after delimiter \"//\"");
    }

    @Test
    void manyBeginStatementsWithoutBlocksStayLinear() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            b.append("BEGIN WORK;\nINSERT INTO t VALUES (").append(i).append(");\nCOMMIT;\n");
        }
        b.append("CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW BEGIN SET NEW.a = 1; END;\n");
        // A hang guard, not a speed measure: Atlas's algorithm is exponential here.
        List<String> stmts = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> texts(b.toString(), MYSQL));
        assertThat(stmts).hasSize(1201);
        assertThat(stmts.get(0)).isEqualTo("BEGIN WORK;");
        assertThat(stmts.get(1200)).startsWith("CREATE TRIGGER").endsWith("END;");
    }

    @Test
    void deeplyNestedBlocksAreRefusedNotOverflowed() {
        String deep = "CREATE PROCEDURE p() " + "BEGIN ".repeat(5000) + "SELECT 1; " + "END; ".repeat(5000);
        assertThatThrownBy(() -> Scanner.scan(deep, MYSQL))
                .isInstanceOf(ScanException.class)
                .hasMessageContaining("nested more than");
    }

    @Test
    void manyUnclosedCommentOpenersStayLinear() {
        String input = "SELECT 1 /* a;\n".repeat(20000);
        List<String> stmts = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> texts(input, POSTGRES));
        assertThat(stmts).hasSize(20000);
    }

    @Test
    void fiveMegabytesOfStatements() throws Exception {
        StringBuilder b = new StringBuilder();
        int n = 0;
        while (b.length() < 5 * 1024 * 1024) {
            b.append("-- row ").append(n).append('\n')
                    .append("INSERT INTO t (id, name, note) VALUES (").append(n)
                    .append(", 'name; ").append(n).append("', $$dollar; text$$);\n");
            n++;
        }
        List<Statement> s = Scanner.scan(b.toString(), POSTGRES);
        assertThat(s).hasSize(n);
        assertThat(s.get(n - 1).line()).isEqualTo(2 * n);
        assertThat(s.get(n - 1).comments()).containsExactly("-- row " + (n - 1) + "\n");
    }

    @Test
    void parenthesesSuppressTheDelimiter() throws Exception {
        assertThat(texts("CREATE RULE r AS ON INSERT TO t DO ALSO (SELECT 1; SELECT 2);\nSELECT 3;", POSTGRES))
                .containsExactly("CREATE RULE r AS ON INSERT TO t DO ALSO (SELECT 1; SELECT 2);", "SELECT 3;");
    }

    @Test
    void trailingLineCommentWithoutNewlineIsAComment() throws Exception {
        // Atlas sends "-- note" as a statement of its own, which MySQL rejects as an empty query.
        assertThat(texts("SELECT 1;\n-- note", POSTGRES)).containsExactly("SELECT 1;");
        assertThat(texts("SELECT 1 -- it's (fine)", POSTGRES)).containsExactly("SELECT 1 -- it's (fine)");
        assertThat(texts("/* unclosed block", POSTGRES)).as("an unclosed block comment stays text, as in Atlas")
                .containsExactly("/* unclosed block");
    }
}
