package dev.strata.migrate;

import dev.strata.Strata;
import dev.strata.UsageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code migrate rebase}: merged files moved after the latest, atlas.sum written again. */
class RebaseTest {

    @TempDir
    Path tmp;

    @Test
    void mergedFilesMoveAfterTheLatestInTheirOrderAndTheSumIsRewritten() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("migrations"));
        Files.writeString(dir.resolve("20240101000000_main.sql"), "CREATE TABLE a (id int);\n");
        Files.writeString(dir.resolve("20240105000000_main2.sql"), "CREATE TABLE b (id int);\n");
        Strata.builder().dir(dir).build().hash();
        // A branch's files, made before main's second file, arrive with a merge; atlas.sum is in conflict.
        Files.writeString(dir.resolve("20240102000000_branch.sql"), "CREATE TABLE c (id int);\n");
        Files.writeString(dir.resolve("20240103000000.sql"), "CREATE TABLE d (id int);\n");
        Files.writeString(dir.resolve("atlas.sum"), "<<<<<<< HEAD\nconflict\n");

        Map<String, String> renamed = Rebase.rebase(LocalDir.open(dir, "file://migrations"),
                List.of("20240103000000", "20240102000000"), Instant.parse("2024-02-01T10:00:00Z"));

        assertThat(renamed).containsExactly(Map.entry("20240102000000_branch.sql", "20240201100000_branch.sql"),
                Map.entry("20240103000000.sql", "20240201100001.sql"));
        assertThat(LocalDir.open(dir, "d").files()).extracting(MigrationFile::name).containsExactly(
                "20240101000000_main.sql", "20240105000000_main2.sql", "20240201100000_branch.sql",
                "20240201100001.sql");
        Strata.builder().dir(dir).build().validate();
        assertThat(Files.readString(dir.resolve("20240201100000_branch.sql"))).isEqualTo("CREATE TABLE c (id int);\n");
    }

    @Test
    void versionsThatAreNotTimesGetTheNextNumber() {
        assertThat(Rebase.after("0042", Instant.parse("2024-02-01T10:00:00Z"))).isEqualTo("20240201100000");
        assertThat(Rebase.after("30000101000000", Instant.parse("2024-02-01T10:00:00Z"))).isEqualTo("30000101000001");
        assertThatThrownBy(() -> Rebase.after("99999999999999", Instant.parse("2024-02-01T10:00:00Z")))
                .isInstanceOf(UsageException.class);
    }

    @Test
    void anUnknownVersionIsRefusedAndNothingMoves() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("m"));
        Files.writeString(dir.resolve("1_a.sql"), "SELECT 1;\n");
        assertThatThrownBy(() -> Rebase.rebase(LocalDir.open(dir, "file://m"), List.of("7"), Instant.now()))
                .isInstanceOf(UsageException.class)
                .hasMessage("migrate rebase: migration with version \"7\" not found in file://m");
        assertThat(dir.resolve("1_a.sql")).exists();
    }
}
