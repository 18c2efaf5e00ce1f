package dev.strata.cli.script;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReplacerTest {

    @Test
    void replacesLeftToRightFirstListedWinsAtAPosition() {
        Replacer r = new Replacer("URL", "u://db", "DEV_URL", "u://dev", "$db", "script_x");
        assertThat(r.replace("--url URL --dev-url DEV_URL --revisions-schema $db"))
                .isEqualTo("--url u://db --dev-url u://dev --revisions-schema script_x");
        assertThat(r.replace("URLURL")).isEqualTo("u://dbu://db");
        assertThat(new Replacer("a", "1", "ab", "2").replace("ab")).isEqualTo("1b");
        assertThat(new Replacer("ab", "2", "a", "1").replace("ab")).isEqualTo("2");
    }

    @Test
    void replacementsAreNotRescanned() {
        assertThat(new Replacer("$db", "URL", "URL", "x").replace("$db")).isEqualTo("URL");
    }
}
