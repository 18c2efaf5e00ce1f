package dev.strata.cli;

import dev.strata.testing.TestDb;
import dev.strata.testing.TestDirs;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Multi-tenant fan-out: one environment with {@code for_each} over the tenants a {@code data "sql"}
 * block finds (PostgreSQL schemas, MariaDB databases), run one after another, in parallel, and in
 * shards. CI uses 10 PostgreSQL and 5 MariaDB tenants; STRATA_LONG_TESTS=true runs 50 and 20.
 */
class FleetProcessTest {

    private static final boolean LONG = "true".equals(System.getenv("STRATA_LONG_TESTS"));

    @TempDir
    Path tmp;

    /** The tenants of one test: PostgreSQL schemas in the test database, or MariaDB databases beside it. */
    private static final class Tenants implements AutoCloseable {
        final TestDb db;
        final String prefix;
        final List<String> names = new ArrayList<>();

        Tenants(TestDb.Kind kind, String group, int count) throws Exception {
            db = TestDb.create(kind);
            prefix = kind == TestDb.Kind.POSTGRES ? "tenant_" + group + "_" : db.name() + "_" + group + "_";
            for (int i = 0; i < count; i++) {
                String name = String.format("%s%02d", prefix, i);
                names.add(name);
                db.execute(kind == TestDb.Kind.POSTGRES ? "CREATE SCHEMA " + name : "CREATE DATABASE " + name);
            }
        }

        boolean postgres() {
            return db.kind() == TestDb.Kind.POSTGRES;
        }

        /** The versions in a tenant's revisions table. */
        List<String> versions(String tenant) throws Exception {
            return db.column("SELECT version FROM " + tenant + ".atlas_schema_revisions ORDER BY version");
        }

        List<String> tables(String tenant) throws Exception {
            return db.column("SELECT table_name FROM information_schema.tables WHERE table_schema = '" + tenant
                    + "' ORDER BY 1");
        }

        @Override
        public void close() throws Exception {
            if (!postgres()) {
                for (String n : names) {
                    db.execute("DROP DATABASE IF EXISTS " + n);
                }
            }
            db.close();
        }
    }

    private void project(Tenants t) throws Exception {
        TestDirs.write(tmp.resolve("migrations"), "1_users.sql", "CREATE TABLE users (id int);\n",
                "2_pets.sql", "CREATE TABLE pets (id int);\nINSERT INTO pets VALUES (1);\n",
                "3_toys.sql", "CREATE TABLE toys (id int);\n");
        String like = t.prefix.replace("_", "\\\\_") + "%";
        Files.writeString(tmp.resolve("strata.hcl"), """
                variable "url" {
                  type = string
                }
                variable "pattern" {
                  type = string
                }
                data "sql" "tenants" {
                  url   = var.url
                  query = "SELECT schema_name FROM information_schema.schemata WHERE schema_name LIKE '%s' ORDER BY 1"
                }
                env "fleet" {
                  for_each = toset(data.sql.tenants.values)
                  url      = %s
                }
                """.formatted(like, t.postgres() ? "urlqueryset(var.url, \"search_path\", each.value)"
                : "urlsetpath(var.url, each.value)"));
    }

    private StrataProcess.Result apply(Tenants t, String... extra) {
        List<String> args = new ArrayList<>(List.of("migrate", "apply", "--env", "fleet", "--var", "url=" + t.db.url(),
                "--var", "pattern=x", "--lock-timeout", "60s"));
        args.addAll(List.of(extra));
        return new StrataProcess(tmp).run(args.toArray(String[]::new));
    }

    private static int size(TestDb.Kind kind) {
        return kind == TestDb.Kind.POSTGRES ? (LONG ? 50 : 10) : (LONG ? 20 : 5);
    }

    @ParameterizedTest
    @EnumSource(value = TestDb.Kind.class, names = {"POSTGRES", "MARIADB"})
    void parallelFleetWithOneFailingTenant(TestDb.Kind kind) throws Exception {
        try (Tenants t = new Tenants(kind, "p", size(kind))) {
            project(t);
            String broken = t.names.get(2);
            t.db.execute("CREATE TABLE " + broken + ".legacy (id int)");
            StrataProcess.Result r = apply(t, "--parallel", "4");
            assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
            assertThat(r.stdout()).contains("Tenants: " + (t.names.size() - 1) + " ok, 1 failed");
            assertThat(r.stdout()).containsPattern("(?m)^  " + broken + " +- +- +0 +failed: connected database is not"
                    + " clean: found table \"legacy\"");
            for (String tenant : t.names) {
                if (tenant.equals(broken)) {
                    assertThat(t.tables(tenant)).contains("legacy").doesNotContain("users");
                } else {
                    assertThat(t.versions(tenant)).as(tenant).containsExactly("1", "2", "3");
                    assertThat(r.stdout()).containsPattern("(?m)^  " + tenant + " +- +3 +3 +ok$");
                }
            }
            // Every report is printed whole: a tenant's header is followed by its own report.
            assertThat(r.stdout()).contains("Tenant " + t.names.get(0) + ":\nMigrating to version 3 (3 migrations in"
                    + " total):\n\n  -- migrating version 1\n");
            // Up to date: the summary shows where each tenant stands, FROM and TO alike (docs/multi-tenant.md).
            StrataProcess.Result again = apply(t, "--parallel", "4");
            for (String tenant : t.names) {
                if (!tenant.equals(broken)) {
                    assertThat(again.stdout()).as(again.toString())
                            .containsPattern("(?m)^  " + tenant + " +3 +3 +0 +ok$");
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestDb.Kind.class, names = {"POSTGRES", "MARIADB"})
    void parallelEightEndsWhereOneByOneEnds(TestDb.Kind kind) throws Exception {
        Map<String, List<String>> eight = endState(kind, "a", "8");
        Map<String, List<String>> one = endState(kind, "b", "1");
        assertThat(eight).hasSize(size(kind)).isEqualTo(one);
    }

    /** Each tenant's revisions and tables after a run, keyed by its position. */
    private Map<String, List<String>> endState(TestDb.Kind kind, String group, String parallel) throws Exception {
        try (Tenants t = new Tenants(kind, group, size(kind))) {
            project(t);
            StrataProcess.Result r = apply(t, "--parallel", parallel);
            assertThat(r.exitCode()).as(r.toString()).isZero();
            Map<String, List<String>> state = new LinkedHashMap<>();
            for (int i = 0; i < t.names.size(); i++) {
                List<String> s = new ArrayList<>(t.versions(t.names.get(i)));
                s.addAll(t.tables(t.names.get(i)));
                state.put(Integer.toString(i), s);
            }
            return state;
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestDb.Kind.class, names = {"POSTGRES", "MARIADB"})
    void fourShardsMigrateEveryTenantOnce(TestDb.Kind kind) throws Exception {
        try (Tenants t = new Tenants(kind, "s", size(kind))) {
            project(t);
            List<String> seen = new ArrayList<>();
            for (int k = 0; k < 4; k++) {
                StrataProcess.Result r = apply(t, "--shard", k + "/4", "--parallel", "2");
                assertThat(r.exitCode()).as(r.toString()).isZero();
                for (String tenant : t.names) {
                    if (r.stdout().contains("Tenant " + tenant + ":\n")) {
                        seen.add(tenant);
                        assertThat(r.stdout()).contains("Tenant " + tenant + ":\nMigrating to version 3");
                    }
                }
            }
            assertThat(seen).containsExactlyInAnyOrderElementsOf(t.names);
            for (String tenant : t.names) {
                assertThat(t.versions(tenant)).as(tenant).containsExactly("1", "2", "3");
            }
            StrataProcess.Result again = new StrataProcess(tmp).env("JOB_COMPLETION_INDEX", "1").run("migrate",
                    "apply", "--env", "fleet", "--var", "url=" + t.db.url(), "--var", "pattern=x", "--shards", "4");
            assertThat(again.exitCode()).as(again.toString()).isZero();
            assertThat(again.stdout()).contains("No migration files to execute");
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestDb.Kind.class, names = {"POSTGRES"})
    void oneByOneStopsAtTheFirstFailure(TestDb.Kind kind) throws Exception {
        try (Tenants t = new Tenants(kind, "q", 3)) {
            project(t);
            t.db.execute("CREATE TABLE " + t.names.get(1) + ".legacy (id int)");
            StrataProcess.Result r = apply(t);
            assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
            assertThat(r.stderr()).contains("connected database is not clean");
            assertThat(t.versions(t.names.get(0))).containsExactly("1", "2", "3");
            assertThat(t.tables(t.names.get(2))).as("the run stopped before the third tenant").isEmpty();
        }
    }
}
