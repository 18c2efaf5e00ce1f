package dev.strata.lint;

import dev.strata.migrate.LocalDir;
import dev.strata.migrate.MigrationFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which files are new: {@code --latest N}, and {@code --git-base} in a real git repository with a branch. */
class SelectionTest {

    @TempDir
    Path repo;

    @Test
    void latestCountsFromTheEnd() {
        List<MigrationFile> files = List.of(file("1.sql"), file("2.sql"), file("3.sql"));
        assertThat(Selection.latest(files, 1)).isEqualTo(2);
        assertThat(Selection.latest(files, 3)).isZero();
        assertThat(Selection.latest(files, 9)).isZero();
        assertThat(Selection.latest(files, -1)).isZero();
    }

    @Test
    void gitBaseMakesTheFilesAddedOnTheBranchNew() throws Exception {
        Path dir = Files.createDirectories(repo.resolve("db/migrations"));
        git("init", "-q", "-b", "main");
        git("config", "user.email", "t@example.com");
        git("config", "user.name", "t");
        Files.writeString(dir.resolve("1_init.sql"), "CREATE TABLE t (id int);\n");
        Files.writeString(dir.resolve("2_more.sql"), "CREATE TABLE u (id int);\n");
        git("add", ".");
        git("commit", "-q", "-m", "base");
        git("checkout", "-q", "-b", "feature");
        Files.writeString(dir.resolve("3_drop.sql"), "DROP TABLE u;\n");
        Files.writeString(dir.resolve("4_add.sql"), "ALTER TABLE t ADD COLUMN x int;\n");
        Files.writeString(dir.resolve("1_init.sql"), "CREATE TABLE t (id int); -- edited\n");
        git("add", ".");
        git("commit", "-q", "-m", "feature");

        List<MigrationFile> files = LocalDir.open(dir, dir.toString()).files();
        assertThat(Selection.gitBase(files, dir, repo, "main")).isEqualTo(2);
        assertThat(Selection.gitBase(files, dir, repo, "feature")).isEqualTo(4);
        assertThatThrownBy(() -> Selection.gitBase(files, dir, repo, "no-such-branch"))
                .hasMessageStartingWith("git diff: ");
    }

    private void git(String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of("git", "-C", repo.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
    }

    private static MigrationFile file(String name) {
        return new MigrationFile(name, new byte[0]);
    }
}
