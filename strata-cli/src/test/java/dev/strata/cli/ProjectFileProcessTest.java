package dev.strata.cli;

import dev.strata.testing.TestDirs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The project file as users write it: environments, variables, flags that override them, and its errors. */
class ProjectFileProcessTest {

    @TempDir
    Path tmp;

    private StrataProcess strata() {
        return new StrataProcess(tmp);
    }

    private void migrations(String dir) {
        TestDirs.write(tmp.resolve(dir), "1_users.sql", "CREATE TABLE users (id int);\n",
                "2_pets.sql", "CREATE TABLE pets (id int);\n");
    }

    /** An atlas.hcl in the common shape of Atlas's documentation works unchanged. */
    @Test
    void atlasHclFromTheDocumentation() throws Exception {
        migrations("db/migrations");
        Files.writeString(tmp.resolve("atlas.hcl"), """
                variable "token" {
                  type    = string
                  default = getenv("DB_TOKEN")
                }

                env "prod" {
                  url = getenv("APP_DB")
                  dev = "sqlite://dev?mode=memory"
                  migration {
                    dir = "file://db/migrations"
                    exec_order = LINEAR_SKIP
                  }
                  format {
                    migrate {
                      apply = "{{ json . }}"
                    }
                  }
                }
                """);
        StrataProcess.Result r = strata().env("APP_DB", "sqlite://prod.db").run("migrate", "apply", "--env", "prod");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.stdout()).startsWith("{\"Driver\":\"sqlite3\"")
                .contains("\"Message\":\"Migrated to version 2 from  (2 migrations in total)\"");
        StrataProcess.Result status = strata().env("APP_DB", "sqlite://prod.db").run("migrate", "status", "--env",
                "prod");
        assertThat(status.stdout()).startsWith("Migration Status: OK");
        assertThat(strata().run("migrate", "validate", "--env", "prod").exitCode()).isZero();
        assertThat(strata().run("migrate", "hash", "--env", "prod").exitCode()).isZero();
    }

    @Test
    void strataHclWinsAndFlagsOverrideTheEnv() throws Exception {
        migrations("migrations");
        migrations("other");
        Files.writeString(tmp.resolve("atlas.hcl"), "env \"dev\" {\n  url = \"sqlite://atlas.db\"\n}\n");
        Files.writeString(tmp.resolve("strata.hcl"), """
                variable "name" {
                  type = string
                  default = "strata"
                }
                locals {
                  file = "${var.name}.db"
                }
                env "dev" {
                  url = "sqlite://${local.file}"
                  migration {
                    dir = "file://migrations"
                  }
                }
                """);
        StrataProcess.Result r = strata().run("migrate", "apply", "--env", "dev", "--var", "name=fromvar", "1");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(tmp.resolve("fromvar.db")).exists();
        assertThat(tmp.resolve("atlas.db")).doesNotExist();
        StrataProcess.Result flag = strata().run("migrate", "apply", "--env", "dev", "--url", "sqlite://flag.db",
                "--dir", "file://other");
        assertThat(flag.exitCode()).as(flag.toString()).isZero();
        assertThat(tmp.resolve("flag.db")).exists();
        StrataProcess.Result envRef = strata().run("migrate", "status", "--env", "dev", "--var", "name=fromvar",
                "--url", "env://url");
        assertThat(envRef.stdout()).contains("Current Version: 1");
        StrataProcess.Result config = strata().run("migrate", "status", "--env", "dev", "-c", "file://atlas.hcl");
        assertThat(config.stdout()).contains("Current Version: No migration applied yet");
    }

    @Test
    void badProjectFilesSayWhatIsWrong() throws Exception {
        migrations("migrations");
        String file = tmp.resolve("strata.hcl").getFileName().toString();
        String[][] cases = {
            {"env \"dev\" {\n  url = \"sqlite://a.db\"\n}\nenv \"prod\" {}\n", "staging",
                "Error: strata.hcl: env \"staging\" not defined in config file (defined: dev, prod)"},
            {"env \"dev\" {\n  url = var.nope\n}\n", "dev", "Error: strata.hcl:2:12: undefined variable \"nope\""},
            {"variable \"url\" {\n  type = string\n}\nenv \"dev\" {\n  url = var.url\n}\n", "dev",
                "Error: strata.hcl:1:1: missing value for required variable \"url\" (set it with --var url=...)"},
            {"variable \"n\" {\n  type = number\n  default = 1\n}\nenv \"dev\" {\n  url = \"sqlite://${var.n}.db\"\n}\n",
                "dev --var n=many", "Error: strata.hcl:2:10: variable \"n\" needs a number, got \"many\" from --var"},
            {"env \"dev\" {\n  url = \"sqlite://a.db\"\n  migration {\n    dirr = \"file://migrations\"\n  }\n}\n", "dev",
                "Error: strata.hcl:4:5: unknown attribute \"dirr\" in the migration block (known: baseline,"
                    + " ddl_lock_timeout, ddl_retries, dir, exclude, exec_order, format, lock_timeout,"
                    + " revisions_schema)"},
            {"env \"dev\" {\n  url = \"sqlite://a.db\"\n", "dev",
                "Error: strata.hcl:3:1: expected an attribute or block name, found end of file"},
        };
        for (String[] c : cases) {
            Files.writeString(tmp.resolve(file), c[0]);
            String[] args = ("migrate apply --env " + c[1]).split(" ");
            StrataProcess.Result r = strata().run(args);
            assertThat(r.exitCode()).as(c[0] + "\n" + r).isEqualTo(2);
            assertThat(r.stderr()).as(c[0]).isEqualTo(c[2] + "\n");
            assertThat(r.stdout()).isEmpty();
        }
        Files.delete(tmp.resolve(file));
        StrataProcess.Result none = strata().run("migrate", "apply", "--env", "dev");
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.stderr()).startsWith("Error: no project file: --env needs strata.hcl or atlas.hcl");
        StrataProcess.Result envUrl = strata().run("migrate", "apply", "--url", "env://url");
        assertThat(envUrl.exitCode()).isEqualTo(2);
        assertThat(envUrl.stderr()).isEqualTo("Error: --url env://url refers to the project environment: pass --env\n");
    }

    @Test
    void extraEnvAttributesAreAllowed() throws Exception {
        migrations("migrations");
        Files.writeString(tmp.resolve("strata.hcl"), """
                env "prod" {
                  for_each = toset(["a", "b"])
                  url      = "sqlite://${each.value}.db"
                  tenant   = each.value
                  def_val  = "anything"
                }
                """);
        StrataProcess.Result r = strata().run("migrate", "apply", "--env", "prod");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.stdout()).contains("Tenant a:\nMigrating to version 2 (2 migrations in total):")
                .contains("Tenant b:\nMigrating to version 2");
        assertThat(tmp.resolve("a.db")).exists();
        assertThat(tmp.resolve("b.db")).exists();
    }
}
