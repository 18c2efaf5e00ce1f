package dev.strata.dialect.postgres;

import dev.strata.StrataException;
import dev.strata.dialect.DdlPlan;
import dev.strata.dialect.PlanOptions;
import dev.strata.schema.Change;
import dev.strata.schema.Extension;
import dev.strata.schema.InspectScope;
import dev.strata.schema.Realm;
import dev.strata.schema.Schema;
import dev.strata.schema.TableChange;
import dev.strata.testing.Exhaustive;
import dev.strata.testing.TestDb;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every change kind planned, run by psql on a database that holds the schema before, and inspected:
 * the result equals the desired schema created directly on a second database. And every variant
 * of {@link Change} and {@link TableChange} is either planned or refused with a StrataException.
 */
class PostgresPlannerTest {

    private static final PostgresDdl PLANNER = new PostgresDdl();

    @Test
    void everyChangeKindGivesTheDesiredSchema() throws Exception {
        List<PgCases.Case> cases = PgCases.all();
        try (TestDb got = TestDb.postgres(); TestDb want = TestDb.postgres()) {
            for (PgCases.Case c : cases) {
                if (c.base() != null) {
                    PgTesting.psql(got, PostgresRoundTripTest.sql(PLANNER.plan(dev.strata.schema.diff.Creation.of(
                            new Realm(List.of(c.base()), c.extensions(), List.of())), PlanOptions.DEFAULT)));
                }
                if (c.refused()) {
                    assertThrows(StrataException.class, () -> PLANNER.plan(List.of(c.change()), PlanOptions.DEFAULT),
                            c.label());
                    continue;
                }
                String sql = PostgresRoundTripTest.sql(PLANNER.plan(List.of(c.change()), PlanOptions.DEFAULT));
                try {
                    PgTesting.psql(got, sql);
                } catch (IllegalStateException e) {
                    throw new AssertionError(c.label() + ": " + e.getMessage() + "\n" + sql, e);
                }
                if (c.desired() != null) {
                    PgTesting.psql(want, PostgresRoundTripTest.sql(PLANNER.plan(dev.strata.schema.diff.Creation.of(
                            new Realm(List.of(c.desired()), c.desiredExtensions(), List.of())), PlanOptions.DEFAULT)));
                }
            }
            Realm a = PgTesting.inspect(got, InspectScope.realm());
            Realm b = PgTesting.inspect(want, InspectScope.realm());
            for (int i = 0; i < cases.size(); i++) {
                PgCases.Case c = cases.get(i);
                if (c.refused()) {
                    continue;
                }
                String s = "c" + i;
                Optional<Schema> expected = b.schema(s);
                assertEquals(expected, a.schema(s), c.label());
                assertEquals(extensions(b, s), extensions(a, s), c.label());
            }
        }
    }

    private static List<Extension> extensions(Realm r, String schema) {
        return r.extensions().stream().filter(e -> schema.equals(e.schema())).toList();
    }

    @Test
    void everyVariantIsPlannedOrRefused() {
        List<Change> changes = new ArrayList<>();
        List<TableChange> tableChanges = new ArrayList<>();
        for (PgCases.Case c : PgCases.all()) {
            changes.add(c.change());
            if (c.change() instanceof Change.ModifyTable m) {
                tableChanges.addAll(m.changes());
            }
        }
        Exhaustive.check(Change.class, changes, Map.of("PostgresDdl", PostgresPlannerTest::planned));
        Change.ModifyTable sample = (Change.ModifyTable) changes.stream().filter(c -> c instanceof Change.ModifyTable)
                .findFirst().orElseThrow();
        Function<TableChange, ?> inTable = tc -> planned(new Change.ModifyTable(sample.schema(), sample.from(),
                sample.to(), List.of(tc)));
        Exhaustive.check(TableChange.class, tableChanges, Map.of("PostgresDdl (in a ModifyTable)", inTable));
    }

    /** The statements, or the refusal: never an unchecked crash. */
    private static String planned(Change c) {
        try {
            DdlPlan plan = PLANNER.plan(List.of(c), PlanOptions.DEFAULT);
            assertFalse(plan.isEmpty(), c.describe());
            return PostgresRoundTripTest.sql(plan);
        } catch (StrataException e) {
            assertTrue(e.getMessage().contains("\""), "the refusal names the object: " + e.getMessage());
            return "refused: " + e.getMessage();
        }
    }

    @Test
    void optionsQualifyIndentAndConcurrently() {
        PgCases.Case add = PgCases.all().stream().filter(c -> c.label().equals("add index")).findFirst().orElseThrow();
        DdlPlan plain = PLANNER.plan(List.of(add.change()), PlanOptions.DEFAULT);
        assertTrue(plain.transactional());
        assertEquals("CREATE INDEX \"t_name_lower\" ON \"" + add.change().schema() + "\".\"t\" ((lower(name)) DESC)"
                + " INCLUDE (\"spare\") WHERE (qty > 0)", plain.statements().get(0).sql());
        DdlPlan conc = PLANNER.plan(List.of(add.change()), PlanOptions.DEFAULT.withQualifier("")
                .withConcurrentIndexes(true));
        assertFalse(conc.transactional(), "CREATE INDEX CONCURRENTLY cannot run in a transaction");
        assertEquals("CREATE INDEX CONCURRENTLY \"t_name_lower\" ON \"t\" ((lower(name)) DESC) INCLUDE (\"spare\")"
                + " WHERE (qty > 0)", conc.statements().get(0).sql());
        assertEquals(List.of("DROP INDEX CONCURRENTLY \"t_name_lower\""), conc.statements().get(0).reverse());

        PgCases.Case table = PgCases.all().stream().filter(c -> c.label().equals("add table")).findFirst().orElseThrow();
        Map<String, String> got = new LinkedHashMap<>();
        PLANNER.plan(List.of(table.change()), PlanOptions.DEFAULT.withQualifier("").withIndent("  ")).statements()
                .forEach(s -> got.put(s.comment(), s.sql()));
        assertEquals("CREATE TABLE \"extra\" (\n"
                + "  \"id\" bigint NOT NULL GENERATED BY DEFAULT AS IDENTITY,\n"
                + "  \"code\" character(3) NOT NULL COLLATE \"C\",\n"
                + "  \"doubled\" bigint NULL GENERATED ALWAYS AS (id * 2) STORED,\n"
                + "  PRIMARY KEY (\"id\")\n"
                + ")", got.get("create \"extra\" table"));
        assertEquals("COMMENT ON COLUMN \"extra\".\"code\" IS 'iso'", got.get("set comment to column: \"code\" on table: \"extra\""));
    }
}
