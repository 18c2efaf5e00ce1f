package dev.strata.dialect.postgres;

import dev.strata.dialect.Session;
import dev.strata.schema.InspectScope;
import dev.strata.schema.Realm;
import dev.strata.schema.Schema;
import dev.strata.schema.Table;
import dev.strata.testing.ModelCounts;
import dev.strata.testing.TestDb;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Scope, exclusions and the number of catalog queries of the PostgreSQL inspector, on the real server. */
class PostgresInspectorTest {

    private static final String TWO_SCHEMAS = """
            CREATE SCHEMA app;
            CREATE TABLE public.users (id int PRIMARY KEY, name text, about text);
            CREATE TABLE public.accounts (id int PRIMARY KEY, user_id int REFERENCES public.users (id));
            CREATE TABLE public.books (id int);
            CREATE INDEX users_name ON public.users (name);
            CREATE TABLE app.users (id int PRIMARY KEY, email text);
            CREATE TABLE app.audit (id int);
            CREATE SCHEMA atlas_schema_revisions;
            CREATE TABLE atlas_schema_revisions.atlas_schema_revisions (version text PRIMARY KEY);
            CREATE TABLE app.atlas_schema_revisions (version text PRIMARY KEY);
            """;

    private static List<String> tables(Realm r, String schema) {
        return r.schema(schema).orElseThrow().tables().stream().map(Table::name).toList();
    }

    private static List<String> schemas(Realm r) {
        return r.schemas().stream().map(Schema::name).toList();
    }

    @Test
    void boundAndUnboundScopes() throws Exception {
        try (TestDb db = TestDb.postgres()) {
            PgTesting.psql(db, TWO_SCHEMAS);
            Realm realm = PgTesting.inspect(db, InspectScope.realm());
            assertEquals(List.of("app", "public"), schemas(realm), "the revisions schema is left out");
            assertEquals(List.of("audit", "users"), tables(realm, "app"), "the revisions table is left out");
            assertEquals(List.of("accounts", "books", "users"), tables(realm, "public"));

            Realm bound = PgTesting.inspect(db, InspectScope.schema("app"));
            assertEquals(List.of("app"), schemas(bound));
            assertEquals(List.of("audit", "users"), tables(bound, "app"));

            Realm only = PgTesting.inspect(db, InspectScope.realm().withSchemas(List.of("public", "nope")));
            assertEquals(List.of("public"), schemas(only));

            Realm withRevisions = PgTesting.inspect(db, InspectScope.realm().withRevisions(true));
            assertEquals(List.of("app", "atlas_schema_revisions", "public"), schemas(withRevisions));
            assertTrue(tables(withRevisions, "app").contains("atlas_schema_revisions"));
        }
    }

    /** The inspection streams its queries in a transaction of its own, or runs in the caller's: either way the session is left as it was. */
    @Test
    void leavesTheSessionAsItFoundIt() throws Exception {
        try (TestDb db = TestDb.postgres()) {
            PgTesting.psql(db, TWO_SCHEMAS);
            try (Session s = PgTesting.open(db, "app")) {
                Connection c = s.connection();
                for (boolean auto : new boolean[]{true, false}) {
                    c.setAutoCommit(auto);
                    Realm r = s.dialect().inspector(s).inspect(InspectScope.realm());
                    assertEquals(List.of("app", "public"), schemas(r));
                    assertEquals(auto, c.getAutoCommit());
                    assertEquals("app", s.jdbc().queryOne("SELECT current_setting('search_path')",
                            rs -> rs.getString(1)).orElseThrow());
                    if (!auto) {
                        c.rollback();
                    }
                }
            }
        }
    }

    @Test
    void exclusionGlobs() throws Exception {
        try (TestDb db = TestDb.postgres()) {
            PgTesting.psql(db, TWO_SCHEMAS);
            Realm r = PgTesting.inspect(db, InspectScope.realm().withExclude(List.of("*.[ab]*")));
            assertEquals(List.of("users"), tables(r, "public"));
            assertEquals(List.of("users"), tables(r, "app"));

            Realm bound = PgTesting.inspect(db, InspectScope.schema("public").withExclude(List.of("users")));
            assertEquals(List.of("accounts", "books"), tables(bound, "public"));
            assertTrue(bound.schema("public").orElseThrow().table("accounts").orElseThrow().foreignKeys().isEmpty(),
                    "a foreign key to an excluded table goes with it");

            Realm col = PgTesting.inspect(db, InspectScope.realm().withExclude(List.of("public.users.name")));
            Table users = col.schema("public").orElseThrow().table("users").orElseThrow();
            assertEquals(List.of("id", "about"), users.columns().stream().map(c -> c.name()).toList());
            assertTrue(users.indexes().isEmpty(), "the index on the excluded column goes with it");

            Realm schema = PgTesting.inspect(db, InspectScope.realm().withExclude(List.of("app")));
            assertEquals(List.of("public"), schemas(schema));
        }
    }

    @Test
    void indexPartCollationsAsTheDefinitionSaysThem() throws Exception {
        try (TestDb db = TestDb.postgres()) {
            PgTesting.psql(db, """
                    CREATE TABLE c (a text, b text COLLATE "C");
                    CREATE INDEX c_a ON c (a COLLATE "C");
                    CREATE INDEX c_b ON c (b);
                    CREATE INDEX c_lower_a ON c (lower(a) COLLATE "C", a);
                    CREATE INDEX c_lower_b ON c (lower(b));
                    """);
            Table c = PgTesting.inspect(db, InspectScope.schema("public")).schema("public").orElseThrow()
                    .table("c").orElseThrow();
            Map<String, List<String>> collations = new TreeMap<>();
            c.indexes().forEach(i -> collations.put(i.name(), i.parts().stream()
                    .map(p -> String.valueOf(p.collation())).toList()));
            assertEquals(Map.of("c_a", List.of("C"), "c_b", List.of("null"),
                    "c_lower_a", List.of("C", "null"), "c_lower_b", List.of("null")), collations,
                    "a collation the index states, not the one a column or expression has of itself");
        }
    }

    /** A CI-size large schema (the benchmark, bench/inspect.sh, goes to 10,000 tables): the same queries, every object back. */
    @Test
    void queryCountDoesNotGrowWithTablesAndEveryObjectComesBack() throws Exception {
        try (TestDb db = TestDb.postgres()) {
            PgTesting.psql(db, tables(0, 5));
            int five = countQueries(db, new ArrayList<>());
            PgTesting.psql(db, tables(5, 400));
            List<Realm> realms = new ArrayList<>();
            int many = countQueries(db, realms);
            assertEquals(five, many, "statements for 5 tables and for 400 tables");
            assertTrue(five < 30, "a fixed, small number of catalog queries: " + five);
            Schema big = realms.get(0).schema("public").orElseThrow();
            assertEquals(new ModelCounts(400, 4 * 400, 400, 400, 400, 40, 8), ModelCounts.of(big));
            Table last = big.table("t399").orElseThrow();
            assertEquals("serial", last.column("id").orElseThrow().type().raw());
            assertEquals("t0", last.foreignKeys().get(0).refTable().name());
            assertEquals("(ref IS NULL)", last.indexes().get(0).where());
        }
    }

    /** Tables t(from) to t(to - 1), each with a serial key, a check, a foreign key, an expression index with a WHERE; a view per 10, a trigger per 50. */
    private static String tables(int from, int to) {
        StringBuilder sql = new StringBuilder("BEGIN;\n"); // one commit: a sync per statement costs seconds
        if (from == 0) {
            sql.append("CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.at = now(); ")
                    .append("RETURN NEW; END $$;\n");
        }
        for (int i = from; i < to; i++) {
            sql.append("CREATE TABLE t").append(i).append(" (id serial PRIMARY KEY, name text NOT NULL CHECK (name <> ''),")
                    .append(" ref int REFERENCES t0 (id), at timestamptz DEFAULT now());\n")
                    .append("CREATE INDEX t").append(i).append("_name ON t").append(i).append(" (lower(name)) WHERE ref IS NULL;\n");
            if (i % 10 == 0) {
                sql.append("CREATE VIEW v").append(i).append(" AS SELECT id FROM t").append(i).append(";\n");
            }
            if (i % 50 == 0) {
                sql.append("CREATE TRIGGER t").append(i).append("_touch BEFORE UPDATE ON t").append(i)
                        .append(" FOR EACH ROW EXECUTE FUNCTION touch();\n");
            }
        }
        return sql.append("COMMIT;\n").toString();
    }

    /** Inspects through a connection that counts the statements it prepares or creates. */
    private static int countQueries(TestDb db, List<Realm> out) throws Exception {
        AtomicInteger count = new AtomicInteger();
        try (Connection real = db.connect()) {
            InvocationHandler h = (proxy, method, args) -> {
                if (method.getName().equals("prepareStatement") || method.getName().equals("createStatement")
                        || method.getName().equals("prepareCall")) {
                    count.incrementAndGet();
                }
                try {
                    return method.invoke(real, args);
                } catch (java.lang.reflect.InvocationTargetException e) {
                    throw e.getCause();
                }
            };
            Connection counting = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[]{Connection.class}, h);
            Session s = new PostgresDialect().attach(counting);
            Realm r = s.dialect().inspector(s).inspect(InspectScope.realm());
            assertFalse(r.schemas().isEmpty());
            out.add(r);
            return count.get();
        }
    }
}
