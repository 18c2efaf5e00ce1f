package dev.strata.cli;

import dev.strata.migrate.MigrationFile;
import dev.strata.migrate.Names;
import dev.strata.migrate.SumFile;
import dev.strata.testing.Conformance;
import dev.strata.testing.TestDirs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code migrate import} as a process: Atlas's vectors byte for byte, its errors, and adopt's usage errors. */
class ImportProcessTest {

    @TempDir
    Path tmp;

    private StrataProcess.Result strata(String... args) {
        return new StrataProcess(tmp).run(args);
    }

    @ParameterizedTest
    @ValueSource(strings = {"flyway", "liquibase", "golang-migrate", "goose", "dbmate"})
    void atlasVectorsConvertByteForByte(String format) throws Exception {
        StrataProcess.Result r = strata("migrate", "import", "--from",
                "file://" + Conformance.dir("cli/import/" + format),
                "--dir-format", format, "--to", "file://out");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.stdout()).startsWith("Imported ").endsWith("Wrote out/atlas.sum.\n");
        Path gold = Conformance.dir("cli/import/" + format + "_gold");
        List<MigrationFile> expected = new ArrayList<>();
        try (Stream<Path> files = Files.list(gold)) {
            for (Path f : files.toList()) {
                expected.add(new MigrationFile(f.getFileName().toString(), Files.readAllBytes(f)));
            }
        }
        expected.sort((a, b) -> Names.compare(a.name(), b.name()));
        List<String> written;
        try (Stream<Path> files = Files.list(tmp.resolve("out"))) {
            written = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        List<String> names = new ArrayList<>(expected.stream().map(MigrationFile::name).toList());
        names.add(SumFile.FILE_NAME);
        assertThat(written).containsExactlyInAnyOrderElementsOf(names);
        for (MigrationFile f : expected) {
            assertThat(Files.readAllBytes(tmp.resolve("out").resolve(f.name()))).as(f.name()).isEqualTo(f.bytes());
        }
        assertThat(Files.readAllBytes(tmp.resolve("out/atlas.sum"))).isEqualTo(SumFile.of(expected).toBytes());
        StrataProcess.Result validate = strata("migrate", "validate", "--dir", "file://out");
        assertThat(validate.exitCode()).as(validate.toString()).isZero();
    }

    @Test
    void atlasErrorsAndNothingToImport() throws Exception {
        Path src = TestDirs.write(tmp.resolve("src"), "1_a.sql", "-- migrate:up\nSELECT 1;\n");
        StrataProcess.Result atlas = strata("migrate", "import", "--from", "file://src", "--to", "file://out");
        assertThat(atlas.exitCode()).isEqualTo(2);
        assertThat(atlas.stderr())
                .isEqualTo("Error: cannot import a migration directory already in \"atlas\" format\n");

        TestDirs.write(tmp.resolve("out"), "1_x.sql", "SELECT 1;");
        StrataProcess.Result notEmpty = strata("migrate", "import", "--from", "file://src?format=dbmate", "--to",
                "file://out");
        assertThat(notEmpty.exitCode()).isEqualTo(2);
        assertThat(notEmpty.stderr()).isEqualTo("Error: target migration directory must be empty\n");

        Files.createDirectories(tmp.resolve("empty"));
        StrataProcess.Result nothing = strata("migrate", "import", "--from", "file://empty?format=goose", "--to",
                "file://fresh");
        assertThat(nothing.exitCode()).isZero();
        assertThat(nothing.stdout()).isEqualTo("nothing to import");
        assertThat(src).exists();
    }

    @Test
    void adoptUsageErrors() {
        StrataProcess.Result missing = strata("migrate", "adopt", "--url", "sqlite://x.db");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.stderr()).isEqualTo("Error: missing required option: '--from=TOOL' (see 'strata migrate"
                + " adopt --help')\n");
        StrataProcess.Result unknown = strata("migrate", "adopt", "--url", "sqlite://x.db", "--from", "sqitch");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.stderr()).isEqualTo("Error: unknown tool \"sqitch\" for --from (supported: flyway,"
                + " liquibase, golang-migrate, goose, dbmate)\n");
        assertThat(tmp.resolve("x.db")).doesNotExist();
    }
}
