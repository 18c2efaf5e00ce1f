package dev.strata.schema.hcl;

import dev.strata.config.HclDocument;
import dev.strata.dialect.SchemaDialects;
import dev.strata.schema.Column;
import dev.strata.schema.Realm;
import dev.strata.schema.Schema;
import dev.strata.schema.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Schema files read as one document: several files, directories, variables, locals, for_each. */
class SchemaHclFilesTest {

    @TempDir
    Path dir;

    private static Column col(String name, String raw) {
        return Column.of(name, SchemaDialects.typeNames("postgres").parse(raw));
    }

    @Test
    void aDirectoryOfFilesWithVariablesAndLocals() throws Exception {
        Files.writeString(dir.resolve("a_schema.hcl"), """
                schema "app" {
                  name    = var.schema
                  comment = "for ${var.schema}"
                }
                """);
        Files.writeString(dir.resolve("b_tables.hcl"), """
                locals {
                  size = 10 * 2
                }
                table "users" {
                  schema = schema.app
                  column "id" {
                    type = int
                  }
                  column "kind" {
                    type = varchar(local.size)
                  }
                }
                table "posts" {
                  schema = schema.app
                  column "author" {
                    type = int
                  }
                  foreign_key "posts_author" {
                    columns     = [column.author]
                    ref_columns = [table.users.column.id]
                  }
                }
                """);
        Files.writeString(dir.resolve("variables.hcl"), """
                variable "schema" {
                  type    = string
                  default = "public"
                }
                """);
        Files.createDirectory(dir.resolve("nested"));
        Files.writeString(dir.resolve("nested/ignored.hcl"), "this is not read");
        Files.writeString(dir.resolve("notes.txt"), "nor is this");
        Realm r = SchemaHcl.read(List.of(dir), Map.of("schema", List.of("tenant_a")), "postgres");
        assertThat(r.schemas()).extracting(Schema::name).containsExactly("tenant_a");
        Schema s = r.schemas().get(0);
        assertThat(s.comment()).isEqualTo("for tenant_a");
        assertThat(s.table("users").orElseThrow().columns()).containsExactly(col("id", "integer"),
                col("kind", "character varying(20)"));
        assertThat(s.table("posts").orElseThrow().foreignKeys().get(0).refTable().schema()).isEqualTo("tenant_a");
        assertThat(SchemaHcl.read(List.of(dir), Map.of(), "postgres").schemas().get(0).name()).isEqualTo("public");
    }

    /** Atlas's schemahcl TestForEachResources, tables named by each.key and each.value.name. */
    @Test
    void forEachMakesBlocks() {
        String hcl = """
                schema "s1" {
                  comment = "schema comment"
                }
                schema "s2" {}
                table {
                  for_each = {
                    t1 = schema.s1
                    t2 = schema.s2
                  }
                  name   = each.key
                  schema = each.value
                }
                table {
                  for_each = [schema.s1, schema.s2]
                  name     = each.value.name
                  schema   = each.value
                }
                """;
        Realm r = SchemaHcl.read(HclDocument.parse("f.hcl", hcl), Map.of(), "postgres");
        assertThat(r.schema("s1").orElseThrow().tables()).extracting(Table::name).containsExactly("s1", "t1");
        assertThat(r.schema("s2").orElseThrow().tables()).extracting(Table::name).containsExactly("s2", "t2");
    }

    /** Atlas's mysql/table-engine 1.hcl names InnoDB and the schema's charset: the model leaves them out. */
    @Test
    void charsetsEqualToTheInheritedOnesAreLeftOut() {
        String hcl = """
                schema "s" {
                  charset = "utf8mb4"
                  collate = "utf8mb4_general_ci"
                }
                table "t" {
                  schema  = schema.s
                  engine  = InnoDB
                  charset = "utf8mb4"
                  collate = "latin1_bin"
                  column "a" {
                    type    = text
                    charset = "utf8mb4"
                    collate = "latin1_bin"
                  }
                  column "b" {
                    type    = text
                    collate = "utf8mb4_general_ci"
                  }
                }
                """;
        Table t = SchemaHcl.read(HclDocument.parse("m.hcl", hcl), Map.of(), "mysql").schemas().get(0).tables().get(0);
        assertThat(t.charset()).isNull();
        assertThat(t.attrs()).isEmpty();
        assertThat(t.collation()).isEqualTo("latin1_bin");
        assertThat(t.columns().get(0).charset()).isNull();
        assertThat(t.columns().get(0).collation()).isNull();
        assertThat(t.columns().get(1).collation()).isEqualTo("utf8mb4_general_ci");
    }

    @Test
    void filesAreReadInNameOrderAndMissingOnesNamed() throws Exception {
        Files.writeString(dir.resolve("2.hcl"), "schema \"b\" {}\n");
        Files.writeString(dir.resolve("1.hcl"), "schema \"a\" {}\n");
        assertThat(SchemaHcl.read(List.of(dir.resolve("2.hcl"), dir.resolve("1.hcl")), Map.of(), "sqlite").schemas())
                .extracting(Schema::name).containsExactly("a", "b");
        assertThatThrownBy(() -> SchemaHcl.read(List.of(dir.resolve("none.hcl")), Map.of(), "sqlite"))
                .hasMessage("schema file \"" + dir.resolve("none.hcl") + "\" was not found");
        assertThatThrownBy(() -> SchemaHcl.read(List.of(dir), Map.of(), "oracle"))
                .hasMessage("unknown dialect \"oracle\" (known: postgres, mysql, mariadb, sqlite)");
    }
}
