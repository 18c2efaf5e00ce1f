package dev.strata.schema.hcl;

import dev.strata.UsageException;
import dev.strata.config.HclDocument;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading bad schema files: one line naming file, line and column; exit code 2. */
class SchemaHclErrorsTest {

    private static final String SCHEMA = "schema \"public\" {}\n";

    private static void fails(String dialect, String hcl, String message) {
        assertThatThrownBy(() -> SchemaHcl.read(HclDocument.parse("schema.hcl", hcl), Map.of(), dialect))
                .isInstanceOf(UsageException.class).hasMessage(message)
                .satisfies(e -> assertThat(((UsageException) e).exitCode()).isEqualTo(2));
    }

    /** Column "a" of table "t" with these attributes, which start on line 5. */
    private static void columnFails(String dialect, String attributes, String message) {
        fails(dialect, SCHEMA + "table \"t\" {\n  schema = schema.public\n  column \"a\" {\n" + attributes.indent(4)
                + "  }\n}\n", message);
    }

    /** Table "t" with an integer column "a" and this body, which starts on line 7. */
    private static void tableFails(String body, String message) {
        fails("postgres", SCHEMA + "table \"t\" {\n  schema = schema.public\n  column \"a\" {\n    type = int\n  }\n"
                + body.indent(2) + "}\n", message);
    }

    @Test
    void brokenReferences() {
        tableFails("index \"i\" {\n  columns = [column.b]\n}", "schema.hcl:8:22: broken reference to \"table.t.column.b\"");
        fails("postgres", "table \"t\" {\n  schema = schema.public\n}\n",
                "schema.hcl:2:18: broken reference to \"schema.public\"");
        columnFails("postgres", "type = enum.status", "schema.hcl:5:16: broken reference to \"enum.status\"");
    }

    @Test
    void unknownTypesAndBadArguments() {
        columnFails("postgres", "type = tinytext", "schema.hcl:5:5: column \"a\": unknown type \"tinytext\" in column.type");
        columnFails("mysql", "type = varchar", "schema.hcl:5:5: column \"a\": type varchar needs a size: varchar(255)");
        columnFails("postgres", "type = integer(4)", "schema.hcl:5:5: column \"a\": type integer takes no arguments");
        columnFails("sqlite", "type = \"text\"", "schema.hcl:5:5: column \"a\": \"type\" must be a type such as integer,"
                + " varchar(255) or sql(\"...\"), not the string \"text\"");
    }

    @Test
    void unknownAttributesAndBlocks() {
        columnFails("postgres", "type  = int\nnulll = true", "schema.hcl:6:5: column \"a\": unknown attribute \"nulll\"");
        tableFails("engine = InnoDB", "schema.hcl:7:3: table \"t\": unknown attribute \"engine\"");
        tableFails("colum \"b\" {\n}", "schema.hcl:7:3: table \"t\": unknown block \"colum\"");
        fails("postgres", SCHEMA + "tabel \"t\" {}\n", "schema.hcl:2:1: unknown block \"tabel\" (known: composite,"
                + " domain, enum, extension, function, materialized, policy, procedure, schema, sequence, table, trigger,"
                + " view)");
        fails("postgres", "env \"dev\" {\n  url = \"x\"\n}\n",
                "schema.hcl:1:1: cannot parse project file as a schema file (it has env blocks)");
    }

    @Test
    void wrongValuesAndMissingPieces() {
        columnFails("postgres", "type = int\nnull = \"yes\"",
                "schema.hcl:6:5: column \"a\": \"null\" must be true or false, not the string \"yes\"");
        columnFails("postgres", "null = true", "schema.hcl:4:3: column \"a\": missing attribute \"type\"");
        fails("postgres", SCHEMA + "table \"t\" {\n}\n",
                "schema.hcl:2:1: table \"t\": missing attribute \"schema\" (schema = schema.NAME)");
        tableFails("foreign_key \"f\" {\n  columns     = [column.a]\n  ref_columns = [table.t.column.a]\n"
                + "  on_delete   = EXPLODE\n}", "schema.hcl:10:5: foreign_key \"f\": unknown referential action"
                + " \"EXPLODE\" (known: NO_ACTION, RESTRICT, CASCADE, SET_NULL, SET_DEFAULT)");
        tableFails("index \"i\" {\n}", "schema.hcl:7:3: index \"i\": missing \"columns\" or \"on\" blocks");
    }

    @Test
    void ambiguousAndDuplicateObjects() {
        String twoTs = SCHEMA + "schema \"other\" {}\n" + """
                table "t" {
                  schema = schema.public
                  column "a" {
                    type = int
                  }
                }
                table "t" {
                  schema = schema.other
                  column "a" {
                    type = int
                  }
                }
                table "u" {
                  schema = schema.public
                  column "a" {
                    type = int
                  }
                  foreign_key "f" {
                    columns     = [column.a]
                    ref_columns = [table.t.column.a]
                  }
                }
                """;
        fails("postgres", twoTs, "schema.hcl:22:5: multiple table blocks are labelled [t]: give them their schema as a"
                + " first label (table \"schema\" \"t\")");
        fails("postgres", SCHEMA + "table \"t\" {\n  schema = schema.public\n}\ntable \"t\" {\n  schema = schema.public\n}\n",
                "schema.hcl:5:1: table \"t\" is defined twice in schema \"public\"");
        tableFails("column \"a\" {\n  type = int\n}", "schema.hcl:2:1: table \"t\": table \"t\" has two columns named \"a\"");
    }

    @Test
    void rulesOfTheModelAreErrorsAtTheirBlock() {
        columnFails("postgres", "type = int\nidentity {\n  increment = 0\n}",
                "schema.hcl:4:3: column \"a\": an identity's increment cannot be 0");
        fails("postgres", SCHEMA + "table {\n  schema = schema.public\n}\n",
                "schema.hcl:2:1: table: a table's name must not be empty");
        tableFails("column {\n  type = int\n}", "schema.hcl:7:3: column: a column's name must not be empty");
        fails("postgres", SCHEMA + "sequence \"s\" {\n  schema    = schema.public\n  increment = 0\n}\n",
                "schema.hcl:2:1: sequence \"s\": sequence \"s\" cannot increment by 0");
        fails("postgres", SCHEMA + "table \"t\" {\n  schema = schema.public\n}\ntrigger \"g\" {\n  on = table.t\n"
                + "  after {\n  }\n  as = \"x\"\n}\n", "schema.hcl:5:1: trigger \"g\": trigger \"g\" needs an event");
    }

    @Test
    void syntaxErrorsComeFromTheParser() {
        fails("postgres", "table \"t\" {\n  schema = \n}\n", "schema.hcl:2:12: expected an expression, found end of line");
    }
}
