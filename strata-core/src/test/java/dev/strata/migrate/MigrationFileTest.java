package dev.strata.migrate;

import dev.strata.StrataException;
import dev.strata.testing.Conformance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MigrationFileTest {

    private static MigrationFile file(String name, String content) {
        return new MigrationFile(name, content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void versionAndDescription() {
        assertThat(List.of(file("20220318104614_initial.sql", ""), file("1.sql", ""), file("1.a_sub.up.sql", ""),
                file("2.10.x-20_description.sql", ""), file("1_initial.up.sql", "")))
                .extracting(MigrationFile::version, MigrationFile::description)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("20220318104614", "initial"),
                        org.assertj.core.groups.Tuple.tuple("1", ""),
                        org.assertj.core.groups.Tuple.tuple("1.a", "sub.up"),
                        org.assertj.core.groups.Tuple.tuple("2.10.x-20", "description"),
                        org.assertj.core.groups.Tuple.tuple("1", "initial.up"));
    }

    @Test
    void subDirectoryFilesInOrder() {
        List<MigrationFile> files = LocalDir.open(Conformance.dir("lexer-and-dirs/migrate/sub"), "sub").files();
        assertThat(files).extracting(MigrationFile::name)
                .containsExactly("1.a_sub.up.sql", "2.10.x-20_description.sql", "3_partly.sql");
    }

    @Test
    void namesSortByUtf8BytesNotUtf16() {
        // U+FF5E sorts after U+1F600 in UTF-16 code units but before it in UTF-8 bytes.
        assertThat(Names.compare("1_\uFF5E.sql", "1_\uD83D\uDE00.sql")).isNegative();
        assertThat(Names.compare("10_x.sql", "9_x.sql")).isNegative();
    }

    /** TestLocalFile_Directive from Atlas's dir_test.go. */
    @Test
    void fileDirectives() {
        assertThat(file("1.sql", "-- atlas:lint ignore\nalter table users drop column id;\n").directive("lint"))
                .as("statement directives are ignored").isEmpty();
        assertThat(file("1.sql", "-- atlas:lint ignore\n\nalter table users drop column id;\n\n"
                + "-- atlas:lint DS102\nalter table pets drop column id;\n").directive("lint"))
                .containsExactly("ignore");
        MigrationFile two = file("1.sql", "-- atlas:lint ignore\n-- atlas:txmode none\n\nalter table users;\n");
        assertThat(two.directive("lint")).containsExactly("ignore");
        assertThat(two.directive("txmode")).containsExactly("none");
        assertThat(file("1.sql", "-- atlas:nolint\n\nalter table users drop column id;\n").directive("nolint"))
                .containsExactly("");
        assertThat(file("1.sql", "").directive("lint")).isEmpty();
        assertThat(file("1.sql", "-- atlas:lint ignore").directive("lint")).isEmpty();
        assertThat(file("1.sql", "-- atlas:lint ignore\n\n").directive("lint")).containsExactly("ignore");
        assertThat(file("1.sql", "-- atlas:import foo\n-- atlas:import\n-- atlas:import bar baz\n"
                + "-- atlas:import qux\n-- atlas:import files_\uD83D\uDCC4\n\nalter table users drop column id;\n")
                .directive("import")).containsExactly("foo", "", "bar baz", "qux", "files_\uD83D\uDCC4");
        assertThat(file("1.sql", "-- atlas:import foo\n").directive("import")).containsExactly("foo");
        assertThat(file("1.sql", "-- atlas:txmode none\r\n\r\nSELECT 1;\r\n").directive("txmode"))
                .as("a CRLF blank line separates directives too").containsExactly("none");
    }

    /** TestLocalFile_CheckpointTag. */
    @Test
    void checkpoints() {
        assertThat(file("1.sql", "-- atlas:checkpoint\nSELECT 1;").isCheckpoint()).isFalse();
        assertThat(file("1.sql", "-- atlas:checkpoint tag\n\nSELECT 1;").directive("checkpoint"))
                .containsExactly("tag");
        List<MigrationFile> files = LocalDir.open(Conformance.dir("lexer-and-dirs/partial-checkpoint"), "p").files();
        assertThat(files.stream().filter(MigrationFile::isCheckpoint).map(MigrationFile::version))
                .containsExactly("3", "5");
    }

    /** Directives are read from the header alone where the file is ASCII, from the whole text otherwise: the same answers. */
    @Test
    void checkpointsOfAsciiAndOtherFiles() {
        assertThat(file("1.sql", "-- atlas:checkpoint\n\nSELECT '\u00e9';\n").isCheckpoint()).isTrue();
        assertThat(file("1.sql", "\uFEFF-- atlas:checkpoint\n\nSELECT 1;\n").isCheckpoint()).isTrue();
        assertThat(file("1.sql", "# x\n-- atlas:checkpoint\r\n  \r\nSELECT 1;\n").isCheckpoint()).isTrue();
        assertThat(file("1.sql", "-- atlas:checkpoint\n").isCheckpoint()).isTrue();
        assertThat(file("1.sql", "-- atlas:checkpoint\n-- atlas:txmode none").isCheckpoint()).isFalse();
        assertThat(file("1.sql", "SELECT 1;\n-- atlas:checkpoint\n\n").isCheckpoint()).isFalse();
        MigrationFile bad = new MigrationFile("2_b.sql", new byte[] {'-', '-', ' ', 'x', '\n', '\n', (byte) 0xC3, ';'});
        assertThatThrownBy(bad::isCheckpoint).isInstanceOf(StrataException.class)
                .hasMessage("2_b.sql:3: invalid UTF-8 (byte offset 6); migration files must be UTF-8");
    }

    @Test
    void byteOrderMarkIsNotStatementText() {
        MigrationFile f = new MigrationFile("1.sql", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'S', ';'});
        assertThat(f.text()).isEqualTo("S;");
        assertThat(f.bytes()).hasSize(5);
    }

    @Test
    void invalidUtf8NamesFileAndLine() {
        MigrationFile f = new MigrationFile("3_bad.sql", new byte[] {'a', ';', '\n', 'b', (byte) 0xC3, '(', ';'});
        assertThatThrownBy(f::text).isInstanceOf(StrataException.class)
                .hasMessage("3_bad.sql:2: invalid UTF-8 (byte offset 4); migration files must be UTF-8");
    }

    @Test
    void duplicateVersionsAreRefused() {
        assertThatThrownBy(() -> MigrationDir.requireUniqueVersions(
                List.of(file("1_a.sql", ""), file("1_b.sql", ""), file("2.sql", ""))))
                .hasMessage("duplicate migration version 1: 1_a.sql and 1_b.sql (each file needs its own version)");
    }

    @Test
    void directoryIgnoresSubdirectoriesAndOtherFiles(@TempDir Path tmp) throws Exception {
        Files.createDirectories(tmp.resolve("sub"));
        Files.writeString(tmp.resolve("sub/2_b.sql"), "x");
        Files.writeString(tmp.resolve("1_a.sql"), "x");
        Files.writeString(tmp.resolve("README.md"), "x");
        Files.writeString(tmp.resolve(".hidden.sql"), "x");
        assertThat(LocalDir.open(tmp, "t").files()).extracting(MigrationFile::name)
                .containsExactly(".hidden.sql", "1_a.sql");
    }

    @Test
    void entryNamedLikeAMigrationThatCannotBeReadIsAnError(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("1_a.sql"), "x");
        Files.createDirectories(tmp.resolve("2_nested.sql"));
        assertThatThrownBy(() -> LocalDir.open(tmp, "t").files())
                .hasMessage("cannot read migration file t/2_nested.sql: is a directory");
        Files.delete(tmp.resolve("2_nested.sql"));
        Files.createSymbolicLink(tmp.resolve("2_link.sql"), tmp.resolve("gone.sql"));
        assertThatThrownBy(() -> LocalDir.open(tmp, "t").files())
                .hasMessage("cannot read migration file t/2_link.sql: no such file or directory");
    }

    @Test
    void missingDirectoryIsAUsageError(@TempDir Path tmp) {
        assertThatThrownBy(() -> DirUrl.parse("file://" + tmp.resolve("nope")).open())
                .isInstanceOfSatisfying(StrataException.class, e -> assertThat(e.exitCode()).isEqualTo(2))
                .hasMessageContaining("migration directory not found: " + tmp.resolve("nope"));
    }

    @Test
    void dirUrls() {
        assertThat(DirUrl.parse("file://migrations").path()).isEqualTo(Path.of("migrations"));
        assertThat(DirUrl.parse("file:///abs/dir").path()).isEqualTo(Path.of("/abs/dir"));
        assertThat(DirUrl.parse("file://a/b?format=flyway").format()).isEqualTo("flyway");
        assertThatThrownBy(() -> DirUrl.parse("migrations"))
                .hasMessage("missing scheme for dir url \"migrations\". Did you mean \"file://migrations\"?");
        assertThatThrownBy(() -> DirUrl.parse("s3://bucket/x")).hasMessageContaining("unsupported dir url scheme");
    }
}
