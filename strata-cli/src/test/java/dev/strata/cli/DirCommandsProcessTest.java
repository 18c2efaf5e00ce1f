package dev.strata.cli;

import dev.strata.testing.Conformance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code migrate hash}, {@code validate}, {@code new} and {@code version}, run as processes. */
class DirCommandsProcessTest {

    @TempDir
    Path tmp;

    private StrataProcess strata() {
        return new StrataProcess(tmp);
    }

    private void copy(String vector, String to) throws Exception {
        Path target = Files.createDirectories(tmp.resolve(to));
        try (Stream<Path> files = Files.list(Conformance.dir(vector))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, target.resolve(f.getFileName()));
            }
        }
    }

    @Test
    void hashWritesAtlasSumByteForByte() throws Exception {
        copy("cli/sqlite", "migrations");
        byte[] atlas = Files.readAllBytes(tmp.resolve("migrations/atlas.sum"));
        Files.delete(tmp.resolve("migrations/atlas.sum"));
        StrataProcess.Result r = strata().run("migrate", "hash");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.stdout()).isEmpty();
        assertThat(r.stderr()).isEmpty();
        assertThat(Files.readAllBytes(tmp.resolve("migrations/atlas.sum"))).isEqualTo(atlas);
    }

    @Test
    void validateGoodTamperedAndMissing() throws Exception {
        copy("cli/sqlite", "good");
        StrataProcess.Result good = strata().run("migrate", "validate", "--dir", "file://good");
        assertThat(good.exitCode()).as(good.toString()).isZero();
        assertThat(good.all()).isEmpty();

        copy("cli/sqlite", "bad");
        Files.writeString(tmp.resolve("bad/20220318104615_second.sql"), "ALTER TABLE tbl ADD c int;\n");
        StrataProcess.Result bad = strata().run("migrate", "validate", "--dir", "file://bad");
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.stdout()).isEqualTo("""
                You have a checksum error in your migration directory.

                \tL3: 20220318104615_second.sql was edited

                Please check your migration files and run 'strata migrate hash' to re-hash the contents

                """);
        assertThat(bad.stderr()).isEqualTo(
                "Error: checksum mismatch: 20220318104615_second.sql was edited (bad/atlas.sum line 3)\n");

        Files.delete(tmp.resolve("good/atlas.sum"));
        StrataProcess.Result noSum = strata().run("migrate", "validate", "--dir", "file://good");
        assertThat(noSum.exitCode()).isEqualTo(1);
        assertThat(noSum.stderr()).isEqualTo("Error: checksum file not found: good/atlas.sum\n");

        StrataProcess.Result missing = strata().run("migrate", "validate", "--dir", "file://nowhere");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.stdout()).isEmpty();
        assertThat(missing.stderr()).isEqualTo(
                "Error: migration directory not found: nowhere (--dir file://nowhere)\n");
    }

    @Test
    void validateRefusesDuplicateVersions() throws Exception {
        Files.createDirectories(tmp.resolve("migrations"));
        Files.writeString(tmp.resolve("migrations/1_a.sql"), "SELECT 1;");
        Files.writeString(tmp.resolve("migrations/1_b.sql"), "SELECT 2;");
        assertThat(strata().run("migrate", "hash").exitCode()).isZero();
        StrataProcess.Result r = strata().run("migrate", "validate");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.stderr()).isEqualTo(
                "Error: duplicate migration version 1: 1_a.sql and 1_b.sql (each file needs its own version)\n");
    }

    @Test
    void newCreatesATimestampedFileAndUpdatesTheSum() throws Exception {
        StrataProcess.Result r = strata().run("migrate", "new", "add_users", "--dir", "file://db/migrations");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.stderr()).isEmpty();
        assertThat(r.stdout()).matches("db/migrations/\\d{14}_add_users\\.sql\n");
        assertThat(tmp.resolve(r.stdout().strip())).isRegularFile();
        StrataProcess.Result again = strata().run("migrate", "new", "add_pets", "--dir", "file://db/migrations");
        assertThat(again.stdout()).as(again.toString()).matches("db/migrations/\\d{14}_add_pets\\.sql\n");
        try (Stream<Path> files = Files.list(tmp.resolve("db/migrations"))) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .satisfiesExactly(f -> assertThat(f).matches("\\d{14}_add_users\\.sql"),
                            f -> assertThat(f).matches("\\d{14}_add_pets\\.sql"),
                            f -> assertThat(f).isEqualTo("atlas.sum"));
        }
        assertThat(strata().run("migrate", "validate", "--dir", "file://db/migrations").exitCode()).isZero();

        Files.writeString(tmp.resolve("db/migrations/extra.sql"), "SELECT 1;");
        StrataProcess.Result outOfSync = strata().run("migrate", "new", "x", "--dir", "file://db/migrations");
        assertThat(outOfSync.exitCode()).as("new validates first").isEqualTo(1);
        assertThat(outOfSync.stdout()).startsWith("You have a checksum error");
    }

    @Test
    void versionAndHelp() {
        StrataProcess.Result v = strata().run("version");
        assertThat(v.exitCode()).isZero();
        assertThat(v.stdout()).matches("strata version v\\S+\ncommit [0-9a-f]{12}(-dirty)?, built"
                + " \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\n");
        assertThat(strata().run("--version").stdout()).isEqualTo(v.stdout());
        for (String[] args : new String[][] {{"--help"}, {"migrate", "--help"}, {"migrate", "apply", "--help"},
            {"migrate", "status", "--help"}, {"migrate", "set", "--help"}, {"migrate", "hash", "--help"},
            {"migrate", "validate", "--help"}, {"migrate", "new", "--help"}, {"version", "--help"}}) {
            StrataProcess.Result h = strata().run(args);
            assertThat(h.exitCode()).as(String.join(" ", args)).isZero();
            assertThat(h.stdout()).startsWith("Usage: strata");
        }
    }

    @Test
    void unknownCommandsAndFlagsAreUsageErrors() {
        StrataProcess.Result cmd = strata().run("migrate", "frobnicate");
        assertThat(cmd.exitCode()).isEqualTo(2);
        assertThat(cmd.stderr()).isEqualTo(
                "Error: unknown command \"frobnicate\" for \"strata migrate\" (see 'strata migrate --help')\n");
        StrataProcess.Result flag = strata().run("migrate", "hash", "--frobnicate");
        assertThat(flag.exitCode()).isEqualTo(2);
        assertThat(flag.stderr()).isEqualTo(
                "Error: unknown flag: --frobnicate (see 'strata migrate hash --help')\n");
    }
}
