package dev.strata.schema.hcl;

import dev.strata.config.HclDocument;
import dev.strata.dialect.SchemaDialects;
import dev.strata.schema.Check;
import dev.strata.schema.Column;
import dev.strata.schema.ColumnType;
import dev.strata.schema.DefaultValue;
import dev.strata.schema.EnumType;
import dev.strata.schema.ForeignKey;
import dev.strata.schema.Generated;
import dev.strata.schema.Index;
import dev.strata.schema.IndexPart;
import dev.strata.schema.Partitioning;
import dev.strata.schema.PrimaryKey;
import dev.strata.schema.Realm;
import dev.strata.schema.ReferenceAction;
import dev.strata.schema.Schema;
import dev.strata.schema.Table;
import dev.strata.schema.TableRef;
import dev.strata.schema.TypeKind;
import dev.strata.schema.TypeNames;
import dev.strata.schema.TypeRef;
import dev.strata.schema.UniqueConstraint;
import dev.strata.dialect.mysql.MySqlAttrs;
import dev.strata.testing.Conformance;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HCL printer against the output Atlas expects from {@code schema inspect} in its own test
 * scripts: for each, the model the script's database would inspect to is built by hand, printed,
 * and compared with the script's expected file (trimmed, as {@code cmphcl} compares); the expected
 * file read back gives the same model.
 */
class AtlasInspectGoldenTest {

    private static String expected(String script, String file, Map<String, String> vars) throws Exception {
        Path p = Conformance.dir("schema").resolve(script);
        String text = Txtar.read(p).files().get(file);
        for (Map.Entry<String, String> v : vars.entrySet()) {
            text = text.replace(v.getKey(), v.getValue());
        }
        return text;
    }

    private static void check(String dialect, Realm model, String script, String file) throws Exception {
        check(dialect, model, script, file, Map.of());
    }

    private static void check(String dialect, Realm model, String script, String file, Map<String, String> vars)
            throws Exception {
        String want = expected(script, file, vars);
        assertThat(SchemaHcl.print(model, dialect).strip()).isEqualTo(want.strip());
        assertThat(SchemaHcl.read(HclDocument.parse(file, want), Map.of(), dialect)).isEqualTo(model);
    }

    private static ColumnType type(String dialect, String raw) {
        return SchemaDialects.typeNames(dialect).parse(raw);
    }

    private static Column col(String dialect, String name, String raw, boolean nullable) {
        return Column.of(name, type(dialect, raw)).withNullable(nullable);
    }

    private static Realm realm(Schema... schemas) {
        return Realm.of(schemas);
    }

    private static Schema schema(String name, Table... tables) {
        return Schema.named(name).withTables(List.of(tables));
    }

    @Test
    void postgresCliInspectAndItsExcludes() throws Exception {
        List<Column> cols = new ArrayList<>();
        for (String c : List.of("id", "a", "b", "ab", "ac")) {
            cols.add(col("postgres", c, "integer", false));
        }
        String db = "script_cli_inspect";
        Realm full = realm(schema(db, Table.of("users", cols)));
        check("postgres", full, "postgres/cli-inspect.txtar", "script_cli_inspect.hcl");
        check("postgres", realm(schema(db, Table.of("users", cols.subList(0, 1)))), "postgres/cli-inspect.txtar",
                "id.hcl");
        check("postgres", realm(schema(db, Table.of("users", List.of()))), "postgres/cli-inspect.txtar",
                "nocolumn.hcl");
        check("postgres", realm(schema(db)), "postgres/cli-inspect.txtar", "notable.hcl");
    }

    @Test
    void sqliteCliInspect() throws Exception {
        List<Column> cols = new ArrayList<>();
        for (String c : List.of("id", "a", "b", "ab")) {
            cols.add(col("sqlite3", c, "int", false));
        }
        cols.add(col("sqlite3", "ac", "uint64", false));
        check("sqlite3", realm(schema("main", Table.of("users", cols))), "sqlite/cli-inspect.txtar", "1.hcl");
        check("sqlite3", realm(schema("main", Table.of("users", cols.subList(0, 1)))), "sqlite/cli-inspect.txtar",
                "id.hcl");
    }

    @Test
    void sqliteTypelessAndUserDefinedColumns() throws Exception {
        check("sqlite3", realm(schema("main", Table.of("tbl", List.of(col("sqlite3", "col", "", true))))),
                "sqlite/column-default.txtar", "1.hcl");
        check("sqlite3", realm(schema("main", Table.of("t", List.of(col("sqlite3", "c", "USER_DEFINED", true))))),
                "sqlite/column-user-defined.txtar", "schema.v1.hcl.inspected");
    }

    @Test
    void mysqlTableEngine() throws Exception {
        Schema s = schema("script_table_engine", Table.of("users", List.of(col("mysql", "name", "varchar(255)", false))))
                .withCharset("utf8mb4").withCollation("utf8mb4_0900_ai_ci");
        check("mysql", realm(s), "mysql/table-engine.txtar", "1.inspect.hcl");
        Table myisam = s.tables().get(0).withAttrs(List.of(new MySqlAttrs.Engine("MyISAM")));
        check("mysql", realm(s.withTables(List.of(myisam))), "mysql/table-engine.txtar", "2.inspect.hcl");
    }

    @Test
    void postgresForeignKeyActions() throws Exception {
        String db = "script_foreign_key_action";
        Table a = Table.of("table_a", List.of(col("postgres", "id", "text", false))).withPrimaryKey(PrimaryKey.of("id"));
        List<Column> bc = List.of(col("postgres", "id", "text", false), col("postgres", "table_a_id", "text", false));
        ForeignKey fk = ForeignKey.of("table_a_fk", List.of("table_a_id"), new TableRef(db, "table_a"), List.of("id"));
        Table b = Table.of("table_b", bc).withPrimaryKey(PrimaryKey.of("id"))
                .withForeignKeys(List.of(fk.withOnUpdate(ReferenceAction.CASCADE).withOnDelete(ReferenceAction.CASCADE)));
        Table c = Table.of("table_c", bc).withPrimaryKey(PrimaryKey.of("id")).withForeignKeys(List.of(fk));
        check("postgres", realm(schema(db, a, b, c)), "postgres/foreign-key-action.txtar", "1.inspect.hcl");
    }

    @Test
    void postgresEnumAndEnumArray() throws Exception {
        String db = "script_column_enum_array";
        TypeNames pg = SchemaDialects.typeNames("postgres");
        TypeRef status = new TypeRef(db, "status");
        TypeNames.UserTypes types = ref -> ref.equals(status) ? TypeKind.ENUM : null;
        Table t = Table.of("enums", List.of(col("postgres", "a", "integer", false),
                Column.of("statuses", pg.parse("status[]", db, types)),
                Column.of("status", pg.userType(status, TypeKind.ENUM, db))));
        Schema s = schema(db, t).withTypes(List.of(EnumType.of("status", "active", "inactive", "unknown")));
        check("postgres", realm(s), "postgres/column-enum-array.txtar", "5.inspect.hcl");
        assertThat(t.columns().get(1).type().element().userType()).isEqualTo(status);
    }

    @Test
    void postgresNullsNotDistinctAndUniqueConstraints() throws Exception {
        String db = "script_index_nulls_distinct";
        Table t = Table.of("users", List.of(col("postgres", "c", "integer", false)))
                .withIndexes(List.of(Index.on("nulls_not_distinct", "c").withUnique(true).withNullsNotDistinct(true)))
                .withUniques(List.of(UniqueConstraint.of("nulls_not_distinct2", "c").withNullsNotDistinct(true)));
        check("postgres", realm(schema(db, t)), "postgres/index-nulls-distinct.txtar", "1.inspect.hcl");

        String db2 = "script_index_unique_constraint";
        Table t1 = Table.of("t1", List.of(col("postgres", "a", "integer", false), col("postgres", "b", "integer", true)))
                .withPrimaryKey(PrimaryKey.of("a")).withUniques(List.of(UniqueConstraint.of("t1_b_key", "b")));
        Table d = Table.of("d", List.of(col("postgres", "c", "integer", true)))
                .withForeignKeys(List.of(ForeignKey.of("d_c_fkey", List.of("c"), new TableRef(db2, "t1"), List.of("b"))))
                .withUniques(List.of(UniqueConstraint.of("d_c_key", "c")));
        Table t0 = Table.of("t0", List.of(col("postgres", "b", "integer", false))).withPrimaryKey(PrimaryKey.of("b"))
                .withForeignKeys(List.of(ForeignKey.of("t0_b_fkey", List.of("b"), new TableRef(db2, "t1"), List.of("b"))));
        Table t2 = Table.of("t2", List.of(col("postgres", "c", "integer", false))).withPrimaryKey(PrimaryKey.of("c"))
                .withForeignKeys(List.of(ForeignKey.of("t2_c_fkey", List.of("c"), new TableRef(db2, "t1"), List.of("b"))));
        check("postgres", realm(schema(db2, d, t0, t1, t2)), "postgres/index-unique-constraint.txtar", "4.inspect.hcl");
    }

    @Test
    void postgresPartitionKeys() throws Exception {
        String db = "script_table_partition";
        Table m = Table.of("measurement", List.of(col("postgres", "city_id", "integer", false),
                        col("postgres", "logdate", "date", false), col("postgres", "peaktemp", "integer", true),
                        col("postgres", "unitsales", "integer", true)))
                .withPartitioning(Partitioning.of(Partitioning.Strategy.RANGE,
                        List.of(Partitioning.KeyPart.column("logdate"))));
        check("postgres", realm(schema(db, m)), "postgres/table-partition.txtar", "3.inspect.hcl");
        Table metrics = Table.of("metrics", List.of(col("postgres", "x", "integer", false),
                        col("postgres", "y", "integer", false)))
                .withPartitioning(Partitioning.of(Partitioning.Strategy.RANGE, List.of(
                        Partitioning.KeyPart.column("x"), Partitioning.KeyPart.expr("floor((x)::double precision)"),
                        Partitioning.KeyPart.expr("(y * 2)"), Partitioning.KeyPart.expr("floor((y)::double precision)"))));
        check("postgres", realm(schema(db, metrics)), "postgres/table-partition.txtar", "4.inspect.hcl");
    }

    @Test
    void postgresTypesDefaultsAndChecks() throws Exception {
        Table t = Table.of("t", List.of(col("postgres", "tsv", "tsvector", false), col("postgres", "tsq", "tsquery", false)))
                .withIndexes(List.of(Index.on("idx_tsv", "tsv").withType("GIN")));
        check("postgres", realm(schema("script_column_textsearch", t)), "postgres/column-textsearch.txtar",
                "1.inspect.hcl");
        Table logs = Table.of("logs", List.of(
                col("postgres", "a", "interval", false).withDefault(DefaultValue.expr("'03:00:00'::interval")),
                col("postgres", "b", "interval(1)", false), col("postgres", "c", "interval second", false),
                col("postgres", "d", "interval second(1)", false), col("postgres", "e", "interval day to second(4)", true)));
        check("postgres", realm(schema("script_column_interval", logs)), "postgres/column-interval.txtar",
                "1.inspect.hcl");
        Table users = Table.of("users", List.of(
                col("postgres", "name", "character varying", false).withDefault(DefaultValue.string("unknown")),
                col("postgres", "age", "integer", false).withDefault(DefaultValue.number("1")),
                col("postgres", "active", "boolean", false).withDefault(DefaultValue.bool(true)),
                col("postgres", "bpchar", "bpchar", false).withDefault(DefaultValue.string("foo"))));
        check("postgres", realm(schema("script_column_default", users)), "postgres/column-default.txtar",
                "1.inspected.hcl");
        Table t1 = Table.of("t1", List.of(col("postgres", "a", "integer", true), col("postgres", "b", "integer", true)))
                .withChecks(List.of(Check.of("c1", "(a > 0)"), Check.of("c2", "(b > 0)"), Check.of("c3", "(a < b)")));
        Table t2 = Table.of("t2", List.of(col("postgres", "a", "integer", true), col("postgres", "c", "integer", true)))
                .withChecks(List.of(Check.of("c1", "(a > 0)"), Check.of("c4", "(c > 0)"), Check.of("c5", "(a < c)")));
        check("postgres", realm(schema("script_table_checks", t1, t2)), "postgres/table-checks.txtar",
                "schema.inspected.hcl");
    }

    @Test
    void mysqlForeignKeysPrefixesChecksAndGeneratedColumns() throws Exception {
        String db = "script_foreign_key";
        List<Column> cols = List.of(col("mysql", "c1", "int", false), col("mysql", "c2", "int", true),
                col("mysql", "c3", "int", true));
        Table t1 = Table.of("t1", cols).withPrimaryKey(PrimaryKey.of("c1"))
                .withIndexes(List.of(Index.on("t1_c2_c3_idx", "c2", "c3").withUnique(true)));
        ForeignKey fk = ForeignKey.of("c2_c3_1", List.of("c2", "c3"), new TableRef(db, "t1"), List.of("c2", "c3"));
        Table t2 = Table.of("t2", cols).withPrimaryKey(PrimaryKey.of("c1"))
                .withForeignKeys(List.of(fk, ForeignKey.of("c2_c3_2", fk.columns(), fk.refTable(), fk.refColumns())))
                .withIndexes(List.of(Index.on("c2_c3_2", "c2", "c3")));
        Schema s = schema(db, t1, t2).withCharset("utf8mb4").withCollation("utf8mb4_general_ci");
        check("mariadb", realm(s), "mysql/foreign-key.txtar", "1.inspect.hcl");

        String pk = "script_primary_key_parts";
        Table p1 = Table.of("t1", List.of(col("mysql", "id", "tinytext", false)))
                .withPrimaryKey(PrimaryKey.of(List.of(IndexPart.column("id").withPrefix(7))));
        Table p2 = Table.of("t2", List.of(col("mysql", "id", "tinytext", false)))
                .withPrimaryKey(PrimaryKey.of(List.of(IndexPart.column("id").withPrefix(7).withDesc(true))));
        check("mysql", realm(schema(pk, p1, p2).withCharset("utf8mb4").withCollation("utf8mb4_0900_ai_ci")),
                "mysql/primary-key-parts.txtar", "schema.v1.hcl");

        List<Table> checks = new ArrayList<>();
        for (String n : List.of("t1", "t2")) {
            checks.add(Table.of(n, List.of(col("mariadb", "buf", "json", true), col("mariadb", "name", "varchar(20)", true),
                    col("mariadb", "age", "int(11)", true))).withChecks(List.of(
                    Check.of("age", n.equals("t1") ? "`age` > 0" : "`age` > 1"),
                    Check.of("check1", "`name` <> 'a' or `age` > 10"), Check.of("name", "`name` in ('a','b','c')"))));
        }
        check("mariadb", realm(Schema.named("script_check_maria").withTables(checks).withCharset("utf8mb4")
                .withCollation("utf8mb4_general_ci")), "mysql/check-maria.txtar", "expected.hcl");

        Table gen = Table.of("users", List.of(col("mysql", "a", "tinyint(1)", true),
                col("mysql", "b", "tinyint(1)", true).withGenerated(new Generated("`a`", Generated.Storage.VIRTUAL)),
                col("mysql", "c", "tinyint(1)", true).withGenerated(new Generated("`b`", Generated.Storage.STORED)),
                col("mysql", "d e", "varchar(255)", false), col("mysql", "d $", "varchar(255)", false)))
                .withIndexes(List.of(Index.on("idx_1", "d e"), Index.on("idx_2", "d $")));
        String g = "script_column_generated_inspect";
        check("mysql", realm(schema(g, gen).withCharset("utf8mb4").withCollation("utf8mb4_general_ci")),
                "mysql/column-generated-inspect.txtar", "1.inspect.hcl", Map.of("$db", g, "$charset", "utf8mb4",
                        "$collate", "utf8mb4_general_ci"));
    }

    @Test
    void mysqlDefaultExpressions() throws Exception {
        Table t = Table.of("users", List.of(
                col("mysql", "a", "varchar(255)", false).withDefault(DefaultValue.string("")),
                col("mysql", "b", "varchar(255)", false).withDefault(DefaultValue.expr(
                        "(concat(_utf8mb4'a',`a`,_utf8mb4'\\'s',_utf8mb4'b'))")),
                col("mysql", "c", "varchar(255)", false).withDefault(DefaultValue.string("a'b")),
                col("mysql", "d", "varchar(255)", false).withDefault(DefaultValue.expr("(_utf8mb4'a\\'b')")),
                col("mysql", "e", "timestamp", false).withDefault(DefaultValue.string("2000-01-01 00:00:00"))));
        check("mysql", realm(schema("script_column_default_expr", t).withCharset("utf8mb4")
                .withCollation("utf8mb4_0900_ai_ci")), "mysql/column-default-expr.txtar", "1.hcl");
    }
}
