package dev.strata.migrate.lex;

import dev.strata.testing.Conformance;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static dev.strata.migrate.lex.ScanOption.BACKSLASH_ESCAPES;
import static dev.strata.migrate.lex.ScanOption.BEGIN_ATOMIC;
import static dev.strata.migrate.lex.ScanOption.BEGIN_BLOCKS;
import static dev.strata.migrate.lex.ScanOption.BEGIN_END_TERMINATOR;
import static dev.strata.migrate.lex.ScanOption.BEGIN_TRY_CATCH;
import static dev.strata.migrate.lex.ScanOption.DOLLAR_QUOTES;
import static dev.strata.migrate.lex.ScanOption.ESCAPE_STRINGS;
import static dev.strata.migrate.lex.ScanOption.GO_COMMAND;
import static dev.strata.migrate.lex.ScanOption.HASH_COMMENTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Atlas's lexer golden files ({@code X.sql} split equals {@code X.sql.golden}, statements joined by
 * {@code \n-- end --\n}), with the options Atlas's own tests use for each suite.
 */
class ScannerConformanceTest {

    /** Vectors where Strata is deliberately stricter: Atlas swallows an unclosed $$ to the end of file. */
    private static final Set<String> UNCLOSED_DOLLAR_QUOTE = Set.of("7_delimiter_2n.sql", "8_delimiter_3n.sql");

    @TestFactory
    Stream<DynamicTest> lexSuite() throws IOException {
        return goldenFiles("lexer-and-dirs/lex")
                .filter(f -> !UNCLOSED_DOLLAR_QUOTE.contains(f.getFileName().toString()))
                .map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
                    String name = f.getFileName().toString();
                    Set<ScanOption> options = EnumSet.of(BEGIN_BLOCKS, BEGIN_ATOMIC, DOLLAR_QUOTES,
                            BACKSLASH_ESCAPES, ESCAPE_STRINGS);
                    if (!name.contains("_pg")) {
                        options.add(HASH_COMMENTS);
                    }
                    if (name.contains("_ms")) {
                        options.add(GO_COMMAND);
                    }
                    assertGolden(f, options);
                }));
    }

    @Test
    void lexSuiteHasTheExpectedVectors() throws IOException {
        assertThat(goldenFiles("lexer-and-dirs/lex").count()).isEqualTo(20);
    }

    @TestFactory
    Stream<DynamicTest> unclosedDollarQuotesAreErrorsNotSwallowed() {
        return UNCLOSED_DOLLAR_QUOTE.stream().sorted().map(name -> DynamicTest.dynamicTest(name, () -> {
            String input = read(Conformance.dir("lexer-and-dirs/lex").resolve(name));
            assertThatThrownBy(() -> Scanner.scan(input, EnumSet.of(BEGIN_BLOCKS, BEGIN_ATOMIC, DOLLAR_QUOTES,
                    BACKSLASH_ESCAPES, ESCAPE_STRINGS, HASH_COMMENTS)))
                    .isInstanceOf(ScanException.class)
                    .hasMessageMatching("\\d+:\\d+: unclosed dollar-quoted string \\$\\$")
                    .satisfies(e -> assertThat(input.split("\n", -1)[((ScanException) e).line() - 1])
                            .contains("AS $$"));
        }));
    }

    @TestFactory
    Stream<DynamicTest> lexGroupSuite() throws IOException {
        return goldenFiles("lexer-and-dirs/lexgroup").map(f -> DynamicTest.dynamicTest(
                f.getFileName().toString(), () -> assertGolden(f, EnumSet.of(BEGIN_BLOCKS))));
    }

    @Test
    void escapedStringsMySql() throws Exception {
        Path dir = Conformance.dir("lexer-and-dirs/lexescaped");
        assertGolden(dir.resolve("1.my.sql"), EnumSet.of(BACKSLASH_ESCAPES));
        assertThatThrownBy(() -> Scanner.scan(read(dir.resolve("2.pg.sql")), EnumSet.of(BACKSLASH_ESCAPES)))
                .hasMessage("4:40: unclosed quote '\\''");
    }

    @Test
    void escapedStringsPostgres() throws Exception {
        Path dir = Conformance.dir("lexer-and-dirs/lexescaped");
        assertThatThrownBy(() -> Scanner.scan(read(dir.resolve("1.my.sql")), EnumSet.of(ESCAPE_STRINGS)))
                .hasMessage("4:42: unclosed quote '\\''");
        assertGolden(dir.resolve("2.pg.sql"), EnumSet.of(ESCAPE_STRINGS));
    }

    @TestFactory
    Stream<DynamicTest> beginTryCatchSuite() throws IOException {
        return goldenFiles("lexer-and-dirs/lexbegintry").map(f -> DynamicTest.dynamicTest(
                f.getFileName().toString(), () -> assertGolden(f, EnumSet.of(BEGIN_BLOCKS, BEGIN_ATOMIC,
                        BEGIN_TRY_CATCH, DOLLAR_QUOTES, BACKSLASH_ESCAPES, ESCAPE_STRINGS))));
    }

    @TestFactory
    Stream<DynamicTest> sqlServerSuite() throws IOException {
        return goldenFiles("lexer-and-dirs/sqlserver").map(f -> DynamicTest.dynamicTest(
                f.getFileName().toString(), () -> assertGolden(f, EnumSet.of(BEGIN_BLOCKS, BEGIN_END_TERMINATOR))));
    }

    @Test
    void genericScannerOnSubDirectory() throws Exception {
        String input = read(Conformance.dir("lexer-and-dirs/migrate/sub").resolve("1.a_sub.up.sql"));
        List<Statement> stmts = Scanner.scan(input, EnumSet.of(BEGIN_ATOMIC, DOLLAR_QUOTES));
        assertThat(stmts).extracting(Statement::text)
                .containsExactly("CREATE TABLE t_sub(c int);", "ALTER TABLE t_sub ADD c1 int;");
        assertThat(stmts.get(0).offset()).isEqualTo(24);
        assertThat(stmts.get(0).comments()).containsExactly("-- create table \"t_sub\"\n");
    }

    /** TestLex_Errors from Atlas's lex_test.go. */
    @Test
    void errorPositions() {
        String[][] cases = {
            {"'this quote is unclosed at 1:1", "1:1: unclosed quote '\\''"},
            {"12345'this quote is unclosed at pos 7", "1:6: unclosed quote '\\''"},
            {"unclosed '", "1:10: unclosed quote '\\''"},
            {"\"unclosed double", "1:1: unclosed quote '\"'"},
            {"unclosed double at 2:2\n \"", "2:2: unclosed quote '\"'"},
            {"unclosed double at 2:2\n\n\n\n1234\"", "5:5: unclosed quote '\"'"},
            {"(unclosed parentheses", "1:1: unclosed '('"},
            {"()(unclosed parentheses", "1:3: unclosed '('"},
            {"1234)6789", "1:5: unexpected ')'"},
        };
        for (String[] c : cases) {
            assertThatThrownBy(() -> Scanner.scan(c[0], EnumSet.of(BEGIN_ATOMIC, DOLLAR_QUOTES)))
                    .as(c[0]).isInstanceOf(ScanException.class).hasMessage(c[1]);
        }
    }

    /** TestLocalFile_StmtDecls from Atlas's lex_test.go: comment groups, positions and directives. */
    @Test
    void statementComments() throws Exception {
        String f = """
                cmd0;
                -- test
                cmd1;

                -- hello
                -- world
                cmd2;

                -- skip
                -- this
                # comment

                /* Skip this as well */

                # Skip this
                /* one */

                # command
                cmd3;

                /* comment1 */
                /* comment2 */
                cmd4;

                --atlas:nolint
                -- atlas:nolint destructive
                cmd5;

                #atlas:lint error
                /*atlas:nolint DS101*/
                /* atlas:lint not a directive */
                /*
                atlas:lint not a directive
                */
                cmd6;

                -- atlas:nolint
                cmd7;
                """;
        List<Statement> s = Scanner.scan(f, EnumSet.of(BEGIN_BLOCKS, BEGIN_ATOMIC, DOLLAR_QUOTES,
                BACKSLASH_ESCAPES, ESCAPE_STRINGS, HASH_COMMENTS));
        assertThat(s).extracting(Statement::text)
                .containsExactly("cmd0;", "cmd1;", "cmd2;", "cmd3;", "cmd4;", "cmd5;", "cmd6;", "cmd7;");
        for (int i = 0; i < s.size(); i++) {
            assertThat(s.get(i).offset()).isEqualTo(f.indexOf("cmd" + i + ";"));
        }
        assertThat(s.get(0).comments()).isEmpty();
        assertThat(s.get(1).comments()).containsExactly("-- test\n");
        assertThat(s.get(2).comments()).containsExactly("-- hello\n", "-- world\n");
        assertThat(s.get(3).comments()).containsExactly("# command\n");
        assertThat(s.get(4).comments()).containsExactly("/* comment1 */", "/* comment2 */");
        assertThat(s.get(5).comments()).containsExactly("--atlas:nolint\n", "-- atlas:nolint destructive\n");
        assertThat(s.get(5).directive("nolint")).containsExactly("", "destructive");
        assertThat(s.get(6).comments()).containsExactly("#atlas:lint error\n", "/*atlas:nolint DS101*/",
                "/* atlas:lint not a directive */", "/*\natlas:lint not a directive\n*/");
        assertThat(s.get(6).directive("lint")).containsExactly("error");
        assertThat(s.get(6).directive("nolint")).containsExactly("DS101");
        assertThat(s.get(7).directive("nolint")).containsExactly("");
    }

    private static void assertGolden(Path sql, Set<ScanOption> options) throws Exception {
        String expected = read(sql.resolveSibling(sql.getFileName() + ".golden"));
        List<Statement> stmts = Scanner.scan(read(sql), options);
        assertThat(stmts.stream().map(Statement::text).collect(Collectors.joining("\n-- end --\n")))
                .as(sql.getFileName().toString())
                .isEqualTo(expected);
    }

    private static Stream<Path> goldenFiles(String suite) throws IOException {
        Path dir = Conformance.dir(suite);
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".sql")).sorted().toList().stream();
        }
    }

    private static String read(Path p) throws IOException {
        return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
    }
}
