package dev.strata.declare;

import dev.strata.Strata;
import dev.strata.dialect.DdlStatement;
import dev.strata.report.DriftText;
import dev.strata.testing.TestDb;
import dev.strata.url.DatabaseUrl;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code schema drift} on each database: none after a normal migration; each kind of hand-made change
 * (a column added, an index dropped, a default changed, a table added) named; the statements it prints,
 * run on the database, remove the drift.
 */
class DriftTest {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(TestDb.Kind.class)
    void handMadeChangesAreFoundAndTheStatementsRemoveThem(TestDb.Kind kind) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("migrations"));
        Files.writeString(dir.resolve("1_users.sql"), """
                CREATE TABLE users (id integer PRIMARY KEY, name varchar(50) NOT NULL, status varchar(10) DEFAULT 'new');
                CREATE INDEX users_name ON users (name);
                """);
        Files.writeString(dir.resolve("2_posts.sql"), """
                CREATE TABLE posts (id integer PRIMARY KEY, user_id integer REFERENCES users (id), title varchar(100));
                """);
        Files.writeString(dir.resolve("3_later.sql"), "CREATE TABLE later (id integer PRIMARY KEY);\n");
        Strata.builder().dir(dir).build().hash();
        try (TestDb db = TestDb.create(kind); TestDb dev = TestDb.create(kind)) {
            DatabaseUrl url = DatabaseUrl.parse(bound(db));
            DatabaseUrl devUrl = DatabaseUrl.parse(bound(dev));
            Strata.builder().url(url).dir(dir).build().apply(2);
            assertThat(check(url, devUrl, dir)).satisfies(r -> {
                assertThat(r.drifted()).as(DriftText.text(r)).isFalse();
                assertThat(r.version()).isEqualTo("2");
                assertThat(DriftText.text(r)).isEqualTo("No drift: " + url.redacted()
                        + " matches the migration directory at version 2\n");
            });

            db.execute("ALTER TABLE users ADD COLUMN nickname varchar(20)",
                    kind == TestDb.Kind.MARIADB ? "DROP INDEX users_name ON users" : "DROP INDEX users_name",
                    "CREATE TABLE audit (id integer PRIMARY KEY)");
            if (kind != TestDb.Kind.SQLITE) { // SQLite cannot change a default in place
                db.execute("ALTER TABLE users ALTER COLUMN status SET DEFAULT 'old'");
            }
            Drift.Result r = check(url, devUrl, dir);
            assertThat(r.drifted()).isTrue();
            List<String> expected = new java.util.ArrayList<>(List.of("table \"audit\" is not in the directory",
                    "table \"users\": column \"nickname\" is not in the directory",
                    "table \"users\": index \"users_name\" is missing"));
            if (kind != TestDb.Kind.SQLITE) {
                expected.add("table \"users\": column \"status\" differs (default)");
            }
            String text = DriftText.text(r);
            assertThat(text).startsWith("Drift detected: " + url.redacted()
                    + " differs from the migration directory at version 2:\n");
            for (String line : expected) {
                assertThat(text).contains("  - " + line + "\n");
            }
            assertThat(r.repair().statements()).isNotEmpty();
            for (DdlStatement s : r.repair().statements()) {
                db.execute(s.sql());
            }
            Drift.Result after = check(url, devUrl, dir);
            assertThat(after.drifted()).as("after the printed statements ran:\n" + DriftText.text(after)).isFalse();

            // The same through the Java API, and the ERD of the database.
            Strata api = Strata.builder().url(url).dir(dir).devUrl(bound(dev)).build();
            assertThat(api.drift().drifted()).isFalse();
            assertThat(api.drift().version()).isEqualTo("2");
            assertThat(api.erd()).startsWith("<!DOCTYPE html>").contains("\"users\"", "\"posts\"");
        }
    }

    /**
     * A project's history of 120 files of mixed changes (tables, columns with defaults, indexes,
     * foreign keys, a dropped index, a dropped column, data): no drift where there is none.
     */
    @ParameterizedTest
    @EnumSource(TestDb.Kind.class)
    void aLongHistoryMigratedNormallyHasNoDrift(TestDb.Kind kind) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("history"));
        int v = 0;
        for (int t = 1; t <= 30; t++) {
            String parent = t == 1 ? "" : ", parent_id integer REFERENCES t" + (t - 1) + " (id)";
            write(dir, ++v, "t" + t, "CREATE TABLE t" + t + " (id integer PRIMARY KEY, name varchar(40) NOT NULL"
                    + parent + ");\nINSERT INTO t" + t + " (id, name) VALUES (1, 'one');\n");
            write(dir, ++v, "t" + t + "_score", "ALTER TABLE t" + t + " ADD COLUMN score integer DEFAULT 0;\n");
            write(dir, ++v, "t" + t + "_idx", "CREATE INDEX t" + t + "_name ON t" + t + " (name);\n"
                    + "CREATE UNIQUE INDEX t" + t + "_name_score ON t" + t + " (name, score);\n");
            write(dir, ++v, "t" + t + "_tidy", (kind == TestDb.Kind.MARIADB ? "DROP INDEX t" + t + "_name ON t" + t
                    : "DROP INDEX t" + t + "_name") + ";\nALTER TABLE t" + t + " ADD COLUMN note varchar(20);\n"
                    + "ALTER TABLE t" + t + " DROP COLUMN note;\n");
        }
        Strata.builder().dir(dir).build().hash();
        try (TestDb db = TestDb.create(kind); TestDb dev = TestDb.create(kind)) {
            DatabaseUrl url = DatabaseUrl.parse(bound(db));
            Strata.builder().url(url).dir(dir).build().apply();
            Drift.Result r = check(url, DatabaseUrl.parse(bound(dev)), dir);
            assertThat(r.version()).isEqualTo(Integer.toString(v));
            assertThat(r.drifted()).as(DriftText.text(r)).isFalse();
        }
    }

    private static void write(Path dir, int version, String name, String sql) throws java.io.IOException {
        Files.writeString(dir.resolve(String.format("%03d_%s.sql", version, name)), sql);
    }

    private static Drift.Result check(DatabaseUrl url, DatabaseUrl dev, Path dir) {
        try (Declarative d = Declarative.open(dev)) {
            return Drift.check(d, url, dir, null, new Scope(List.of(), List.of(), Map.of()));
        }
    }

    /** Both sides bound to one schema, so they are compared as one whatever their names. */
    private static String bound(TestDb db) {
        return db.kind() == TestDb.Kind.POSTGRES ? db.url() + "&search_path=public" : db.url();
    }
}
