package dev.strata.config;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The project file's lint block: the top-level one, an env's over it, and the errors in it. */
class LintBlockTest {

    private static final ProjectFile.SqlQuery NO_SQL = (url, query, args) -> {
        throw new AssertionError("no data source expected");
    };

    private static final String HCL = """
            variable "base" {
              type    = string
              default = "main"
            }
            lint {
              git {
                base = var.base
                dir  = "repo"
              }
              destructive {
                error = false
              }
              naming {
                match   = "^[a-z_]+$"
                message = "must be lowercase"
                index {
                  match = "_idx$"
                }
              }
            }
            env "ci" {
              lint {
                latest = 3
              }
            }
            env "strict" {
              lint {
                data_depend {
                  error = true
                }
              }
            }
            """;

    @Test
    void theTopLevelBlockAndEnvsOverIt() {
        ProjectFile f = ProjectFile.of(HCL, "atlas.hcl");
        LintBlock top = f.lint(null, Map.of(), NO_SQL);
        assertThat(top).isEqualTo(new LintBlock(null, "main", "repo", Map.of("destructive", false), Map.of(
                "", new LintBlock.NamingRule("^[a-z_]+$", "must be lowercase"),
                "index", new LintBlock.NamingRule("_idx$", null))));
        // Its own file selection; the analyzer settings of the top level, as it names none.
        LintBlock ci = f.lint("ci", Map.of(), NO_SQL);
        assertThat(ci.latest()).isEqualTo(3);
        assertThat(ci.gitBase()).isNull();
        assertThat(ci.errors()).isEqualTo(Map.of("destructive", false));
        assertThat(ci.naming()).hasSize(2);
        // Its own analyzer settings (no naming with them); the top level's selection.
        LintBlock strict = f.lint("strict", Map.of(), NO_SQL);
        assertThat(strict.errors()).isEqualTo(Map.of("data_depend", true));
        assertThat(strict.naming()).isEmpty();
        assertThat(strict.gitBase()).isEqualTo("main");
        assertThat(ProjectFile.of("env \"x\" {}\n", "atlas.hcl").lint("x", Map.of(), NO_SQL)).isEqualTo(LintBlock.NONE);
    }

    @Test
    void mistakesNameTheirLine() {
        assertThatThrownBy(() -> ProjectFile.of("lint {\n  destructive {\n    error = \"no\"\n  }\n}\n", "atlas.hcl")
                .lint(null, Map.of(), NO_SQL)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("atlas.hcl:3").hasMessageContaining("destructive.error must be true or false");
        assertThatThrownBy(() -> ProjectFile.of("lint {\n  naming {\n    match = \"(\"\n  }\n}\n", "atlas.hcl")
                .lint(null, Map.of(), NO_SQL)).hasMessageContaining("naming match: not a regular expression");
        assertThatThrownBy(() -> ProjectFile.of("lint {\n  naming {\n    view {\n      match = \"x\"\n    }\n  }\n}\n",
                "atlas.hcl").lint(null, Map.of(), NO_SQL)).hasMessageContaining("unknown block \"view\" in naming");
        assertThatThrownBy(() -> ProjectFile.of("lint {\n  latest = \"x\"\n}\n", "atlas.hcl").lint(null, Map.of(), NO_SQL))
                .hasMessageContaining("latest");
    }
}
