package dev.strata.dialect.mysql;

import dev.strata.dialect.Session;
import dev.strata.schema.Column;
import dev.strata.schema.InspectScope;
import dev.strata.schema.Realm;
import dev.strata.schema.Schema;
import dev.strata.schema.Table;
import dev.strata.testing.ModelCounts;
import dev.strata.testing.TestDb;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The MySQL inspector on the real MariaDB: scope, exclusions, the revisions table, a bounded number of queries. */
class MySqlInspectorTest {

    private static String tables(int n) {
        StringBuilder b = new StringBuilder("CREATE TABLE t0 (id int PRIMARY KEY);\n");
        for (int i = 1; i < n; i++) {
            b.append("CREATE TABLE t").append(i).append(" (id int PRIMARY KEY, ref int, name varchar(20) DEFAULT 'x',")
                    .append(" KEY ix (name), CONSTRAINT fk").append(i).append(" FOREIGN KEY (ref) REFERENCES t0 (id),")
                    .append(" CONSTRAINT ck").append(i).append(" CHECK (id > 0));\n");
            if (i % 10 == 0) {
                b.append("CREATE VIEW v").append(i).append(" AS SELECT id FROM t").append(i).append(";\n");
            }
            if (i % 50 == 0) {
                b.append("CREATE TRIGGER tr").append(i).append(" BEFORE INSERT ON t").append(i)
                        .append(" FOR EACH ROW SET NEW.name = 'y';\n");
            }
        }
        return b.toString();
    }

    private static int queries(TestDb db, InspectScope scope, List<Realm> out) throws Exception {
        AtomicInteger count = new AtomicInteger();
        try (Connection raw = db.connect()) {
            Connection c = MySqlTesting.counting(raw, count);
            Session s = MySqlTesting.dialect(db).attach(c);
            out.add(s.dialect().inspector(s).inspect(scope));
        }
        return count.get();
    }

    /** A CI-size large schema (the benchmark, bench/inspect.sh, goes to 10,000 tables): the same queries, every object back. */
    @Test
    void queriesDoNotGrowWithTablesAndEveryObjectComesBack() throws Exception {
        try (TestDb small = TestDb.mariadb(); TestDb big = TestDb.mariadb()) {
            MySqlTesting.client(small, tables(5));
            MySqlTesting.client(big, tables(300));
            List<Realm> realms = new ArrayList<>();
            int a = queries(small, InspectScope.schema(small.name()), realms);
            int b = queries(big, InspectScope.schema(big.name()), realms);
            assertThat(realms.get(0).schemas().get(0).tables()).hasSize(5);
            Schema bigSchema = realms.get(1).schemas().get(0);
            // two indexes a table: ix and the one InnoDB makes for the foreign key (named after it)
            assertThat(ModelCounts.of(bigSchema)).isEqualTo(new ModelCounts(300, 1 + 299 * 3, 2 * 299, 299, 299, 29,
                    5));
            Table last = bigSchema.table("t299").orElseThrow();
            assertThat(last.foreignKeys().get(0).refColumns()).containsExactly("id");
            assertThat(last.checks().get(0).expr()).isEqualTo("`id` > 0");
            assertThat(a).isEqualTo(b).isLessThanOrEqualTo(15);
            // Two schemas in one realm inspection cost no more than one.
            int both = queries(small, new InspectScope(List.of(small.name(), big.name()), false, List.of(), false),
                    realms);
            assertThat(both).isEqualTo(a);
            assertThat(realms.get(2).schemas()).extracting(Schema::name).containsExactly(
                    List.of(small.name(), big.name()).stream().sorted().toArray(String[]::new));
        }
    }

    @Test
    void boundUnboundSchemasAndExclusions() throws Exception {
        try (TestDb one = TestDb.mariadb(); TestDb two = TestDb.mariadb()) {
            MySqlTesting.client(one, "CREATE TABLE users (id int PRIMARY KEY, a int, b int, KEY ib (b));"
                    + "CREATE TABLE posts (id int PRIMARY KEY); CREATE TABLE atlas_schema_revisions (v varchar(255));"
                    + "CREATE TABLE albums (id int);");
            MySqlTesting.client(two, "CREATE TABLE other (id int);");
            try (Session s = MySqlTesting.open(one)) {
                var inspector = s.dialect().inspector(s);
                Realm bound = inspector.inspect(InspectScope.schema(one.name()));
                assertThat(bound.schemas()).extracting(Schema::name).containsExactly(one.name());
                assertThat(names(bound)).containsExactly("albums", "posts", "users");

                Realm withRev = inspector.inspect(InspectScope.schema(one.name()).withRevisions(true));
                assertThat(names(withRev)).containsExactly("albums", "atlas_schema_revisions", "posts", "users");

                Realm realm = inspector.inspect(InspectScope.realm());
                assertThat(realm.schemas()).extracting(Schema::name).contains(one.name(), two.name())
                        .doesNotContain("mysql", "information_schema", "performance_schema", "sys");

                Realm listed = inspector.inspect(InspectScope.realm().withSchemas(List.of(two.name())));
                assertThat(listed.schemas()).extracting(Schema::name).containsExactly(two.name());

                assertThat(names(inspector.inspect(InspectScope.schema(one.name()).withExclude(List.of("users")))))
                        .containsExactly("albums", "posts");
                assertThat(names(inspector.inspect(InspectScope.schema(one.name()).withExclude(List.of("[ab]*")))))
                        .containsExactly("posts", "users");
                Realm r = inspector.inspect(new InspectScope(List.of(one.name(), two.name()), false,
                        List.of("*.[ab]*"), false));
                assertThat(r.schema(one.name()).orElseThrow().tables()).extracting(Table::name)
                        .containsExactly("posts", "users");
                assertThat(r.schema(two.name()).orElseThrow().tables()).extracting(Table::name)
                        .containsExactly("other");
                Realm col = inspector.inspect(InspectScope.realm().withSchemas(List.of(one.name()))
                        .withExclude(List.of(one.name() + ".users.b")));
                Table users = col.schema(one.name()).orElseThrow().table("users").orElseThrow();
                assertThat(users.columns()).extracting(Column::name).containsExactly("id", "a");
                assertThat(users.indexes()).isEmpty();
            }
        }
    }

    private static List<String> names(Realm r) {
        return r.schemas().get(0).tables().stream().map(Table::name).toList();
    }
}
