package dev.strata.schema;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Go's filepath.Match, case by case. */
class GlobTest {

    private static boolean match(String glob, String name) {
        return Glob.of(glob, "test").matches(name);
    }

    @Test
    void starQuestionMarkAndClasses() {
        assertThat(match("t?", "t1")).isTrue();
        assertThat(match("t?", "t12")).isFalse();
        assertThat(match("t*", "t12")).isTrue();
        assertThat(match("*", "")).isTrue();
        assertThat(match("a*", "a/b")).isFalse();
        assertThat(match("[ab]*", "bx")).isTrue();
        assertThat(match("[ab]*", "cx")).isFalse();
        assertThat(match("[^ab]x", "cx")).isTrue();
        assertThat(match("[^ab]x", "ax")).isFalse();
        assertThat(match("[a-c]", "b")).isTrue();
        assertThat(match("[c-a]", "b")).isFalse();
        assertThat(match("[\\]]", "]")).isTrue();
        assertThat(match("x\\*", "x*")).isTrue();
        assertThat(match("x\\*", "xy")).isFalse();
        assertThat(match("a.b(c)+", "a.b(c)+")).isTrue();
        assertThat(match("a.b", "axb")).isFalse();
    }

    @Test
    void escapedLiteralsMatchOnlyThemselves() {
        String name = "we[ir]d*name?\\";
        assertThat(match(Glob.escapeLiteral(name), name)).isTrue();
        assertThat(match(Glob.escapeLiteral(name), "weid*name?\\")).isFalse();
    }
}
