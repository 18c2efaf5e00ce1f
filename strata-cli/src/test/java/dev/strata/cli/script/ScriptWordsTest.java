package dev.strata.cli.script;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** testscript's word splitting, quoting and expansion, as Atlas's scripts rely on them. */
class ScriptWordsTest {

    private final ScriptEnv env = new ScriptEnv().set("db", "script_x").set("WORK", "/w").set("$", "$");

    @Test
    void singleQuotesGroupAndStopExpansion() {
        assertThat(ScriptWords.split("stdout 'Migrating to version 3 \\(3 migrations\\)'", env))
                .containsExactly("stdout", "Migrating to version 3 \\(3 migrations\\)");
        assertThat(ScriptWords.split("execsql 'CREATE SCHEMA $db'", env)).containsExactly("execsql", "CREATE SCHEMA $db");
        assertThat(ScriptWords.split("stdout 'it''s'", env)).containsExactly("stdout", "it's");
        assertThat(ScriptWords.split("stdout ''", env)).containsExactly("stdout", "");
        assertThat(ScriptWords.split("a'b c'd", env)).containsExactly("ab cd");
    }

    @Test
    void doubleQuotesAreOrdinaryCharacters() {
        assertThat(ScriptWords.split("atlas schema inspect --exclude \"users\"", env))
                .containsExactly("atlas", "schema", "inspect", "--exclude", "\"users\"");
    }

    @Test
    void variablesExpandOutsideQuotes() {
        assertThat(ScriptWords.split("atlas migrate apply --revisions-schema $db", env))
                .containsExactly("atlas", "migrate", "apply", "--revisions-schema", "script_x");
        assertThat(ScriptWords.split("cat ${WORK}/x $unset. $$ $", env)).containsExactly("cat", "/w/x", ".", "$", "$");
        assertThat(ScriptWords.split("x${db}_dev", env)).containsExactly("xscript_x_dev");
    }

    @Test
    void hashEndsTheLineOutsideQuotes() {
        assertThat(ScriptWords.split("stdout '-- Current Version: \\d+' # Checkpoint timestamp.", env))
                .containsExactly("stdout", "-- Current Version: \\d+");
        assertThat(ScriptWords.split("stdout 'a # b'", env)).containsExactly("stdout", "a # b");
        assertThat(ScriptWords.split("  # only a comment", env)).isEmpty();
        assertThat(ScriptWords.split("a#b", env)).containsExactly("a");
    }

    @Test
    void tabsAndCarriageReturnsSeparate() {
        assertThat(ScriptWords.split("a\tb\r", env)).containsExactly("a", "b");
    }

    @Test
    void anUnterminatedQuoteIsAnError() {
        assertThatThrownBy(() -> ScriptWords.split("stdout 'abc", env)).hasMessage("unterminated quoted argument");
    }
}
