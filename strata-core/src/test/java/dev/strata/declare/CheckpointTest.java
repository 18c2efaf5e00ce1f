package dev.strata.declare;

import dev.strata.Strata;
import dev.strata.dialect.Dialects;
import dev.strata.dialect.Session;
import dev.strata.down.Down;
import dev.strata.down.DownRun;
import dev.strata.down.DownTarget;
import dev.strata.migrate.LocalDir;
import dev.strata.report.PlanText;
import dev.strata.testing.TestDb;
import dev.strata.url.DatabaseUrl;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code migrate checkpoint} on each database: a fresh database started from the checkpoint equals one
 * migrated through the whole history, before and after a file added after the checkpoint, and a
 * database started from it can be taken down.
 */
class CheckpointTest {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(TestDb.Kind.class)
    void aDatabaseFromTheCheckpointEqualsOneFromTheWholeHistory(TestDb.Kind kind) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("migrations"));
        Files.writeString(dir.resolve("20200101000001_users.sql"), "CREATE TABLE users (id integer PRIMARY KEY, name varchar(50)"
                + " NOT NULL);\nINSERT INTO users (id, name) VALUES (1, 'first');\n");
        Files.writeString(dir.resolve("20200101000002_posts.sql"), "CREATE TABLE posts (id integer PRIMARY KEY, user_id integer"
                + " REFERENCES users (id), title varchar(100) DEFAULT 'untitled');\n");
        Files.writeString(dir.resolve("20200101000003_index.sql"), "CREATE INDEX posts_title ON posts (title);\n"
                + "ALTER TABLE users ADD COLUMN email varchar(100);\n");
        Strata.builder().dir(dir).build().hash();
        try (TestDb full = TestDb.create(kind); TestDb fresh = TestDb.create(kind); TestDb dev = TestDb.create(kind)) {
            DatabaseUrl fullUrl = DatabaseUrl.parse(bound(full));
            DatabaseUrl freshUrl = DatabaseUrl.parse(bound(fresh));
            Strata.builder().url(fullUrl).dir(dir).build().apply();
            String name;
            try (Declarative d = Declarative.open(DatabaseUrl.parse(bound(dev)))) {
                name = new Checkpoint("v1").write(d, LocalDir.open(dir, dir.toString()), Scope.ALL,
                        Instant.parse("2030-01-01T00:00:00Z"));
            }
            assertThat(name).isEqualTo("20300101000000_v1.sql");
            assertThat(Files.readString(dir.resolve(name))).startsWith("-- atlas:checkpoint v1\n\n");
            Strata.builder().dir(dir).build().validate();

            assertThat(Strata.builder().url(fullUrl).dir(dir).build().apply().files()).isEmpty();
            assertThat(Strata.builder().url(freshUrl).dir(dir).build().apply().files()).hasSize(1);
            assertThat(fresh.column("SELECT version FROM atlas_schema_revisions")).containsExactly("20300101000000");
            assertEqual(full, fresh, dev);

            Files.writeString(dir.resolve("20300101000001_after.sql"), "CREATE TABLE later (id integer PRIMARY KEY);\n");
            Strata.builder().dir(dir).build().hash();
            assertThat(Strata.builder().url(fullUrl).dir(dir).build().apply().files()).hasSize(1);
            assertThat(Strata.builder().url(freshUrl).dir(dir).build().apply().files()).hasSize(1);
            assertEqual(full, fresh, dev);

            // Down on the database started from the checkpoint: the directory replays from it. The
            // checkpoint holds the schema, not the rows the history inserted.
            assertThat(fresh.column("SELECT name FROM users")).isEmpty();
            fresh.execute("INSERT INTO users (id, name) VALUES (1, 'first')");
            try (Declarative d = Declarative.open(DatabaseUrl.parse(bound(dev)));
                 Session live = Dialects.forUrl(freshUrl).open(freshUrl)) {
                DownRun.apply(live, Down.plan(d, live, dir, new DownTarget.Steps(1), null, Scope.ALL),
                        new DownRun.Options(false, false, null, null));
            }
            assertThat(fresh.userTables()).containsExactlyInAnyOrder("users", "posts");
            assertThat(fresh.column("SELECT name FROM users")).containsExactly("first");
        }
    }

    private static void assertEqual(TestDb a, TestDb b, TestDb dev) {
        DatabaseUrl ua = DatabaseUrl.parse(bound(a));
        DatabaseUrl ub = DatabaseUrl.parse(bound(b));
        try (Declarative d = Declarative.open(DatabaseUrl.parse(bound(dev)));
             Session sa = Dialects.forUrl(ua).open(ua); Session sb = Dialects.forUrl(ub).open(ub)) {
            State from = d.inspect(sa, Scope.ALL);
            SchemaDiff diff = d.diff(from, d.inspect(sb, Scope.ALL));
            assertThat(diff.changes()).as(diff.synced() ? "" : PlanText.statements(d.planOn(diff, from, "")))
                    .isEmpty();
        }
    }

    private static String bound(TestDb db) {
        return db.kind() == TestDb.Kind.POSTGRES ? db.url() + "&search_path=public" : db.url();
    }
}
