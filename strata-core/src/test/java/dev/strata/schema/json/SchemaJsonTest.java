package dev.strata.schema.json;

import dev.strata.schema.Column;
import dev.strata.schema.ColumnType;
import dev.strata.schema.ForeignKey;
import dev.strata.schema.Index;
import dev.strata.schema.IndexPart;
import dev.strata.schema.ModelCorpus;
import dev.strata.schema.PrimaryKey;
import dev.strata.schema.Realm;
import dev.strata.schema.Schema;
import dev.strata.schema.Table;
import dev.strata.schema.TableRef;
import dev.strata.schema.TypeKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaJsonTest {

    private static ColumnType type(String raw) {
        return ColumnType.of(raw, TypeKind.OTHER);
    }

    /**
     * Atlas's TestSchemaInspect_MarshalJSON, indented as it indents it. The model sorts tables by
     * name, so temp comes before test and posts before users (Atlas keeps the order it was given).
     */
    @Test
    void atlasShape() {
        Realm realm = Realm.of(Schema.named("test").withComment("schema comment").withTables(List.of(
                Table.of("users", List.of(Column.of("id", type("bigint")),
                        Column.of("name", type("varchar(255)")).withCollation("collate"))).withCharset("charset"),
                Table.of("posts", List.of(Column.of("id", type("bigint")), Column.of("text", type("text")))))),
                Schema.named("temp"));
        assertThat(SchemaJson.print(realm, "", "  ")).isEqualTo("""
                {
                  "schemas": [
                    {
                      "name": "temp"
                    },
                    {
                      "name": "test",
                      "tables": [
                        {
                          "name": "posts",
                          "columns": [
                            {
                              "name": "id",
                              "type": "bigint"
                            },
                            {
                              "name": "text",
                              "type": "text"
                            }
                          ]
                        },
                        {
                          "name": "users",
                          "columns": [
                            {
                              "name": "id",
                              "type": "bigint"
                            },
                            {
                              "name": "name",
                              "type": "varchar(255)",
                              "collate": "collate"
                            }
                          ],
                          "charset": "charset"
                        }
                      ],
                      "comment": "schema comment"
                    }
                  ]
                }""");
    }

    @Test
    void keysFollowAtlasThenStrataAndCompactIsOneLine() {
        Table t = Table.of("t", List.of(Column.of("a", type("int")).withNullable(true), Column.of("b", type("int"))))
                .withPrimaryKey(PrimaryKey.of("b"))
                .withIndexes(List.of(Index.of("i", List.of(IndexPart.column("a").withDesc(true),
                        IndexPart.expr("a < b & 1 > 0"))).withUnique(true)))
                .withForeignKeys(List.of(ForeignKey.of("f", List.of("a"), new TableRef("s", "t"), List.of("b"))));
        assertThat(SchemaJson.print(Realm.of(Schema.named("s").withTables(List.of(t))))).isEqualTo(
                "{\"schemas\":[{\"name\":\"s\",\"tables\":[{\"name\":\"t\",\"columns\":[{\"name\":\"a\",\"type\":\"int\","
                        + "\"null\":true},{\"name\":\"b\",\"type\":\"int\"}],\"indexes\":[{\"name\":\"i\",\"unique\":true,"
                        + "\"parts\":[{\"desc\":true,\"column\":\"a\"},{\"expr\":\"a \\u003c b \\u0026 1 \\u003e 0\"}]}],"
                        + "\"primary_key\":{\"parts\":[{\"column\":\"b\"}]},\"foreign_keys\":[{\"name\":\"f\",\"columns\":"
                        + "[\"a\"],\"references\":{\"table\":\"t\",\"columns\":[\"b\"],\"schema\":\"s\"},\"on_update\":"
                        + "\"NO ACTION\",\"on_delete\":\"NO ACTION\"}]}]}]}");
    }

    @Test
    void theRestIsUnderKeysOfItsOwn() {
        String pg = SchemaJson.print(ModelCorpus.postgres());
        for (String key : List.of("\"views\":", "\"routines\":", "\"triggers\":", "\"sequences\":", "\"types\":",
                "\"extensions\":", "\"policies\":", "\"partition\":", "\"checks\":", "\"identity\":", "\"generated\":",
                "\"default\":", "\"constraint\":true", "\"attrs\":{\"page_per_range\":32}", "\"row_security\":true")) {
            assertThat(pg).contains(key);
        }
        String mysql = SchemaJson.print(ModelCorpus.mysql("mysql"));
        assertThat(mysql).contains("\"attrs\":{\"auto_increment\":100,\"engine\":\"MyISAM\"}")
                .contains("\"attrs\":{\"on_update\":\"CURRENT_TIMESTAMP(6)\"}");
        assertThat(SchemaJson.print(ModelCorpus.sqlite())).contains("\"attrs\":{\"strict\":true,\"without_rowid\":true}");
    }

    @Test
    void prefixStartsEveryLineButTheFirst() {
        assertThat(SchemaJson.print(Realm.of(Schema.named("a")), ">", "\t"))
                .isEqualTo("{\n>\t\"schemas\": [\n>\t\t{\n>\t\t\t\"name\": \"a\"\n>\t\t}\n>\t]\n>}");
        assertThat(SchemaJson.print(new Realm(List.of(), List.of(), List.of()), "", "  ")).isEqualTo("{}");
    }
}
