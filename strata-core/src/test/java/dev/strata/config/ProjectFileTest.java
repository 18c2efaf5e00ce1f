package dev.strata.config;

import dev.strata.UsageException;
import dev.strata.migrate.exec.ExecOrder;
import dev.strata.migrate.exec.MigrateOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProjectFileTest {

    @TempDir
    Path tmp;

    private static final ProjectFile.SqlQuery NO_SQL = (url, query, args) -> {
        throw new AssertionError("no data source expected");
    };

    private ProjectFile file(String text) throws Exception {
        Path p = tmp.resolve("atlas.hcl");
        Files.writeString(p, text);
        return ProjectFile.read(p);
    }

    private List<EnvConfig> env(String text, String env, Map<String, List<String>> vars) throws Exception {
        return file(text).env(env, vars, NO_SQL);
    }

    /** The common shape of atlas.hcl in Atlas's documentation. */
    @Test
    void atlasDocumentationShape() throws Exception {
        String hcl = """
                variable "db_url" {
                  type    = string
                  default = getenv("STRATA_TEST_UNSET_VARIABLE")
                }

                env "local" {
                  src = "file://schema.hcl"
                  url = "mysql://root:pass@localhost:3306/example"
                  dev = "docker://mysql/8/dev"
                  migration {
                    dir = "file://migrations"
                  }
                  format {
                    migrate {
                      diff = "{{ sql . \\"  \\" }}"
                    }
                  }
                }

                env "prod" {
                  url = var.db_url
                  migration {
                    dir              = "file://migrations"
                    baseline         = "20240101000000"
                    exec_order       = LINEAR_SKIP
                    lock_timeout     = "30s"
                    revisions_schema = "meta"
                  }
                }
                """;
        EnvConfig local = env(hcl, "local", Map.of()).get(0);
        assertThat(local.url()).isEqualTo("mysql://root:pass@localhost:3306/example");
        assertThat(local.dev()).isEqualTo("docker://mysql/8/dev");
        assertThat(local.src()).containsExactly("file://schema.hcl");
        assertThat(local.migration().dir()).isEqualTo("file://migrations");
        assertThat(local.formats()).containsEntry("diff", "{{ sql . \"  \" }}");

        EnvConfig prod = env(hcl, "prod", Map.of("db_url", List.of("postgres://u@h/db"))).get(0);
        assertThat(prod.url()).isEqualTo("postgres://u@h/db");
        assertThat(prod.migration()).isEqualTo(new EnvConfig.Migration("file://migrations", null, "20240101000000",
                ExecOrder.LINEAR_SKIP, Duration.ofSeconds(30), "meta", null, null));
        assertThat(env(hcl, "prod", Map.of()).get(0).url()).as("getenv of an unset variable is empty").isEmpty();
        assertThat(file(hcl).envNames()).containsExactly("local", "prod");
    }

    @Test
    void variablesLocalsInterpolationAndFunctions() throws Exception {
        String hcl = """
                variable "host" {
                  type = string
                  default = "127.0.0.1"
                }
                variable "port" {
                  type = number
                  default = 5432
                }
                variable "schemas" {
                  type = list(string)
                  default = []
                }
                locals {
                  base = "postgres://app@${var.host}:${var.port}"
                  url  = "${local.base}/shop?sslmode=disable"
                  n    = length(var.schemas) > 1 ? "many" : "few"
                }
                env "dev" {
                  url     = urlqueryset(local.url, "search_path", "public")
                  schemas = var.schemas
                  label   = upper(local.n)
                  names   = [for s in var.schemas : "t_${s}" if s != "skip"]
                  dir     = format("file://%s", join("/", ["db", "migrations"]))
                }
                """;
        EnvConfig e = env(hcl, "dev", Map.of("schemas", List.of("a", "skip", "b"), "port", List.of("5433"))).get(0);
        assertThat(e.url()).isEqualTo("postgres://app@127.0.0.1:5433/shop?search_path=public&sslmode=disable");
        assertThat(e.schemas()).containsExactly("a", "skip", "b");
        assertThat(e.extras()).containsEntry("label", "MANY").containsEntry("names", List.of("t_a", "t_b"))
                .containsEntry("dir", "file://db/migrations");
    }

    @Test
    void forEachOverAListVariable() throws Exception {
        String hcl = """
                variable "tenants" {
                  type = list(string)
                }
                env "prod" {
                  for_each = toset(var.tenants)
                  url      = urlsetpath("mysql://root:pass@127.0.0.1:3306/", each.value)
                  tenant   = each.value
                  migration {
                    dir = "file://migrations"
                  }
                }
                """;
        List<EnvConfig> envs = env(hcl, "prod", Map.of("tenants", List.of("beta", "alpha")));
        assertThat(envs).extracting(EnvConfig::label).containsExactly("alpha", "beta");
        assertThat(envs).extracting(EnvConfig::url).containsExactly("mysql://root:pass@127.0.0.1:3306/alpha",
                "mysql://root:pass@127.0.0.1:3306/beta");
        assertThat(envs.get(0).extras()).containsEntry("tenant", "alpha");
    }

    @Test
    void forEachOverADataSource() throws Exception {
        String hcl = """
                data "sql" "tenants" {
                  url   = "postgres://u@h/db"
                  query = "SELECT schema_name FROM information_schema.schemata WHERE schema_name LIKE $1"
                  args  = ["tenant_%"]
                }
                env "prod" {
                  for_each = toset(data.sql.tenants.values)
                  url      = "postgres://u@h/db?search_path=${each.value}"
                }
                """;
        List<EnvConfig> envs = file(hcl).env("prod", Map.of(), (url, query, args) -> {
            assertThat(args).containsExactly("tenant_%");
            return List.of("tenant_2", "tenant_1");
        });
        assertThat(envs).extracting(EnvConfig::url).containsExactly("postgres://u@h/db?search_path=tenant_1",
                "postgres://u@h/db?search_path=tenant_2");
    }

    @Test
    void unlabelledEnvNamedByAtlasEnv() throws Exception {
        String hcl = """
                env {
                  name = atlas.env
                  url  = "sqlite://${atlas.env}.db"
                }
                """;
        assertThat(env(hcl, "staging", Map.of()).get(0).url()).isEqualTo("sqlite://staging.db");
    }

    @Test
    void errorsNameFileLineAndColumn() throws Exception {
        String base = "variable \"x\" {\n  type = number\n}\n";
        assertThatThrownBy(() -> env("env \"a\" {}\nenv \"b\" {}\n", "prod", Map.of()))
                .isInstanceOf(UsageException.class)
                .hasMessage(tmp.resolve("atlas.hcl") + ": env \"prod\" not defined in config file (defined: a, b)");
        assertThatThrownBy(() -> env("env \"a\" {\n  url = var.nope\n}\n", "a", Map.of()))
                .hasMessage(tmp.resolve("atlas.hcl") + ":2:12: undefined variable \"nope\"");
        assertThatThrownBy(() -> env(base + "env \"a\" {}\n", "a", Map.of()))
                .hasMessage(tmp.resolve("atlas.hcl") + ":1:1: missing value for required variable \"x\""
                        + " (set it with --var x=...)");
        assertThatThrownBy(() -> env(base + "env \"a\" {}\n", "a", Map.of("x", List.of("ten"))))
                .hasMessage(tmp.resolve("atlas.hcl") + ":2:10: variable \"x\" needs a number, got \"ten\" from --var");
        assertThatThrownBy(() -> env("env \"a\" {\n  migration {\n    dirr = \"file://m\"\n  }\n}\n", "a", Map.of()))
                .hasMessageStartingWith(tmp.resolve("atlas.hcl") + ":3:5: unknown attribute \"dirr\" in the"
                        + " migration block (known: baseline, ddl_lock_timeout, ddl_retries, dir,");
        assertThatThrownBy(() -> env("env \"a\" {\n  url = \"x\n}\n", "a", Map.of()))
                .hasMessage(tmp.resolve("atlas.hcl") + ":2:9: unterminated string");
        assertThatThrownBy(() -> env("env \"a\" {\n  url = lower(1, 2)\n}\n", "a", Map.of()))
                .hasMessage(tmp.resolve("atlas.hcl") + ":2:9: lower() takes 1 argument, got 2");
        assertThatThrownBy(() -> env("locals {\n  a = local.b\n  b = local.a\n}\nenv \"a\" {\n  url = local.a\n}\n",
                "a", Map.of())).hasMessageContaining("cyclic reference to \"local.");
        assertThatThrownBy(() -> env("env \"a\" {\n  url = each.value\n}\n", "a", Map.of()))
                .hasMessage(tmp.resolve("atlas.hcl") + ":2:9: each is only available in a block with for_each");
    }

    /** The migration block's values are typed where the file is read, so a bad one names its place. */
    @Test
    void migrationValuesAreParsedWhereTheFileIsRead() throws Exception {
        String block = "env \"a\" {\n  migration {\n    %s\n  }\n}\n";
        EnvConfig.Migration m = env(block.formatted("exec_order = \"non-linear\"\n    lock_timeout = \"1m30s\"\n"
                + "    ddl_lock_timeout = \"2s\"\n    ddl_retries = 3"), "a", Map.of()).get(0).migration();
        assertThat(m.options()).isEqualTo(new MigrateOptions(null, null, ExecOrder.NON_LINEAR, null,
                Duration.ofSeconds(90), Duration.ofSeconds(2), 3));
        Path at = tmp.resolve("atlas.hcl");
        assertThatThrownBy(() -> env(block.formatted("lock_timeout = \"soon\""), "a", Map.of()))
                .isInstanceOf(UsageException.class)
                .hasMessageStartingWith(at + ":3:5: lock_timeout: invalid duration \"soon\"");
        assertThatThrownBy(() -> env(block.formatted("exec_order = RANDOM"), "a", Map.of()))
                .hasMessageStartingWith(at + ":3:5: exec_order: unknown execution order: \"RANDOM\"");
        assertThatThrownBy(() -> env(block.formatted("ddl_retries = -1"), "a", Map.of()))
                .hasMessage(at + ":3:5: ddl_retries: \"-1\" is not a whole number of at least 0");
        assertThatThrownBy(() -> env(block.formatted("ddl_lock_timeout = \"2 s\""), "a", Map.of()))
                .hasMessageStartingWith(at + ":3:5: ddl_lock_timeout: invalid duration");
    }

    @Test
    void numbersStayBoundedAndArithmeticErrorsAreReported() throws Exception {
        assertThat(env("env \"a\" {\n  url = \"${1e999 * 1e999 + 1}/${10 / 4}/${7 % 3}\"\n}\n", "a", Map.of())
                .get(0).url()).isEqualTo("1E+1998/2.5/1");
        assertThatThrownBy(() -> env("env \"a\" {\n  url = 0 % 0\n}\n", "a", Map.of()))
                .hasMessage(tmp.resolve("atlas.hcl") + ":2:11: division by zero");
        assertThatThrownBy(() -> env("env \"a\" {\n  url = 1e999 % 7\n}\n", "a", Map.of()))
                .hasMessage(tmp.resolve("atlas.hcl") + ":2:15: arithmetic error: division impossible");
        assertThatThrownBy(() -> env("env \"a\" {\n  url = [\"x\"][0.5]\n}\n", "a", Map.of()))
                .hasMessage(tmp.resolve("atlas.hcl") + ":2:14: a list index must be a whole number, not 0.5");
    }

    @Test
    void extraEnvAttributesAreInputValues() throws Exception {
        EnvConfig e = env("env \"a\" {\n  tenant = \"t1\"\n  def_val = 3\n}\n", "a", Map.of()).get(0);
        assertThat(e.extras()).containsEntry("tenant", "t1").containsKey("def_val");
        assertThat(e.attribute("tenant")).isEqualTo("t1");
    }

    @Test
    void heredocsCommentsAndEscapes() throws Exception {
        String hcl = """
                # a comment
                // another
                /* a block
                   comment */
                env "a" {
                  note = <<-EOT
                    line one
                      line two ${"x"}
                    EOT
                  quoted = "tab\\tquote\\" dollar $${literal}"
                }
                """;
        EnvConfig e = env(hcl, "a", Map.of()).get(0);
        assertThat(e.extras()).containsEntry("note", "line one\n  line two x\n")
                .containsEntry("quoted", "tab\tquote\" dollar ${literal}");
    }

    @Test
    void locateFindsStrataHclBeforeAtlasHcl() throws Exception {
        assertThatThrownBy(() -> ProjectFile.locate(null, tmp)).hasMessageContaining("no project file");
        Files.writeString(tmp.resolve("atlas.hcl"), "");
        assertThat(ProjectFile.locate(null, tmp)).isEqualTo(tmp.resolve("atlas.hcl"));
        Files.writeString(tmp.resolve("strata.hcl"), "");
        assertThat(ProjectFile.locate(null, tmp)).isEqualTo(tmp.resolve("strata.hcl"));
        assertThat(ProjectFile.locate("file://" + tmp.resolve("atlas.hcl"), tmp)).isEqualTo(tmp.resolve("atlas.hcl"));
        assertThatThrownBy(() -> ProjectFile.locate("file://" + tmp.resolve("nope.hcl"), tmp))
                .hasMessageContaining("was not found");
    }
}
