package dev.strata.migrate;

import dev.strata.testing.Conformance;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every atlas.sum of Atlas's test data regenerates byte for byte, and Atlas's validation vectors. */
class SumFileConformanceTest {

    private static List<Path> sumFiles() throws IOException {
        try (Stream<Path> all = Files.walk(Conformance.dir())) {
            return all.filter(p -> p.getFileName().toString().equals(SumFile.FILE_NAME)).sorted().toList();
        }
    }

    /** Wave 1's fifteen, and the six of wave 2's schema/provider-gorm (atlas-provider-gorm's test data). */
    @Test
    void allTwentyOneSumFilesArePresent() throws IOException {
        assertThat(sumFiles()).hasSize(21);
        assertThat(sumFiles().stream().filter(p -> p.toString().contains("/schema/provider-gorm/"))).hasSize(6);
    }

    @TestFactory
    Stream<DynamicTest> everySumFileRegeneratesByteForByte() throws IOException {
        return sumFiles().stream().map(sum -> DynamicTest.dynamicTest(
                Conformance.dir().relativize(sum.getParent()).toString(), () -> {
                    LocalDir dir = LocalDir.open(sum.getParent(), sum.getParent().toString());
                    assertThat(new String(SumFile.of(dir.files()).toBytes(), StandardCharsets.UTF_8))
                            .isEqualTo(Files.readString(sum));
                    dir.verify();
                }));
    }

    @Test
    void workedExampleFromTheSpec() throws IOException {
        SumFile sum = SumFile.of(LocalDir.open(Conformance.dir("cli/sqlite"), "sqlite").files());
        assertThat(sum.sum()).isEqualTo("GMi7mvWSIHv0I/Wrc2NCGVt9Z5hWZbPa6wL986t7Z2o=");
        assertThat(sum.entries()).extracting(SumFile.Entry::hash).containsExactly(
                "FifWjY2X0g2YVnb18Qm+QBPvoldDOOob7bS0LrFuCXc=", "wbPDlODOQeixCiopAhlT7W4xOO9TgJxzjYjxf4TA2f4=");
        assertThat(sum.toBytes()).hasSize(197);
    }

    @Test
    void hashesByNameAgreeWithHashOf() throws IOException {
        SumFile sum = SumFile.of(LocalDir.open(Conformance.dir("cli/sqlite"), "sqlite").files());
        assertThat(sum.hashesByName()).hasSize(sum.entries().size());
        for (SumFile.Entry e : sum.entries()) {
            assertThat(sum.hashesByName().get(e.name())).isEqualTo(e.hash()).isEqualTo(sum.hashOf(e.name()).get());
        }
        SumFile twice = new SumFile(List.of(new SumFile.Entry("1_a.sql", "first"), new SumFile.Entry("1_a.sql", "second")));
        assertThat(twice.hashesByName()).containsExactly(java.util.Map.entry("1_a.sql", "first"));
        assertThat(twice.hashOf("1_a.sql")).contains("first");
    }

    @Test
    void emptyDirectorySum() {
        assertThat(new String(SumFile.of(List.of()).toBytes(), StandardCharsets.UTF_8))
                .isEqualTo("h1:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n");
    }

    /** The mutations of TestValidate in Atlas's dir_test.go, on testdata/migrate. */
    @Test
    void validateNamesTheChange(@TempDir Path tmp) throws IOException {
        Path source = Conformance.dir("lexer-and-dirs/migrate");
        byte[] sum = Files.readAllBytes(source.resolve(SumFile.FILE_NAME));

        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Files.write(empty.resolve(SumFile.FILE_NAME), sum);
        assertMismatch(empty, 2, "1_initial.down.sql", ChecksumException.Reason.REMOVED);

        Path edited = copy(source, tmp.resolve("edited"));
        Files.writeString(edited.resolve("1_initial.up.sql"), "\nalter table t_sub add column c2 int;",
                java.nio.file.StandardOpenOption.APPEND);
        assertMismatch(edited, 3, "1_initial.up.sql", ChecksumException.Reason.EDITED);

        Path added = copy(source, tmp.resolve("added"));
        Files.writeString(added.resolve("2_second.sql"), "create table t(c int);");
        assertMismatch(added, 4, "2_second.sql", ChecksumException.Reason.ADDED);

        Path renamed = copy(source, tmp.resolve("renamed"));
        Files.move(renamed.resolve("1_initial.up.sql"), renamed.resolve("1_first.up.sql"));
        assertMismatch(renamed, 2, "1_first.up.sql", ChecksumException.Reason.ADDED);
    }

    /** The fixed 3.sql under the broken directory's atlas.sum is a tampered directory. */
    @Test
    void repairedFileWithoutRehashIsDetected(@TempDir Path tmp) throws IOException {
        LocalDir.open(Conformance.dir("checksum-repair/fixed"), "fixed").verify();
        Path tampered = copy(Conformance.dir("checksum-repair/broken"), tmp.resolve("broken"));
        Files.copy(Conformance.dir("checksum-repair/fixed/3.sql"), tampered.resolve("3.sql"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertMismatch(tampered, 4, "3.sql", ChecksumException.Reason.EDITED);
    }

    /** TestHashSum: the atlas:sum directive on the first line, and non-.sql files. */
    @Test
    void sumIgnoreDirective(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("include.sql"), "//atlas:sum\nfoo");
        Files.writeString(tmp.resolve("exclude_1.sql"), "//atlas:sum ignore\nbar");
        Files.writeString(tmp.resolve("exclude_2.sql"), "atlas:sum ignore");
        Files.writeString(tmp.resolve("exclude.txt"), "text");
        SumFile sum = SumFile.of(LocalDir.open(tmp, "d").files());
        assertThat(sum.entries()).extracting(SumFile.Entry::name).containsExactly("include.sql");
    }

    @Test
    void missingMalformedAndHandEditedSumFiles(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("1_a.sql"), "SELECT 1;");
        LocalDir dir = LocalDir.open(tmp, "m");
        assertThatThrownBy(dir::verify).isInstanceOfSatisfying(ChecksumException.class,
                e -> assertThat(e.kind()).isEqualTo(ChecksumException.Kind.NOT_FOUND));

        SumFile good = dir.writeSum();
        Files.writeString(tmp.resolve(SumFile.FILE_NAME), new String(good.toBytes(), StandardCharsets.UTF_8) + "\n");
        assertThatThrownBy(dir::verify).isInstanceOfSatisfying(ChecksumException.class, e -> {
            assertThat(e.kind()).isEqualTo(ChecksumException.Kind.FORMAT_INVALID);
            assertThat(e.getMessage()).isEqualTo("checksum file format invalid: m/atlas.sum line 3");
        });

        String edited = new String(good.toBytes(), StandardCharsets.UTF_8).replace("1_a.sql h1:", "1_a.sql h1:X");
        Files.writeString(tmp.resolve(SumFile.FILE_NAME), edited);
        assertThatThrownBy(dir::verify).isInstanceOfSatisfying(ChecksumException.class, e -> {
            assertThat(e.kind()).isEqualTo(ChecksumException.Kind.MISMATCH);
            assertThat(e.reason()).isNull();
        });

        Files.writeString(tmp.resolve(SumFile.FILE_NAME),
                new String(good.toBytes(), StandardCharsets.UTF_8).replace("\n", "\r\n"));
        dir.verify(); // CRLF sum files are accepted, as in Atlas.
    }

    @Test
    void emptyDirectoryNeedsNoSumFile(@TempDir Path tmp) {
        LocalDir.open(tmp, "e").verify();
    }

    private static void assertMismatch(Path dir, int line, String file, ChecksumException.Reason reason) {
        assertThatThrownBy(() -> LocalDir.open(dir, "d").verify())
                .isInstanceOfSatisfying(ChecksumException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ChecksumException.Kind.MISMATCH);
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.file()).isEqualTo(file);
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.getMessage()).isEqualTo("checksum mismatch: " + file + " was " + reason
                            + " (d/atlas.sum line " + line + ")");
                });
    }

    private static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
        return to;
    }
}
