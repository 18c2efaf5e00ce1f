package dev.strata.migrate.format;

import dev.strata.StrataException;
import dev.strata.UsageException;
import dev.strata.migrate.ChecksumException;
import dev.strata.testing.TestDirs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where Strata's import departs from Atlas's on purpose, and its errors. */
class ImporterTest {

    @TempDir
    Path tmp;

    private Path source(String... namesAndContents) throws IOException {
        Path dir = tmp.resolve("src");
        for (int i = 0; i < namesAndContents.length; i += 2) {
            Path f = dir.resolve(namesAndContents[i]);
            Files.createDirectories(f.getParent());
            Files.writeString(f, namesAndContents[i + 1]);
        }
        return dir;
    }

    private ImportResult importDir(String format, Path source, boolean pad) {
        return new Importer(SourceFormats.named(format), source, pad).run(tmp.resolve("out"), "out");
    }

    private String out(String name) throws IOException {
        return Files.readString(tmp.resolve("out").resolve(name));
    }

    private List<String> outNames() throws IOException {
        try (Stream<Path> s = Files.list(tmp.resolve("out"))) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void gooseKeepsLinesThatOnlyMentionAPragmaWord() throws Exception {
        importDir("goose", source("1_a.sql", "-- +goose Up\nUPDATE t SET s = 'Down';\nSELECT 'StatementEnd';\n"
                + "-- +goose Down\nDROP TABLE t;\n"), false);
        assertThat(out("1_a.sql")).isEqualTo("UPDATE t SET s = 'Down';\nSELECT 'StatementEnd';\n");
    }

    @Test
    void gooseNoTransactionAndMisplacedPragma() throws Exception {
        importDir("goose", source("1_a.sql",
                "-- +goose Up\n-- +goose NO TRANSACTION\nCREATE INDEX CONCURRENTLY i ON t (c);\n"),
                false);
        assertThat(out("1_a.sql")).isEqualTo("-- atlas:txmode none\n\nCREATE INDEX CONCURRENTLY i ON t (c);\n");
        Path bad = source("2_b.sql", "-- +goose Up\nSELECT 1;\n-- +goose StatementEnd\n");
        assertThatThrownBy(() -> SourceFormats.named("goose").upPart(SourceFormats.named("goose").list(bad)
                .migrations().get(1))).hasMessage(
                        "sql/migrate: goose: 2_b.sql:3 unexpected goosePragma 'StatementEnd'");
    }

    @Test
    void dbmateTransactionFalseAndDownInsideAStatement() throws Exception {
        importDir("dbmate", source(
                "1_a.sql", "-- migrate:up transaction:false\nALTER TYPE mood ADD VALUE 'countdown';\n-- migrate:down\n",
                "2_b.sql", "-- migrate:up\nINSERT INTO t VALUES ('down');\n\n-- migrate:down\nDELETE FROM t;\n"),
                false);
        assertThat(out("1_a.sql")).isEqualTo("-- atlas:txmode none\n\nALTER TYPE mood ADD VALUE 'countdown';\n");
        assertThat(out("2_b.sql")).isEqualTo("INSERT INTO t VALUES ('down');\n");
    }

    /** Atlas compares paths with the baseline version: a baseline walked after the files it includes dropped none. */
    @Test
    void flywayBaselineInASubfolderIncludesEarlierVersions() throws Exception {
        ImportResult r = importDir("flyway", source("V1__a.sql", "SELECT 1;", "V2__b.sql", "SELECT 2;",
                "V10__c.sql", "SELECT 10;", "z/B9__base.sql", "SELECT 9;", "z/B10__old.sql", "SELECT 10;",
                "V11__d.sql", "SELECT 11;"), false);
        assertThat(r.imported()).extracting(ImportResult.Imported::source).containsExactly("z/B10__old.sql",
                "V11__d.sql");
        assertThat(r.leftOut()).extracting(LeftOut::name, LeftOut::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("V10__c.sql", "included in the baseline z/B10__old.sql"),
                org.assertj.core.groups.Tuple.tuple("V1__a.sql", "included in the baseline z/B10__old.sql"),
                org.assertj.core.groups.Tuple.tuple("V2__b.sql", "included in the baseline z/B10__old.sql"),
                org.assertj.core.groups.Tuple.tuple("z/B9__base.sql", "older baseline, replaced by z/B10__old.sql"));
    }

    @Test
    void flywayUnderscoreVersionsAndSeveralRepeatables() throws Exception {
        ImportResult r = importDir("flyway", source("V3__a.sql", "SELECT 3;", "v3/V3_1__b.sql", "SELECT 31;",
                "R__views.sql", "SELECT 'v';", "R__procs.sql", "SELECT 'p';"), false);
        assertThat(r.imported()).extracting(ImportResult.Imported::target).containsExactly("3_a.sql", "3.1_b.sql",
                "3.1R1_procs.sql", "3.1R2_views.sql");
        // In name order (Strata's run order) the repeatables and 3.1 come before 3, as in Atlas: said as a warning.
        assertThat(outNames()).containsExactly("3.1R1_procs.sql", "3.1R2_views.sql", "3.1_b.sql", "3_a.sql",
                "atlas.sum");
        assertThat(r.warnings().get(0)).startsWith("Strata runs files in name order: 3.1_b.sql (v3/V3_1__b.sql)"
                + " sorts before 3_a.sql (V3__a.sql)");
    }

    @Test
    void padVersionsKeepsTheToolsOrder() throws Exception {
        ImportResult r = importDir("flyway", source("V2__b.sql", "SELECT 2;", "V10__c.sql", "SELECT 10;",
                "V2_1__d.sql", "SELECT 21;", "R__views.sql", "SELECT 'v';"), true);
        assertThat(r.imported()).extracting(ImportResult.Imported::target).containsExactly(
                "00000000000002.0_b.sql", "00000000000002.1_d.sql", "00000000000010.0_c.sql",
                "00000000000010.0r_views.sql");
        assertThat(r.warnings()).isEmpty();
        assertThat(outNames()).containsExactly("00000000000002.0_b.sql", "00000000000002.1_d.sql",
                "00000000000010.0_c.sql", "00000000000010.0r_views.sql", "atlas.sum");
    }

    @Test
    void warnsWhenNameOrderDiffersFromTheTools() throws Exception {
        ImportResult r = importDir("flyway", source("V2__b.sql", "SELECT 2;", "V10__c.sql", "SELECT 10;"), false);
        assertThat(r.warnings()).hasSize(2);
        assertThat(r.warnings().get(0)).isEqualTo("Strata runs files in name order: 10_c.sql (V10__c.sql) sorts before"
                + " 2_b.sql (V2__b.sql), which flyway runs first");
        assertThat(r.warnings().get(1)).startsWith("import again with --pad-versions");
    }

    @Test
    void liquibaseRunInTransactionFalse() throws Exception {
        importDir("liquibase", source("1_a.sql", "--liquibase formatted sql\n\n--changeset a:1 runInTransaction:false\n"
                + "VACUUM;\n"), false);
        assertThat(out("1_a.sql"))
                .isEqualTo("-- atlas:txmode none\n\n--changeset a:1 runInTransaction:false\nVACUUM;\n");
    }

    @Test
    void errors() throws Exception {
        Path src = source("1_a.up.sql", "SELECT 1;", "1_b.up.sql", "SELECT 2;");
        assertThatThrownBy(() -> importDir("golang-migrate", src, false)).isInstanceOf(StrataException.class)
                .hasMessage("golang-migrate: 1_a.up.sql and 1_b.up.sql both import as version 1 (each file needs its"
                        + " own version)");
        TestDirs.write(tmp.resolve("out"), "1_x.sql", "SELECT 1;");
        assertThatThrownBy(() -> importDir("dbmate", src, false)).isInstanceOf(UsageException.class)
                .hasMessage("target migration directory must be empty");
        assertThatThrownBy(() -> SourceFormats.named("atlas")).isInstanceOf(UsageException.class)
                .hasMessage("cannot import a migration directory already in \"atlas\" format");
        assertThatThrownBy(() -> SourceFormats.named("sqitch")).hasMessageStartingWith("unknown dir format \"sqitch\"");
        assertThatThrownBy(() -> new Importer(SourceFormats.named("goose"), tmp.resolve("nope"), false).check())
                .isInstanceOf(UsageException.class).hasMessageContaining("migration directory not found");
    }

    @Test
    void emptySourceImportsNothingAndATamperedSumIsRefused() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        assertThat(new Importer(SourceFormats.named("goose"), empty, false).run(tmp.resolve("out"), "out").imported())
                .isEmpty();
        Path src = source("1_a.sql", "-- +goose Up\nSELECT 1;\n");
        Files.writeString(src.resolve("atlas.sum"), "h1:wrong=\n1_a.sql h1:wrong=\n");
        assertThatThrownBy(() -> new Importer(SourceFormats.named("goose"), src, false).check())
                .isInstanceOf(ChecksumException.class);
    }
}
