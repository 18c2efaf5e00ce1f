package dev.strata.report.erd;

import dev.strata.config.HclDocument;
import dev.strata.schema.Column;
import dev.strata.schema.ColumnType;
import dev.strata.schema.ForeignKey;
import dev.strata.schema.Index;
import dev.strata.schema.PrimaryKey;
import dev.strata.schema.Realm;
import dev.strata.schema.Schema;
import dev.strata.schema.Table;
import dev.strata.schema.TableRef;
import dev.strata.schema.TypeKind;
import dev.strata.schema.hcl.SchemaHcl;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Mermaid diagram against the expectations of Atlas's {@code TestSchemaInspect_Mermaid}
 * (cmdlog_test.go), rebuilt case by case. Strata sorts tables by name where Atlas keeps their
 * order of creation, so {@code posts} comes before {@code users} here.
 */
class MermaidTest {

    private static final ColumnType INT = ColumnType.of("int", TypeKind.INTEGER);
    private static final ColumnType TEXT = ColumnType.of("text", TypeKind.STRING);

    private static final Table USERS = Table.of("users", List.of(Column.of("id", INT), Column.of("name", TEXT)));
    private static final Table POSTS = Table.of("posts", List.of(Column.of("id", INT), Column.of("text", TEXT)))
            .withPrimaryKey(PrimaryKey.of("id", "text"))
            .withForeignKeys(List.of(ForeignKey.of("owner_id", List.of("id"), new TableRef("main", "users"),
                    List.of("id"))));

    @Test
    void aTableWithoutKeys() {
        assertThat(Mermaid.render(Realm.of(Schema.named("main").withTables(List.of(USERS))))).isEqualTo("""
                erDiagram
                    users {
                      int id
                      text name
                    }
                """);
    }

    @Test
    void aForeignKeyToAPrimaryKeyIsManyToOne() {
        Table users = USERS.withPrimaryKey(PrimaryKey.of("id"));
        assertThat(Mermaid.render(Realm.of(Schema.named("main").withTables(List.of(users, POSTS))))).isEqualTo("""
                erDiagram
                    posts {
                      int id PK,FK
                      text text PK
                    }
                    posts }o--o| users : owner_id
                    users {
                      int id PK
                      text name
                    }
                """);
    }

    @Test
    void twoSchemasQualifyEveryEntity() {
        Table users = USERS.withPrimaryKey(PrimaryKey.of("id"));
        Table posts = POSTS.withForeignKeys(List.of(ForeignKey.of("owner_id", List.of("id"),
                new TableRef("main", "users"), List.of("id"))));
        Realm realm = Realm.of(Schema.named("main").withTables(List.of(users)),
                Schema.named("temp").withTables(List.of(posts)));
        assertThat(Mermaid.render(realm)).isEqualTo("""
                erDiagram
                    main_users["main.users"] {
                      int id PK
                      text name
                    }
                    temp_posts["temp.posts"] {
                      int id PK,FK
                      text text PK
                    }
                    temp_posts }o--o| main_users : owner_id
                """);
    }

    @Test
    void aSelfReferenceOnAUniqueColumnIsOneToOne_andSpacesBecomeUnderscores() {
        Table users = Table.of("users", List.of(Column.of("id", INT), Column.of("name", TEXT),
                        Column.of("best_friend_id", INT), Column.of("time duration",
                                ColumnType.of("double precision", TypeKind.FLOAT))))
                .withPrimaryKey(PrimaryKey.of("id"))
                .withIndexes(List.of(Index.on("best_friend_id", "best_friend_id").withUnique(true)))
                .withForeignKeys(List.of(ForeignKey.of("best_friend_id", List.of("best_friend_id"),
                        new TableRef("main", "users"), List.of("id"))));
        assertThat(Mermaid.render(Realm.of(Schema.named("main").withTables(List.of(users))))).isEqualTo("""
                erDiagram
                    users {
                      int id PK
                      text name
                      int best_friend_id FK
                      double_precision time_duration
                    }
                    users |o--o| users : best_friend_id
                """);
    }

    @Test
    void anEmptyRealmIsTheHeaderAlone() {
        assertThat(Mermaid.render(Realm.of())).isEqualTo("erDiagram\n");
    }

    /** From HCL as a user writes it: a PostgreSQL UNIQUE constraint counts as a unique key, a plain index not. */
    @Test
    void fromHcl_uniqueConstraintsAndNonUniqueReferencedColumns() {
        Realm realm = SchemaHcl.read(HclDocument.parse("erd.hcl", """
                schema "public" {}
                table "accounts" {
                  schema = schema.public
                  column "id" { type = bigint }
                  column "email" { type = character_varying(255) }
                  column "region" { type = text }
                  primary_key { columns = [column.id] }
                  unique "accounts_email_key" { columns = [column.email] }
                  index "accounts_region" { columns = [column.region] }
                }
                table "profiles" {
                  schema = schema.public
                  column "account_email" { type = character_varying(255) }
                  column "region" { type = text }
                  foreign_key "profiles_email_fkey" {
                    columns     = [column.account_email]
                    ref_columns = [table.accounts.column.email]
                  }
                  foreign_key "profiles_region_fkey" {
                    columns     = [column.region]
                    ref_columns = [table.accounts.column.region]
                  }
                  unique "profiles_account_email_key" { columns = [column.account_email] }
                }
                """), Map.of(), "postgres");
        assertThat(Mermaid.render(realm)).isEqualTo("""
                erDiagram
                    accounts {
                      bigint id PK
                      character_varying(255) email
                      text region
                    }
                    profiles {
                      character_varying(255) account_email FK
                      text region FK
                    }
                    profiles |o--o| accounts : profiles_email_fkey
                    profiles }o--o{ accounts : profiles_region_fkey
                """);
    }
}
