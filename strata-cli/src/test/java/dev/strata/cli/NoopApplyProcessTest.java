package dev.strata.cli;

import dev.strata.testing.TestDirs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A no-op {@code migrate apply} does less per file than it did (issue 19: the directive header is
 * decoded instead of the whole file, atlas.sum's entries are compared before any sum is hashed),
 * and still refuses what it refused, with the same words: an applied file edited since the last
 * hash, a tampered atlas.sum, an applied file re-hashed with content that is not UTF-8.
 */
class NoopApplyProcessTest {

    @TempDir
    Path tmp;

    @Test
    void noopStillChecksEveryFile() throws Exception {
        // A directive header, a byte-order mark with non-ASCII text, comments without a blank line, plain SQL.
        Path dir = TestDirs.write(tmp.resolve("migrations"),
                "1_a.sql", "-- atlas:txmode none\n\nCREATE TABLE a (id int);\n",
                "2_b.sql", "\uFEFFCREATE TABLE b (name text DEFAULT '\u00e9');\n",
                "3_c.sql", "-- a comment\n-- another\nCREATE TABLE c (id int);\n",
                "4_d.sql", "CREATE TABLE d (id int);\n");
        StrataProcess strata = new StrataProcess(tmp);
        StrataProcess.Result first = strata.run("migrate", "apply", "--url", "sqlite://app.db");
        assertThat(first.exitCode()).as(first.toString()).isZero();

        assertThat(strata.run("migrate", "apply", "--url", "sqlite://app.db"))
                .isEqualTo(new StrataProcess.Result(0, "No migration files to execute\n", ""));

        byte[] b = Files.readAllBytes(dir.resolve("2_b.sql"));
        Files.writeString(dir.resolve("2_b.sql"), "CREATE TABLE b (name text);\n");
        assertThat(strata.run("migrate", "apply", "--url", "sqlite://app.db")).isEqualTo(new StrataProcess.Result(1,
                "You have a checksum error in your migration directory.\n\n\tL3: 2_b.sql was edited\n\n"
                        + "Please check your migration files and run 'strata migrate hash' to re-hash the contents\n\n",
                "Error: checksum mismatch: 2_b.sql was edited (migrations/atlas.sum line 3)\n"));

        Files.write(dir.resolve("2_b.sql"), b);
        Path sum = dir.resolve("atlas.sum");
        String good = Files.readString(sum);
        Files.writeString(sum, good.replace("1_a.sql h1:", "1_a.sql h1:X"));
        assertThat(strata.run("migrate", "apply", "--url", "sqlite://app.db")).isEqualTo(new StrataProcess.Result(1,
                "You have a checksum error in your migration directory.\n"
                        + "Please check your migration files and run 'strata migrate hash' to re-hash the contents\n\n",
                "Error: checksum mismatch: migrations/atlas.sum line 1\n"));

        Files.writeString(sum, good);
        assertThat(strata.run("migrate", "apply", "--url", "sqlite://app.db"))
                .isEqualTo(new StrataProcess.Result(0, "No migration files to execute\n", ""));

        Files.write(dir.resolve("2_b.sql"), "CREATE TABLE b (name text DEFAULT '\u00e9');\n"
                .replace("\u00e9", "\u00c3").getBytes(StandardCharsets.ISO_8859_1));
        TestDirs.rehash(dir);
        String notUtf8 = "Error: 2_b.sql:1: invalid UTF-8 (byte offset 35); migration files must be UTF-8\n";
        assertThat(strata.run("migrate", "apply", "--url", "sqlite://app.db"))
                .isEqualTo(new StrataProcess.Result(1, "", notUtf8));
        assertThat(strata.run("migrate", "status", "--url", "sqlite://app.db"))
                .isEqualTo(new StrataProcess.Result(1, "", notUtf8));
    }
}
