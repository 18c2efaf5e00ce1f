package dev.strata.cli;

import dev.strata.testing.TestDb;
import dev.strata.testing.TestDirs;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code migrate apply --verify-applied}: an applied file edited and re-hashed since it ran stops the
 * run before anything is applied; without the flag the run goes on, as in Atlas (issue 20, item 17).
 */
class VerifyAppliedProcessTest {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(value = TestDb.Kind.class, names = {"SQLITE", "POSTGRES"})
    void anEditedAppliedFileStopsTheRun(TestDb.Kind kind) throws Exception {
        try (TestDb db = TestDb.create(kind)) {
            Path dir = TestDirs.write(tmp.resolve("migrations"), "1_a.sql", "CREATE TABLE a (id int);\n",
                    "2_b.sql", "CREATE TABLE b (id int);\n");
            String dirUrl = "file://" + dir;
            StrataProcess.Result first = InProcess.run("migrate", "apply", "--url", db.url(), "--dir", dirUrl,
                    "--verify-applied");
            assertThat(first.exitCode()).as(first.toString()).isZero();
            assertThat(first.stderr()).isEmpty();

            TestDirs.write(dir, "3_c.sql", "CREATE TABLE c (id int);\n");
            StrataProcess.Result clean = InProcess.run("migrate", "apply", "--url", db.url(), "--dir", dirUrl,
                    "--verify-applied", "1");
            assertThat(clean.exitCode()).as(clean.toString()).isZero();
            assertThat(db.userTables()).containsExactlyInAnyOrder("a", "b", "c");

            TestDirs.write(dir, "1_a.sql", "CREATE TABLE a (id int, name text);\n",
                    "4_d.sql", "CREATE TABLE d (id int);\n");
            StrataProcess.Result refused = InProcess.run("migrate", "apply", "--url", db.url(), "--dir", dirUrl,
                    "--verify-applied");
            assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(1);
            assertThat(refused.stderr()).contains("Error: applied file 1_a.sql was edited after it ran: the hash the"
                    + " revisions table stored differs from atlas.sum's (--verify-applied); nothing was applied");
            assertThat(db.userTables()).doesNotContain("d");

            StrataProcess.Result atlas = InProcess.run("migrate", "apply", "--url", db.url(), "--dir", dirUrl);
            assertThat(atlas.exitCode()).as(atlas.toString()).isZero();
            assertThat(db.userTables()).contains("d");
        }
    }
}
