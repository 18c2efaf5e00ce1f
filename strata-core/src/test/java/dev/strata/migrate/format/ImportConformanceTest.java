package dev.strata.migrate.format;

import dev.strata.migrate.LocalDir;
import dev.strata.migrate.MigrationFile;
import dev.strata.migrate.SumFile;
import dev.strata.migrate.lex.ScanException;
import dev.strata.migrate.lex.Statement;
import dev.strata.testing.Conformance;
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

/** Atlas's import vectors: each source directory converts to its {@code _gold} directory, byte for byte. */
class ImportConformanceTest {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"flyway", "liquibase", "golang-migrate", "goose", "dbmate"})
    void convertsToGold(String format) throws Exception {
        Path target = tmp.resolve("out");
        ImportResult result = new Importer(SourceFormats.named(format), Conformance.dir("cli/import/" + format), false)
                .run(target, target.toString());
        Path gold = Conformance.dir("cli/import/" + format + "_gold");
        List<String> expected = names(gold);
        List<String> written = new ArrayList<>(names(target));
        written.remove(SumFile.FILE_NAME);
        assertThat(written).containsExactlyElementsOf(expected);
        List<MigrationFile> goldFiles = new ArrayList<>();
        for (String name : expected) {
            byte[] want = Files.readAllBytes(gold.resolve(name));
            assertThat(new String(Files.readAllBytes(target.resolve(name)))).as(name).isEqualTo(new String(want));
            goldFiles.add(new MigrationFile(name, want));
        }
        goldFiles.sort((a, b) -> dev.strata.migrate.Names.compare(a.name(), b.name()));
        assertThat(Files.readAllBytes(target.resolve(SumFile.FILE_NAME))).isEqualTo(SumFile.of(goldFiles).toBytes());
        assertThat(result.imported()).extracting(ImportResult.Imported::target)
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    private static List<String> names(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Atlas's {@code TestChecksum}: the files each format counts, in its order. */
    @Test
    void fileListsAndOrder() {
        assertThat(listed("golang-migrate")).containsExactly("1_initial.up.sql", "2_second_migration.up.sql");
        assertThat(listed("goose")).containsExactly("1_initial.sql", "2_second_migration.sql");
        assertThat(listed("dbmate")).containsExactly("1_initial.sql", "2_second_migration.sql");
        assertThat(listed("liquibase")).containsExactly("1_initial.sql", "2_second_migration.sql");
        assertThat(listed("flyway")).containsExactly("B2__baseline.sql", "V3__third_migration.sql",
                "v3/V3_1__fourth_migration.sql", "R__views.sql");
    }

    /** Atlas's {@code TestScanners}: versions, descriptions and statements (Flyway's {@code 3_1} reads as 3.1). */
    @Test
    void versionsDescriptionsAndStatements() throws ScanException {
        Listing flyway = SourceFormats.named("flyway").list(Conformance.dir("import-formats/flyway"));
        assertThat(flyway.migrations()).extracting(SourceFile::version).containsExactly("2", "3", "3.1", "");
        assertThat(flyway.migrations()).extracting(SourceFile::description)
                .containsExactly("baseline", "third_migration", "fourth_migration", "views");
        assertThat(statements("flyway", 2)).containsExactly("ALTER TABLE tbl_2 ADD col_2 INTEGER NOT NULL;");
        assertThat(statements("flyway", 0)).containsExactly(
                "CREATE TABLE post\n(\n    id    int NOT NULL,\n    title text,\n    body  text,\n"
                        + "    created_at TIMESTAMP NOT NULL\n    PRIMARY KEY (id)\n);",
                "INSERT INTO post (title, created_at) VALUES (\n'This is\nmy multiline\n\nvalue', NOW());");
        List<String> post = List.of("CREATE TABLE post\n(\n    id    int NOT NULL,\n    title text,\n    body  text,\n"
                + "    PRIMARY KEY (id)\n);", "ALTER TABLE post ADD created_at TIMESTAMP NOT NULL;",
                "INSERT INTO post (title) VALUES (\n'This is\nmy multiline\n\nvalue');");
        for (String format : List.of("goose", "dbmate", "liquibase")) {
            Listing l = SourceFormats.named(format).list(Conformance.dir("import-formats/" + format));
            assertThat(l.migrations()).extracting(SourceFile::version).containsExactly("1", "2");
            assertThat(l.migrations()).extracting(SourceFile::description).containsExactly("initial",
                    "second_migration");
            assertThat(statements(format, 0)).as(format).containsExactlyElementsOf(post);
        }
        assertThat(statements("goose", 1)).hasSize(2).first()
                .isEqualTo("ALTER TABLE post ADD updated_at TIMESTAMP NOT NULL;");
        assertThat(statements("goose", 1).get(1)).startsWith("CREATE\nOR REPLACE FUNCTION")
                .endsWith("$$\nlanguage plpgsql;");
        assertThat(statements("dbmate", 1)).containsExactly("CREATE TABLE tbl_2 (col INT);");
        Listing golang = SourceFormats.named("golang-migrate").list(Conformance.dir("import-formats/golang-migrate"));
        assertThat(golang.migrations()).extracting(SourceFile::description).containsExactly("initial",
                "second_migration");
        assertThat(statements("golang-migrate", 0)).containsExactly("CREATE TABLE tbl\n(\n    col INT\n);");
    }

    /** Atlas's semantic-version case: Flyway order, not name order. */
    @Test
    void flywaySemanticVersionOrder() throws Exception {
        for (String v : List.of("V1__", "V1_1_0__", "V1.1.1__", "V2__", "V2.1.0__", "V3__", "V11__", "V11.11.11__")) {
            Files.writeString(tmp.resolve(v + ".sql"), v);
        }
        assertThat(SourceFormats.named("flyway").list(tmp).migrations()).extracting(SourceFile::name).containsExactly(
                "V1__.sql", "V1_1_0__.sql", "V1.1.1__.sql", "V2__.sql", "V2.1.0__.sql", "V3__.sql", "V11__.sql",
                "V11.11.11__.sql");
    }

    private static List<String> listed(String format) {
        return SourceFormats.named(format).list(Conformance.dir("import-formats/" + format)).migrations().stream()
                .map(SourceFile::name).toList();
    }

    private static List<String> statements(String format, int file) throws ScanException {
        SourceFormat f = SourceFormats.named(format);
        SourceFile source = f.list(Conformance.dir("import-formats/" + format)).migrations().get(file);
        return f.upPart(source).statements().stream().map(Statement::text).toList();
    }
}
