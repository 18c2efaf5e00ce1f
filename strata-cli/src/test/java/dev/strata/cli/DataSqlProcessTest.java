package dev.strata.cli;

import dev.strata.testing.TestDirs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A {@code for_each} env over a {@code data "sql"} query (issue 20, item 11): the directory-only
 * commands (CI steps without a database) do not run the query, and a query URL left empty is an error
 * naming the file, line, block and variable.
 */
class DataSqlProcessTest {

    @TempDir
    Path tmp;

    @Test
    void directoryCommandsNeedNoDatabaseAndErrorsNameTheirSource() throws Exception {
        TestDirs.write(tmp.resolve("migrations"), "1_a.sql", "CREATE TABLE a (id int);\n");
        Files.writeString(tmp.resolve("atlas.hcl"), """
                variable "tenants_url" {
                  type    = string
                  default = ""
                }

                data "sql" "tenants" {
                  url   = var.tenants_url
                  query = "SELECT 'a'"
                }

                env "prod" {
                  for_each = toset(data.sql.tenants.values)
                  url      = "sqlite://${each.value}.db"
                  migration {
                    dir = "file://migrations"
                  }
                }
                """);
        StrataProcess strata = new StrataProcess(tmp);

        StrataProcess.Result validate = strata.run("migrate", "validate", "--env", "prod");
        assertThat(validate.exitCode()).as(validate.toString()).isZero();
        StrataProcess.Result hash = strata.run("migrate", "hash", "--env", "prod");
        assertThat(hash.exitCode()).as(hash.toString()).isZero();

        StrataProcess.Result apply = strata.run("migrate", "apply", "--env", "prod");
        assertThat(apply.exitCode()).as(apply.toString()).isEqualTo(2);
        assertThat(apply.stderr()).isEqualTo("Error: atlas.hcl:7:3: data \"sql\" \"tenants\": url: empty database URL"
                + " (from var.tenants_url)\n");

        StrataProcess.Result set = strata.run("migrate", "apply", "--env", "prod", "--var", "tenants_url=sqlite://t.db");
        assertThat(set.exitCode()).as(set.toString()).isZero();
        assertThat(Files.exists(tmp.resolve("a.db"))).as("the tenant the query named was migrated").isTrue();
    }
}
