package dev.strata.dialect.postgres;

import dev.strata.dialect.Session;
import dev.strata.schema.Column;
import dev.strata.schema.ColumnType;
import dev.strata.schema.DefaultValue;
import dev.strata.schema.Index;
import dev.strata.schema.IndexPart;
import dev.strata.schema.Table;
import dev.strata.schema.TypeKind;
import dev.strata.schema.TypeRef;
import dev.strata.testing.TestDb;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Type, default and generated-name equality of the PostgreSQL differ hooks. */
class PostgresDiffTest {

    private static final PostgresDiff TEXT_ONLY = new PostgresDiff(null);

    private static Column col(ColumnType t) {
        return Column.of("c", t);
    }

    private static Column col(String raw) {
        return col(PgCases.t(raw));
    }

    private static Column def(String raw, DefaultValue d) {
        return col(raw).withDefault(d);
    }

    @Test
    void typesByCanonicalSpelling() {
        assertTrue(TEXT_ONLY.sameType(col("int4"), col("integer")));
        assertTrue(TEXT_ONLY.sameType(col(ColumnType.of("int4", TypeKind.INTEGER)), col("int")));
        assertTrue(TEXT_ONLY.sameType(col("varchar(10)"), col("character varying(10)")));
        assertTrue(TEXT_ONLY.sameType(col("timestamptz"), col("timestamp with time zone")));
        assertFalse(TEXT_ONLY.sameType(col("varchar(10)"), col("varchar(11)")));
        assertFalse(TEXT_ONLY.sameType(col("integer"), col("bigint")));
        assertFalse(TEXT_ONLY.sameType(col("serial"), col("integer")), "a serial owns a sequence");
        assertTrue(TEXT_ONLY.sameType(col("int4[]"), col("integer[]")));
        ColumnType status = new PostgresTypeNames().userType(new TypeRef("public", "status"), TypeKind.ENUM, "public");
        ColumnType qualified = new PostgresTypeNames().userType(new TypeRef("public", "status"), TypeKind.ENUM, "app");
        assertTrue(TEXT_ONLY.sameType(col(status), col(qualified)), "the same enum spelled from two schemas");
        assertFalse(TEXT_ONLY.sameType(col(status), col(new PostgresTypeNames().userType(new TypeRef("app", "status"),
                TypeKind.ENUM, "app"))));
    }

    @Test
    void defaultsWithoutAServer() {
        assertTrue(TEXT_ONLY.sameDefault(def("text", DefaultValue.string("x")), def("text",
                DefaultValue.expr("'x'::text"))));
        assertTrue(TEXT_ONLY.sameDefault(def("numeric", DefaultValue.number("0")), def("numeric",
                DefaultValue.expr("(0)::numeric"))));
        assertTrue(TEXT_ONLY.sameDefault(def("character varying(5)", DefaultValue.string("it's")),
                def("character varying(5)", DefaultValue.expr("'it''s'::character varying"))));
        assertFalse(TEXT_ONLY.sameDefault(def("text", DefaultValue.string("x")), def("text", DefaultValue.string("y"))));
        assertFalse(TEXT_ONLY.sameDefault(def("text", DefaultValue.string("x")), col("text")));
        assertFalse(TEXT_ONLY.sameDefault(def("integer[]", DefaultValue.expr("ARRAY[1]")),
                def("integer[]", DefaultValue.expr("'{1}'::integer[]"))), "text alone cannot tell");
    }

    @Test
    void defaultsTheServerCompares() throws Exception {
        try (TestDb db = TestDb.postgres(); Session s = PgTesting.open(db, null)) {
            PostgresDiff diff = new PostgresDiff(s);
            assertTrue(diff.sameDefault(def("integer[]", DefaultValue.expr("ARRAY[1]")),
                    def("integer[]", DefaultValue.expr("'{1}'::integer[]"))));
            assertFalse(diff.sameDefault(def("integer[]", DefaultValue.expr("ARRAY[1]")),
                    def("integer[]", DefaultValue.expr("'{2}'::integer[]"))));
            assertFalse(diff.sameDefault(def("integer", DefaultValue.expr("1 +")),
                    def("integer", DefaultValue.number("1"))), "an expression the server rejects is not equal");
            s.execute("CREATE SEQUENCE q");
            assertFalse(diff.sameDefault(def("bigint", DefaultValue.expr("nextval('q'::regclass)")),
                    def("bigint", DefaultValue.expr("nextval('q')"))), "never evaluated: it would advance q");
            assertEquals("1", db.column("SELECT last_value FROM q").get(0));
            assertEquals(List.of("f"), db.column("SELECT is_called::text::char FROM q"));
        }
    }

    @Test
    void generatedIndexNames() throws Exception {
        Table t = Table.of("users", List.of(col("integer")));
        assertTrue(TEXT_ONLY.generatedName(t, Index.on("users_a_b_idx", "a", "b")));
        assertTrue(TEXT_ONLY.generatedName(t, Index.on("users_email_key", "email").withUnique(true)));
        assertTrue(TEXT_ONLY.generatedName(t, Index.of("users_expr_idx", List.of(IndexPart.expr("lower(a)")))));
        assertFalse(TEXT_ONLY.generatedName(t, Index.on("by_email", "email")));
        // What the server names them, long names included.
        String longTable = "t".repeat(40);
        try (TestDb db = TestDb.postgres()) {
            db.execute("CREATE TABLE " + longTable + " (" + "c".repeat(40) + " int, d int)",
                    "CREATE INDEX ON " + longTable + " (" + "c".repeat(40) + ", d)",
                    "CREATE UNIQUE INDEX ON " + longTable + " (lower(d::text))");
            List<String> names = db.column("SELECT indexname FROM pg_indexes WHERE tablename = '" + longTable
                    + "' ORDER BY 1");
            Index two = Index.on(names.get(0), "c".repeat(40), "d");
            Index expr = Index.of(names.get(1), List.of(IndexPart.expr("lower((d)::text)"))).withUnique(true);
            Table lt = Table.of(longTable, List.of(col("integer")));
            assertTrue(TEXT_ONLY.generatedName(lt, names.get(0).endsWith("_idx") ? two : expr), names.toString());
            assertTrue(TEXT_ONLY.generatedName(lt, names.get(1).endsWith("_key") ? expr : two), names.toString());
        }
    }
}
