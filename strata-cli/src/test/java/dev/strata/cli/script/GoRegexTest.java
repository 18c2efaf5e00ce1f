package dev.strata.cli.script;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Java finds what RE2 finds for the constructs the scripts use, including those Java reads differently. */
class GoRegexTest {

    private static boolean finds(String re, String text) {
        return GoRegex.multiline(re).matcher(text).find();
    }

    @Test
    void aBraceThatIsNoRepetitionIsALiteral() {
        assertThat(finds("schema \"main\" {", "schema \"main\" {\n}")).isTrue();
        assertThat(finds("\\{\"Applied\":\\[", "{\"Applied\":[")).isTrue();
        assertThat(finds("a{2}", "aa")).isTrue();
        assertThat(finds("a{2,}b", "aaab")).isTrue();
        assertThat(finds("x{,2}", "x{,2}")).isTrue();
        assertThat(finds("\"Pending\":\\[{\"Name\"", "\"Pending\":[{\"Name\"")).isTrue();
    }

    @Test
    void bracketsHoldLiteralBracketsAndAmpersands() {
        assertThat(finds("[[]x", "[x")).isTrue();
        assertThat(finds("[a&&b]", "&")).isTrue();
        assertThat(finds("[]a]", "]")).isTrue();
        assertThat(finds("[^]a]", "]")).isFalse();
        assertThat(finds("[x^]", "^")).isTrue();
    }

    @Test
    void posixClassesAndNamedGroups() {
        assertThat(finds("^[[:digit:]]+$", "2024")).isTrue();
        assertThat(finds("^[[:^digit:]]+$", "2024")).isFalse();
        assertThat(finds("[[:word:]]", "_")).isTrue();
        assertThat(finds("(?P<v>\\d+) migrations", "3 migrations")).isTrue();
    }

    @Test
    void whiteSpaceAndLineEndsAsInRe2() {
        assertThat(finds("a\\sb", "a\u000Bb")).as("RE2 \\s has no vertical tab").isFalse();
        assertThat(finds("a\\Sb", "a\u000Bb")).isTrue();
        assertThat(finds("a[\\s]b", "a b")).isTrue();
        assertThat(finds("a\\vb", "a\u000Bb")).isTrue();
        assertThat(finds("a\\vb", "a\nb")).isFalse();
        assertThat(finds("^x$", "w\nx\ny")).isTrue();
        assertThat(finds("x$", "x\r\n")).as("only \\n ends a line").isFalse();
        assertThat(finds("a.b", "a\rb")).isTrue();
        assertThat(finds("a.b", "a\nb")).isFalse();
    }

    @Test
    void quotedLiterals() {
        assertThat(finds("\\Q(a)[b]{c}\\E$", "(a)[b]{c}")).isTrue();
        assertThat(finds("[\\Q]\\E]", "]")).isTrue();
    }

    @Test
    void onlyIgnoresCase() {
        assertThat(GoRegex.multilineIgnoreCase("maria*").matcher("maria107").find()).isTrue();
        assertThat(GoRegex.multilineIgnoreCase("MySQL").matcher("mysql8").find()).isTrue();
        assertThat(GoRegex.multilineIgnoreCase("mysql").matcher("maria107").find()).isFalse();
    }
}
