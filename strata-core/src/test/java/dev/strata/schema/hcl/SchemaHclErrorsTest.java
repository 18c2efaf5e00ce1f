package dev.strata.schema.hcl;

import dev.strata.UsageException;
import dev.strata.config.HclDocument;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading bad schema files: one line naming file, line and column; exit code 2. */
class SchemaHclErrorsTest {

    private static void fails(String dialect, String hcl, String message) {
        assertThatThrownBy(() -> SchemaHcl.read(HclDocument.parse("schema.hcl", hcl), Map.of(), dialect))
                .isInstanceOf(UsageException.class).hasMessage(message)
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((UsageException) e).exitCode()).isEqualTo(2));
    }

    private static final String SCHEMA = "schema \"public\" {}\n";

    @Test
    void brokenReferences() {
        fails("postgres", SCHEMA + """
                table "t" {
                  schema = schema.public
                  column "a" {
                    type = int
                  }
                  index "i" {
                    columns = [column.b]
                  }
                }
                """, "schema.hcl:8:22: broken reference to \"table.t.column.b\"");
        fails("postgres", """
                table "t" {
                  schema = schema.public
                }
                """, "schema.hcl:2:18: broken reference to \"schema.public\"");
        fails("postgres", SCHEMA + """
                table "t" {
                  schema = schema.public
                  column "a" {
                    type = enum.status
                  }
                }
                """, "schema.hcl:5:16: broken reference to \"enum.status\"");
    }

    @Test
    void unknownTypesAndBadArguments() {
        fails("postgres", SCHEMA + """
                table "t" {
                  schema = schema.public
                  column "a" {
                    type = tinytext
                  }
                }
                """, "schema.hcl:5:5: column \"a\": unknown type \"tinytext\" in column.type");
        fails("mysql", SCHEMA + """
                table "t" {
                  schema = schema.public
                  column "a" {
                    type = varchar
                  }
                }
                """, "schema.hcl:5:5: column \"a\": type varchar needs a size: varchar(255)");
        fails("postgres", SCHEMA + """
                table "t" {
                  schema = schema.public
                  column "a" {
                    type = integer(4)
                  }
                }
                """, "schema.hcl:5:5: column \"a\": type integer takes no arguments");
        fails("sqlite", SCHEMA + """
                table "t" {
                  schema = schema.public
                  column "a" {
                    type = "text"
                  }
                }
                """, "schema.hcl:5:5: column \"a\": \"type\" must be a type such as integer, varchar(255) or "
                + "sql(\"...\"), not the string \"text\"");
    }

    @Test
    void unknownAttributesAndBlocks() {
        fails("postgres", SCHEMA + """
                table "t" {
                  schema = schema.public
                  column "a" {
                    type   = int
                    nulll  = true
                  }
                }
                """, "schema.hcl:6:5: column \"a\": unknown attribute \"nulll\"");
        fails("postgres", SCHEMA + """
                table "t" {
                  schema = schema.public
                  engine = InnoDB
                }
                """, "schema.hcl:4:3: table \"t\": unknown attribute \"engine\"");
        fails("postgres", SCHEMA + """
                table "t" {
                  schema = schema.public
                  colum "a" {
                  }
                }
                """, "schema.hcl:4:3: table \"t\": unknown block \"colum\"");
        fails("postgres", SCHEMA + "tabel \"t\" {}\n", "schema.hcl:2:1: unknown block \"tabel\" (known: composite,"
                + " domain, enum, extension, function, materialized, policy, procedure, schema, sequence, table, trigger,"
                + " view)");
        fails("postgres", "env \"dev\" {\n  url = \"x\"\n}\n",
                "schema.hcl:1:1: this is a project file (it has env blocks), not a schema file");
    }

    @Test
    void wrongValuesAndMissingPieces() {
        fails("postgres", SCHEMA + """
                table "t" {
                  schema = schema.public
                  column "a" {
                    type = int
                    null = "yes"
                  }
                }
                """, "schema.hcl:6:5: column \"a\": \"null\" must be true or false, not the string \"yes\"");
        fails("postgres", SCHEMA + """
                table "t" {
                  column "a" {
                    type = int
                  }
                }
                """, "schema.hcl:2:1: table \"t\": missing attribute \"schema\" (schema = schema.NAME)");
        fails("postgres", SCHEMA + """
                table "t" {
                  schema = schema.public
                  column "a" {
                    null = true
                  }
                }
                """, "schema.hcl:4:3: column \"a\": missing attribute \"type\"");
        fails("postgres", SCHEMA + """
                table "t" {
                  schema = schema.public
                  column "a" {
                    type = int
                  }
                  foreign_key "f" {
                    columns     = [column.a]
                    ref_columns = [table.t.column.a]
                    on_delete   = EXPLODE
                  }
                }
                """, "schema.hcl:10:5: foreign_key \"f\": unknown referential action \"EXPLODE\" (known: NO_ACTION,"
                + " RESTRICT, CASCADE, SET_NULL, SET_DEFAULT)");
        fails("postgres", SCHEMA + """
                table "t" {
                  schema = schema.public
                  column "a" {
                    type = int
                  }
                  index "i" {
                  }
                }
                """, "schema.hcl:7:3: index \"i\": missing \"columns\" or \"on\" blocks");
    }

    @Test
    void ambiguousAndDuplicateObjects() {
        fails("postgres", SCHEMA + """
                schema "other" {}
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
                """, "schema.hcl:22:5: multiple table blocks are labelled [t]: give them their schema as a first label"
                + " (table \"schema\" \"t\")");
        fails("postgres", SCHEMA + """
                table "t" {
                  schema = schema.public
                }
                table "t" {
                  schema = schema.public
                }
                """, "schema.hcl:5:1: table \"t\" is defined twice in schema \"public\"");
        fails("postgres", SCHEMA + """
                table "t" {
                  schema = schema.public
                  column "a" {
                    type = int
                  }
                  column "a" {
                    type = int
                  }
                }
                """, "schema.hcl:2:1: table \"t\": table \"t\" has two columns named \"a\"");
    }

    @Test
    void syntaxErrorsComeFromTheParser() {
        fails("postgres", "table \"t\" {\n  schema = \n}\n", "schema.hcl:2:12: expected an expression, found end of line");
    }
}
