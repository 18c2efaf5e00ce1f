package dev.strata.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code strata completion bash|zsh} prints a completion script of the whole tree (issue 20, item 16). */
class CompletionTest {

    @Test
    void theScriptCompletesEveryCommandAndFlag() {
        for (String shell : new String[] {"bash", "zsh"}) {
            StrataProcess.Result r = InProcess.run("completion", shell);
            assertThat(r.exitCode()).as(r.toString()).isZero();
            assertThat(r.stderr()).isEmpty();
            assertThat(r.stdout()).contains("complete -F _complete_strata")
                    .contains("ZSH_VERSION")
                    .contains("function _picocli_strata_migrate_apply()")
                    .contains("function _picocli_strata_schema_drift()")
                    .contains("--verify-applied").contains("--to-version");
        }
    }

    @Test
    void anUnknownShellIsRefused() {
        StrataProcess.Result r = InProcess.run("completion", "fish");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr()).isEqualTo("Error: unknown shell \"fish\" for completion: bash or zsh\n");
        StrataProcess.Result none = InProcess.run("completion");
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.stderr()).startsWith("Error: missing required parameter: 'SHELL'");
    }
}
