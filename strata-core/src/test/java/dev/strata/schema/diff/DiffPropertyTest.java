package dev.strata.schema.diff;

import dev.strata.dialect.DdlPlan;
import dev.strata.dialect.DdlStatement;
import dev.strata.dialect.PlanOptions;
import dev.strata.dialect.Session;
import dev.strata.dialect.mysql.MySqlDialect;
import dev.strata.dialect.postgres.PostgresDialect;
import dev.strata.dialect.sqlite.SqliteDialect;
import dev.strata.schema.Change;
import dev.strata.schema.InspectScope;
import dev.strata.schema.Realm;
import dev.strata.testing.TestDb;
import dev.strata.url.DatabaseUrl;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.ArrayList;
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
 * <p>50 pairs per database by default, 200 under {@code CI=true} (MariaDB 30 and 200);
 * {@code -Dstrata.dbdiff.pairs=N} for a long run, {@code -Dstrata.dbdiff.seed=N} to start elsewhere.
 * A failure names its seed.
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
            Realm a = DbProfile.SQLITE.restrict(g.realm(), "main");
            RandomRealms.Mutated m = g.mutate(a);
            Realm b = DbProfile.SQLITE.restrict(m.realm(), "main");
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

    /**
     * PostgreSQL runs 200 pairs in CI, with seeds that once found gaps among them: 7000106 (a primary
     * key replaced under foreign keys), 7000170 (an enum column turned into an integer) and 7000172
     * (a materialized view re-created under a view that reads it, see {@link ViewReaders}).
     */
    private static int postgresPairs() {
        return pairs();
    }

    @Test
    void postgres() throws Exception {
        int changed = 0;
        // two databases, and the same schema name on both for a pair: PostgreSQL prints a routine's
        // definition with its schema, so the two sides must agree on it
        try (TestDb dbA = TestDb.postgres(); TestDb dbB = TestDb.postgres()) {
            for (int i = 0; i < postgresPairs(); i++) {
                long s = seed() + i;
                String schema = "p" + i;
                dbA.execute("CREATE SCHEMA " + schema);
                dbB.execute("CREATE SCHEMA " + schema);
                RandomRealms g = new RandomRealms(s);
                Realm a = DbProfile.POSTGRES.restrict(g.realm(), schema);
                RandomRealms.Mutated m = g.mutate(renamedS0(a, schema));
                Realm b = DbProfile.POSTGRES.restrict(m.realm(), schema);
                List<DiffOptions.Rename> renames = new ArrayList<>();
                for (DiffOptions.Rename n : m.renames()) {
                    // a table rename leaves PostgreSQL's primary key named <old>_pkey, which PostgresDiff does
                    // not model yet (DiffDialect.renamed): the table is dropped and created instead
                    if (n.path().get(0).equals("s0") && n.path().size() == 3) {
                        List<String> path = new ArrayList<>(n.path());
                        path.set(0, schema);
                        renames.add(new DiffOptions.Rename(path, n.to()));
                    }
                }
                try (Session sa = new PostgresDialect().open(DatabaseUrl.parse(dbA.url() + "&search_path=" + schema));
                     Session sb = new PostgresDialect().open(DatabaseUrl.parse(dbB.url() + "&search_path=" + schema))) {
                    changed += run(sa, sb, a, b, renames, "postgres seed " + s + " (-Dstrata.dbdiff.seed=" + s
                            + " -Dstrata.dbdiff.pairs=1)");
                }
                dbA.execute("DROP SCHEMA " + schema + " CASCADE");
                dbB.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
        assertTrue(changed >= postgresPairs() / 2, "most pairs differ (" + changed + " of " + postgresPairs() + ")");
    }

    /** MariaDB: fewer pairs than the others (each pair creates two databases' tables through DDL that commits). */
    @Test
    void mariadb() throws Exception {
        int pairs = Integer.getInteger("strata.dbdiff.pairs", "true".equals(System.getenv("CI")) ? 200 : 30);
        int changed = 0;
        try (TestDb dbA = TestDb.mariadb(); TestDb dbB = TestDb.mariadb()) {
            for (int i = 0; i < pairs; i++) {
                long s = seed() + i;
                RandomRealms g = new RandomRealms(s);
                Realm a = DbProfile.MARIADB.restrict(g.realm(), dbA.name());
                RandomRealms.Mutated m = g.mutate(renamedS0(a, dbA.name()));
                Realm b = DbProfile.MARIADB.restrict(m.realm(), dbB.name());
                List<DiffOptions.Rename> renames = new ArrayList<>();
                for (DiffOptions.Rename n : m.renames()) {
                    if (n.path().get(0).equals("s0")) {
                        List<String> path = new ArrayList<>(n.path());
                        path.set(0, dbA.name());
                        renames.add(new DiffOptions.Rename(path, n.to()));
                    }
                }
                try (Session sa = new MySqlDialect("mariadb").open(DatabaseUrl.parse(dbA.url()));
                     Session sb = new MySqlDialect("mariadb").open(DatabaseUrl.parse(dbB.url()))) {
                    changed += run(sa, sb, a, b, renames, "mariadb seed " + s + " (-Dstrata.dbdiff.seed=" + s
                            + " -Dstrata.dbdiff.pairs=1)");
                }
                for (TestDb db : List.of(dbA, dbB)) {
                    List<String> drops = new ArrayList<>(List.of("SET FOREIGN_KEY_CHECKS = 0"));
                    db.userTables().forEach(t -> drops.add("DROP TABLE `" + t + "`"));
                    db.execute(drops.toArray(String[]::new));
                }
            }
        }
        assertTrue(changed >= pairs / 2, "most pairs differ (" + changed + " of " + pairs + ")");
    }

    /** The realm with its schema named s0 again, as the generator's mutations expect. */
    private static Realm renamedS0(Realm r, String schema) {
        return r.withSchemas(List.of(Renaming.rebind(r.schema(schema).orElseThrow(), "s0")));
    }

    /** Runs one pair; 1 when it had changes to apply, else 0. */
    private static int run(Session sa, Session sb, Realm a, Realm b, List<DiffOptions.Rename> renames, String where)
            throws SQLException {
        InspectScope scopeA = InspectScope.schema(sa.boundSchema().orElse("main"));
        InspectScope scopeB = InspectScope.schema(sb.boundSchema().orElse("main"));
        apply(sa, Creation.of(a.schemas().get(0)), where + ", creating A");
        apply(sb, Creation.of(b.schemas().get(0)), where + ", creating B");
        Realm inA = sa.dialect().inspector(sa).inspect(scopeA);
        Realm inB = sb.dialect().inspector(sb).inspect(scopeB);
        DiffDialect dialect = sa.dialect().diffDialect(sa);
        DiffOptions options = DiffOptions.defaults().withBound(true).withRenames(renames);
        DiffResult d = Differ.diff(inA, inB, dialect, options);
        apply(sa, d.changes(), where + ", applying the diff");
        Realm after = sa.dialect().inspector(sa).inspect(scopeA);
        Realm wanted = inB.withSchemas(List.of(Renaming.rebind(inB.schemas().get(0), after.schemas().get(0).name())));
        List<Change> second = Differ.diff(after, wanted, dialect, DiffOptions.defaults().withBound(true)).changes();
        if (!wanted.equals(after) || !second.isEmpty()) {
            fail(where + ": the diff applied to A's database does not give B's.\n  still differs: " + summary(second)
                    + "\n  planned: " + summary(d.changes()) + "\n  got:  " + after + "\n  want: " + wanted);
        }
        return d.isEmpty() ? 0 : 1;
    }

    /** Each change in Atlas's words, with what it does inside a table. */
    static String summary(List<Change> changes) {
        StringBuilder b = new StringBuilder();
        for (Change c : changes) {
            b.append(c.describe());
            if (c instanceof Change.ModifyTable m) {
                b.append(m.changes().stream().map(t -> t.getClass().getSimpleName() + (t instanceof
                        dev.strata.schema.TableChange.ModifyColumn mc ? mc.to().name() + mc.what() : ""))
                        .toList());
            }
            b.append("; ");
        }
        return b.toString();
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
