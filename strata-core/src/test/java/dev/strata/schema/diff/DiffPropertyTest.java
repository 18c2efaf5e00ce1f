package dev.strata.schema.diff;

import dev.strata.dialect.DdlPlan;
import dev.strata.dialect.DdlStatement;
import dev.strata.dialect.PlanOptions;
import dev.strata.dialect.Session;
import dev.strata.dialect.sqlite.SqliteDialect;
import dev.strata.schema.Change;
import dev.strata.schema.InspectScope;
import dev.strata.schema.Realm;
import dev.strata.testing.TestDb;
import dev.strata.url.DatabaseUrl;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The differ and a dialect's planner together on a real database, over random pairs: for A and B
 * from {@link RandomRealms}, cut to what the database holds ({@link DbProfile}), A is created on one
 * database and B on another (each through {@link Creation} and the dialect's planner); the planned
 * {@code diff(inspect(A's database), inspect(B's database))} is applied to A's database, whose
 * inspection must then equal B's, and a second diff must be empty.
 *
 * <p>The renames that made B are passed as options, so a renamed column keeps its place (without
 * them it would be dropped and added at the end, which Atlas does not reorder either).
 *
 * <p>50 pairs per database by default, 200 under {@code CI=true}; {@code -Dstrata.dbdiff.pairs=N}
 * for a long run, {@code -Dstrata.dbdiff.seed=N} to start elsewhere. A failure names its seed.
 */
class DiffPropertyTest {

    private static int pairs() {
        return Integer.getInteger("strata.dbdiff.pairs", "true".equals(System.getenv("CI")) ? 200 : 50);
    }

    private static long seed() {
        return Long.getLong("strata.dbdiff.seed", 7_000_000L);
    }

    @Test
    void sqlite() throws Exception {
        int changed = 0;
        for (int i = 0; i < pairs(); i++) {
            long s = seed() + i;
            RandomRealms g = new RandomRealms(s);
            Realm a = DbProfile.SQLITE.restrict(g.realm());
            RandomRealms.Mutated m = g.mutate(a);
            Realm b = DbProfile.SQLITE.restrict(m.realm());
            List<DiffOptions.Rename> renames = m.renames().stream().filter(n -> n.path().get(0).equals("main"))
                    .toList();
            try (TestDb dbA = TestDb.sqlite(); TestDb dbB = TestDb.sqlite();
                 Session sa = new SqliteDialect().open(DatabaseUrl.parse(dbA.url()));
                 Session sb = new SqliteDialect().open(DatabaseUrl.parse(dbB.url()))) {
                changed += run(sa, sb, a, b, renames, "sqlite seed " + s + " (-Dstrata.dbdiff.seed=" + s
                        + " -Dstrata.dbdiff.pairs=1)");
            }
        }
        assertTrue(changed >= pairs() / 2, "most pairs differ (" + changed + " of " + pairs() + ")");
    }

    /** Runs one pair; 1 when it had changes to apply, else 0. */
    private static int run(Session sa, Session sb, Realm a, Realm b, List<DiffOptions.Rename> renames, String where)
            throws SQLException {
        InspectScope scope = InspectScope.schema(sa.boundSchema().orElse("main"));
        apply(sa, Creation.of(a.schemas().get(0)), where + ", creating A");
        apply(sb, Creation.of(b.schemas().get(0)), where + ", creating B");
        Realm inA = sa.dialect().inspector(sa).inspect(scope);
        Realm inB = sb.dialect().inspector(sb).inspect(scope);
        DiffDialect dialect = sa.dialect().diffDialect(sa);
        DiffOptions options = DiffOptions.defaults().withBound(true).withRenames(renames);
        DiffResult d = Differ.diff(inA, inB, dialect, options);
        apply(sa, d.changes(), where + ", applying the diff");
        Realm after = sa.dialect().inspector(sa).inspect(scope);
        assertEquals(inB, after, where + ": the diff applied to A's database does not give B's; changes "
                + d.changes());
        assertEquals(List.of(), Differ.diff(after, inB, dialect, DiffOptions.defaults().withBound(true)).changes(),
                where + ": a second diff");
        return d.isEmpty() ? 0 : 1;
    }

    private static void apply(Session s, List<Change> changes, String where) {
        DdlPlan plan = s.dialect().ddlPlanner(s).plan(changes, PlanOptions.DEFAULT.withQualifier(""));
        for (DdlStatement st : plan.statements()) {
            try {
                s.execute(st.sql());
            } catch (SQLException e) {
                fail(where + ": " + st.sql() + "\n  failed: " + e.getMessage() + "\n  plan of " + changes);
            }
        }
    }
}
