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
import dev.strata.schema.View;
import dev.strata.schema.hcl.SchemaHcl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** The realms the ERD tests draw: a small one with every kind of object, and large generated ones. */
final class ErdRealms {

    private ErdRealms() {
    }

    /**
     * Five tables in two schemas (a cross-schema key, a self reference, a one-to-one key), a view
     * over two tables, indexes, a check, a trigger and comments, as a user's HCL declares them.
     */
    static Realm small() {
        return SchemaHcl.read(HclDocument.parse("small.hcl", """
                schema "public" { comment = "the application" }
                schema "billing" {}
                table "users" {
                  schema  = schema.public
                  comment = "people who sign in"
                  column "id" { type = bigint }
                  column "email" { type = text }
                  column "org_id" {
                    type = bigint
                    null = true
                  }
                  primary_key { columns = [column.id] }
                  index "users_email" {
                    unique  = true
                    columns = [column.email]
                  }
                  foreign_key "users_org_fkey" {
                    columns     = [column.org_id]
                    ref_columns = [table.orgs.column.id]
                    on_delete   = SET_NULL
                  }
                  check "email_has_at" { expr = "(email ~ '@')" }
                }
                table "orgs" {
                  schema = schema.public
                  column "id" { type = bigint }
                  column "name" { type = character_varying(100) }
                  column "parent_id" {
                    type = bigint
                    null = true
                  }
                  primary_key { columns = [column.id] }
                  foreign_key "orgs_parent_fkey" {
                    columns     = [column.parent_id]
                    ref_columns = [table.orgs.column.id]
                  }
                }
                table "posts" {
                  schema = schema.public
                  column "id" { type = bigint }
                  column "author_id" { type = bigint }
                  column "title" {
                    type    = text
                    comment = "shown in lists"
                  }
                  column "state" {
                    type    = text
                    default = "draft"
                  }
                  primary_key { columns = [column.id] }
                  index "posts_author_state" { columns = [column.author_id, column.state] }
                  foreign_key "posts_author_fkey" {
                    columns     = [column.author_id]
                    ref_columns = [table.users.column.id]
                    on_delete   = CASCADE
                  }
                }
                table "profiles" {
                  schema = schema.public
                  column "user_id" { type = bigint }
                  column "bio" {
                    type = text
                    null = true
                  }
                  primary_key { columns = [column.user_id] }
                  foreign_key "profiles_user_fkey" {
                    columns     = [column.user_id]
                    ref_columns = [table.users.column.id]
                  }
                }
                table "invoices" {
                  schema = schema.billing
                  column "id" { type = bigint }
                  column "org_id" { type = bigint }
                  column "total" { type = numeric(12, 2) }
                  primary_key { columns = [column.id] }
                  foreign_key "invoices_org_fkey" {
                    columns     = [column.org_id]
                    ref_columns = [table.orgs.column.id]
                  }
                }
                view "published_posts" {
                  schema  = schema.public
                  as      = "SELECT p.id, p.title, u.email FROM posts p JOIN users u ON u.id = p.author_id WHERE p.state = 'published'"
                  comment = "what readers see"
                }
                trigger "posts_touch" {
                  on = table.posts
                  before {
                    update = true
                  }
                  for = ROW
                  as  = "CREATE TRIGGER posts_touch BEFORE UPDATE ON public.posts FOR EACH ROW EXECUTE FUNCTION touch()"
                }
                """), Map.of(), "postgres");
    }

    /**
     * {@code schemas × perSchema} tables, seeded: each has a key, a few columns and up to three
     * foreign keys to tables made before it (now and then in another schema), some are lone,
     * and every tenth schema member has a view over it.
     */
    static Realm generated(int schemas, int perSchema, long seed) {
        Random r = new Random(seed);
        ColumnType bigint = ColumnType.of("bigint", TypeKind.INTEGER);
        ColumnType text = ColumnType.of("text", TypeKind.STRING);
        ColumnType ts = ColumnType.of("timestamp with time zone", TypeKind.TIME);
        List<TableRef> made = new ArrayList<>();
        List<Schema> out = new ArrayList<>();
        for (int s = 0; s < schemas; s++) {
            String schema = "app" + s;
            List<Table> tables = new ArrayList<>();
            List<View> views = new ArrayList<>();
            for (int t = 0; t < perSchema; t++) {
                String name = "t" + s + "_" + t + (r.nextInt(4) == 0 ? "_with_a_longer_name" : "");
                List<Column> cols = new ArrayList<>(List.of(Column.of("id", bigint)));
                List<ForeignKey> fks = new ArrayList<>();
                int nFks = made.isEmpty() || r.nextInt(8) == 0 ? 0 : r.nextInt(4);
                for (int f = 0; f < nFks; f++) {
                    TableRef to = made.get(made.size() - 1 - r.nextInt(Math.min(made.size(), r.nextInt(10) == 0 ? made.size() : 40)));
                    String col = to.name() + "_id_" + f;
                    cols.add(Column.of(col, bigint).withNullable(r.nextBoolean()));
                    fks.add(ForeignKey.of(name + "_" + col + "_fkey", List.of(col), to, List.of("id")));
                }
                for (int c = r.nextInt(8); c > 0; c--) {
                    cols.add(Column.of("attr_" + c, c % 3 == 0 ? ts : text).withNullable(c % 2 == 0));
                }
                Table table = Table.of(name, cols).withPrimaryKey(PrimaryKey.of("id")).withForeignKeys(fks);
                if (cols.size() > 2) {
                    table = table.withIndexes(List.of(Index.on(name + "_idx", cols.get(1).name())));
                }
                tables.add(table);
                made.add(new TableRef(schema, name));
                if (t % 10 == 9) {
                    views.add(View.of("v_" + name, "SELECT id FROM " + schema + "." + name));
                }
            }
            out.add(Schema.named(schema).withTables(tables).withViews(views));
        }
        return new Realm(out, List.of(), List.of());
    }
}
