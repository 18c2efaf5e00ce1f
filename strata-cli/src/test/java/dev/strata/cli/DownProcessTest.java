package dev.strata.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code migrate down} from the command line: the plan it prints, its refusals and exit codes. */
class DownProcessTest {

    @TempDir
    Path tmp;

    @Test
    void downPrintsThePlanRefusesDataLossAndRemovesTheRevision() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("migrations"));
        Files.writeString(dir.resolve("1_users.sql"), "CREATE TABLE users (id integer PRIMARY KEY, name text);\n");
        Files.writeString(dir.resolve("2_posts.sql"), "CREATE TABLE posts (id integer PRIMARY KEY);\n");
        Files.writeString(dir.resolve("3_seed.sql"), "INSERT INTO posts (id) VALUES (1);\n");
        StrataProcess strata = new StrataProcess(tmp);
        assertThat(strata.run("migrate", "hash").exitCode()).isZero();
        assertThat(strata.run("migrate", "apply", "--url", "sqlite://prod.db").exitCode()).isZero();
        String[] down = {"migrate", "down", "--url", "sqlite://prod.db", "--dev-url", "sqlite://dev?mode=memory"};

        StrataProcess.Result seed = strata.run(down);
        assertThat(seed.exitCode()).as(seed.toString()).isEqualTo(1);
        assertThat(seed.stderr()).isEqualTo("Error: migrate down: 3_seed.sql changes data only, which is not reversible"
                + " by schema (pass --force to revert the rest, or write a migration that restores the data)\n");

        StrataProcess.Result forced = strata.run(append(down, "--force"));
        assertThat(forced.exitCode()).as(forced.toString()).isZero();
        assertThat(forced.stdout()).startsWith("""
                Migrating down from version 3 to 2 (1 migration in total):

                  -- 3_seed.sql changed data only: not reversible by schema

                  -- reverting version 3
                    (no schema change)
                  -- ok (""");

        StrataProcess.Result dry = strata.run(append(down, "--dry-run"));
        assertThat(dry.exitCode()).as(dry.toString()).isZero();
        assertThat(dry.stdout()).isEqualTo("""
                Migrating down from version 2 to 1 (1 migration in total):

                  -- checks before reverting
                    -> SELECT COUNT(*) FROM "main"."posts";
                       table "main.posts" holds 1 row (dropped)
                  -- data would be lost

                  -- reverting version 2
                    -> PRAGMA foreign_keys = off;
                    -> DROP TABLE `posts`;
                    -> PRAGMA foreign_keys = on;
                """);

        StrataProcess.Result refused = strata.run(down);
        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(1);
        assertThat(refused.stderr()).isEqualTo("Error: migrate down: reverting would lose data: table \"main.posts\""
                + " holds 1 row (dropped) (pass --allow-data-loss to revert anyway)\n");

        StrataProcess.Result allowed = strata.run(append(down, "--allow-data-loss"));
        assertThat(allowed.exitCode()).as(allowed.toString()).isZero();
        assertThat(allowed.stdout()).contains("  -- 1 migration\n  -- 1 check\n  -- 3 sql statements\n");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + tmp.resolve("prod.db"))) {
            var rs = c.createStatement().executeQuery("SELECT group_concat(version) FROM atlas_schema_revisions"
                    + " ORDER BY version");
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("1");
            var t = c.createStatement().executeQuery("SELECT count(*) FROM sqlite_master WHERE name = 'posts'");
            t.next();
            assertThat(t.getInt(1)).isZero();
        }
        StrataProcess.Result status = strata.run("migrate", "status", "--url", "sqlite://prod.db");
        assertThat(status.stdout()).contains("-- Current Version: 1");

        StrataProcess.Result tooFar = strata.run(append(down, "5"));
        assertThat(tooFar.exitCode()).isEqualTo(2);
        assertThat(tooFar.stderr()).isEqualTo("Error: migrate down: cannot revert 5 versions: the database has 1"
                + " applied\n");
    }

    @Test
    void toTagRevertsToTheNewestFileTheDirectoryHadAtTheTag() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("migrations"));
        StrataProcess strata = new StrataProcess(tmp);
        Files.writeString(dir.resolve("1_users.sql"), "CREATE TABLE users (id integer PRIMARY KEY);\n");
        assertThat(strata.run("migrate", "hash").exitCode()).isZero();
        git("init", "-q");
        git("add", ".");
        git("-c", "user.email=t@example.com", "-c", "user.name=t", "commit", "-q", "-m", "release 1");
        git("tag", "v1");
        Files.writeString(dir.resolve("2_posts.sql"), "CREATE TABLE posts (id integer PRIMARY KEY);\n");
        Files.writeString(dir.resolve("3_tags.sql"), "CREATE TABLE tags (id integer PRIMARY KEY);\n");
        assertThat(strata.run("migrate", "hash").exitCode()).isZero();
        assertThat(strata.run("migrate", "apply", "--url", "sqlite://prod.db").exitCode()).isZero();
        String[] down = {"migrate", "down", "--url", "sqlite://prod.db", "--dev-url", "sqlite://dev?mode=memory"};

        StrataProcess.Result unknown = strata.run(append(down, "--to-tag", "v9"));
        assertThat(unknown.exitCode()).as(unknown.toString()).isEqualTo(2);
        assertThat(unknown.stderr()).startsWith("Error: --to-tag v9: fatal: ");

        StrataProcess.Result r = strata.run(append(down, "--to-tag", "v1"));
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.stdout()).startsWith("Migrating down from version 3 to 1 (2 migrations in total):\n");
        assertThat(strata.run("migrate", "status", "--url", "sqlite://prod.db").stdout())
                .contains("-- Current Version: 1");
    }

    private void git(String... args) throws Exception {
        java.util.List<String> cmd = new java.util.ArrayList<>(java.util.List.of("git"));
        cmd.addAll(java.util.List.of(args));
        Process p = new ProcessBuilder(cmd).directory(tmp.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
    }

    private static String[] append(String[] a, String... more) {
        String[] out = java.util.Arrays.copyOf(a, a.length + more.length);
        System.arraycopy(more, 0, out, a.length, more.length);
        return out;
    }
}
