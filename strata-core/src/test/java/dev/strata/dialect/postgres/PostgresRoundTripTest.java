package dev.strata.dialect.postgres;

import dev.strata.config.HclDocument;
import dev.strata.dialect.DdlPlan;
import dev.strata.dialect.DdlStatement;
import dev.strata.dialect.PlanOptions;
import dev.strata.schema.InspectScope;
import dev.strata.schema.Realm;
import dev.strata.schema.hcl.SchemaHcl;
import dev.strata.testing.TestDb;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The corpus round trip on PostgreSQL: each schema created by psql, inspected (A), printed as the
 * SQL that creates it, applied by psql to an empty database, inspected again (B): A equals B, and
 * {@code pg_dump -s} of both databases is the same. A also survives HCL: printed, read back, equal.
 */
class PostgresRoundTripTest {

    @ParameterizedTest
    @ValueSource(strings = {"shop", "blog", "saas"})
    void corpusRoundTrips(String name) throws Exception {
        try (TestDb first = TestDb.postgres(); TestDb second = TestDb.postgres()) {
            PgTesting.psql(first, PgTesting.CORPUS.resolve(name + ".sql"));
            Realm a = PgTesting.inspect(first, InspectScope.realm());
            String sql = sql(new PostgresDdl().plan(dev.strata.schema.diff.Creation.of(a), PlanOptions.DEFAULT.withIndent("  ")));
            PgTesting.psql(second, sql);
            Realm b = PgTesting.inspect(second, InspectScope.realm());
            assertEquals(a, b, "inspected after applying:\n" + sql);
            List<String> dumpA = normal(PgTesting.dump(first));
            List<String> dumpB = normal(PgTesting.dump(second));
            assertEquals(dumpA, dumpB, () -> "pg_dump -s of both differ: " + firstDifference(dumpA, dumpB));

            String hcl = SchemaHcl.print(a, "postgres");
            assertEquals(a, SchemaHcl.read(HclDocument.parse("printed.hcl", hcl), Map.of(), "postgres"), hcl);
        }
    }

    /**
     * Bound to one schema, as a URL with {@code search_path}: the plan is unqualified and psql runs
     * it on the second database's public schema as it is.
     */
    @ParameterizedTest
    @ValueSource(strings = {"shop", "blog"})
    void boundSchemaRoundTrips(String name) throws Exception {
        try (TestDb first = TestDb.postgres(); TestDb second = TestDb.postgres()) {
            PgTesting.psql(first, PgTesting.CORPUS.resolve(name + ".sql"));
            Realm a = PgTesting.inspect(first, InspectScope.schema("public"));
            String sql = sql(new PostgresDdl().plan(dev.strata.schema.diff.Creation.of(a.schemas().get(0)),
                    PlanOptions.DEFAULT.withQualifier("")));
            assertEquals(false, sql.contains("\"public\"."), "unqualified:\n" + sql);
            PgTesting.psql(second, sql);
            assertEquals(a, PgTesting.inspect(second, InspectScope.schema("public")), sql);
            List<String> dumpA = normal(PgTesting.dump(first));
            List<String> dumpB = normal(PgTesting.dump(second));
            assertEquals(dumpA, dumpB, () -> "pg_dump -s of both differ: " + firstDifference(dumpA, dumpB));
        }
    }

    /** A plan as a file psql runs: each statement after its comment, ended by a semicolon. */
    static String sql(DdlPlan plan) {
        StringBuilder b = new StringBuilder();
        for (DdlStatement s : plan.statements()) {
            b.append("-- ").append(Character.toUpperCase(s.comment().charAt(0))).append(s.comment().substring(1))
                    .append('\n').append(s.sql()).append(";\n");
        }
        return b.toString();
    }

    private static final java.util.regex.Pattern NUMBER_DEFAULT =
            java.util.regex.Pattern.compile("DEFAULT (-?\\d+\\.\\d+)\\b");

    private static String shortNumbers(String line) {
        java.util.regex.Matcher m = NUMBER_DEFAULT.matcher(line);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, "DEFAULT " + new java.math.BigDecimal(m.group(1)).stripTrailingZeros()
                    .toPlainString());
        }
        m.appendTail(b);
        return b.toString();
    }

    private static String firstDifference(List<String> a, List<String> b) {
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            String x = i < a.size() ? a.get(i) : "<end>";
            String y = i < b.size() ? b.get(i) : "<end>";
            if (!x.equals(y)) {
                return "line " + i + ":\n  " + x + "\n  " + y;
            }
        }
        return "none";
    }

    /**
     * A dump without what differs between two databases of the same schema: the comment lines
     * (they carry the dump tool's object ids and names of the database), blank lines, and the
     * {@code SET} preamble; pg_dump's {@code \restrict} lines, whose key is random; and numeric default
     * literals written in their shortest form ({@code DEFAULT 0.00} is {@code DEFAULT 0}), as the model
     * keeps numbers (the values a column of fixed scale stores are the same). The order is pg_dump's
     * own, by object type and name.
     */
    static List<String> normal(String dump) {
        List<String> out = new ArrayList<>();
        for (String line : dump.split("\n")) {
            if (line.startsWith("--") || line.isBlank() || line.startsWith("\\restrict")
                    || line.startsWith("\\unrestrict")) {
                continue;
            }
            out.add(shortNumbers(line));
        }
        return out;
    }
}
