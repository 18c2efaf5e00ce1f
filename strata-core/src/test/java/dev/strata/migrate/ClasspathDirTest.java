package dev.strata.migrate;

import dev.strata.UsageException;
import dev.strata.testing.TestDirs;
import dev.strata.testing.TestJars;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Migration directories on the class path, and the location forms that name a directory. */
class ClasspathDirTest {

    @TempDir
    Path tmp;

    /** Names out of byte order, a byte-order mark and CRLF line ends: the bytes the checksum covers. */
    private Map<String, byte[]> tricky() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("2_\u00e9t\u00e9.sql", "CREATE TABLE summer (id int);\r\n".getBytes(StandardCharsets.UTF_8));
        files.put("2_zoo.sql", "\uFEFFCREATE TABLE zoo (id int);\n".getBytes(StandardCharsets.UTF_8));
        files.put("10_b.sql", "CREATE TABLE b (id int);".getBytes(StandardCharsets.UTF_8));
        files.put("1_a.sql", "CREATE TABLE a (id int);\n".getBytes(StandardCharsets.UTF_8));
        return files;
    }

    /** The same files on disk, hashed as {@code migrate hash} does: the reference. */
    private LocalDir onDisk(Map<String, byte[]> files) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("source"));
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Files.write(dir.resolve(f.getKey()), f.getValue());
        }
        TestDirs.rehash(dir);
        return LocalDir.open(dir, dir.toString());
    }

    private void assertSameAs(MigrationDir dir, LocalDir reference) {
        List<MigrationFile> files = dir.files();
        assertThat(files).extracting(MigrationFile::name)
                .containsExactly("10_b.sql", "1_a.sql", "2_zoo.sql", "2_\u00e9t\u00e9.sql");
        List<MigrationFile> expected = reference.files();
        for (int i = 0; i < files.size(); i++) {
            assertThat(files.get(i).bytes()).as(files.get(i).name()).isEqualTo(expected.get(i).bytes());
        }
        assertThat(dir.sumFile()).hasValueSatisfying(s -> assertThat(s).isEqualTo(reference.sumFile().orElseThrow()));
        assertThat(dir.verify().sum()).isEqualTo(reference.verify().sum());
    }

    @Test
    void readsAJarInByteOrderWithTheExactBytes() throws Exception {
        LocalDir reference = onDisk(tricky());
        Map<String, byte[]> entries = TestJars.entriesOf(reference.path(), "db/migrations/");
        entries.put("db/migrations/nested/3_ignored.sql", "nope".getBytes(StandardCharsets.UTF_8));
        entries.put("db/migrations-old/4_ignored.sql", "nope".getBytes(StandardCharsets.UTF_8));
        entries.put("db/readme.txt", "nope".getBytes(StandardCharsets.UTF_8));
        Path jar = TestJars.write(tmp.resolve("app.jar"), entries);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            ClasspathDir dir = ClasspathDir.open("/db/migrations/", loader);
            assertThat(dir.location()).isEqualTo("classpath:db/migrations");
            assertThat(dir.url()).startsWith("jar:file:").endsWith("app.jar!/db/migrations");
            assertSameAs(dir, reference);
        }
    }

    @Test
    void findsTheFolderThroughItsSumInAJarWithoutDirectoryEntries() throws Exception {
        LocalDir reference = onDisk(tricky());
        Path jar = TestJars.write(tmp.resolve("flat.jar"), TestJars.entriesOf(reference.path(), "db/migrations/"), false);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertSameAs(ClasspathDir.open("db/migrations", loader), reference);
        }
    }

    @Test
    void readsAFolderOfClasses() throws Exception {
        LocalDir reference = onDisk(tricky());
        Path classes = tmp.resolve("classes");
        for (Map.Entry<String, byte[]> e : TestJars.entriesOf(reference.path(), "db/migrations/").entrySet()) {
            Path p = classes.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.write(p, e.getValue());
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
            ClasspathDir dir = ClasspathDir.open("db/migrations", loader);
            assertThat(dir.url()).startsWith("file:");
            assertSameAs(dir, reference);
        }
    }

    @Test
    void aMissingFolderIsAUsageError() throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[0], null)) {
            assertThatThrownBy(() -> ClasspathDir.open("db/nowhere", loader)).isInstanceOf(UsageException.class)
                    .hasMessage("migration directory not found: classpath:db/nowhere (no such folder on the class path)");
            assertThatThrownBy(() -> ClasspathDir.open("/", loader)).isInstanceOf(UsageException.class)
                    .hasMessage("classpath location classpath:/ names no folder");
        }
    }

    @Test
    void aFolderInTwoPlacesIsRefused() throws Exception {
        Map<String, byte[]> entries = Map.of("db/migrations/atlas.sum", new byte[0]);
        Path one = TestJars.write(tmp.resolve("one.jar"), entries);
        Path two = TestJars.write(tmp.resolve("two.jar"), entries);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {one.toUri().toURL(), two.toUri().toURL()}, null)) {
            assertThatThrownBy(() -> ClasspathDir.open("db/migrations", loader)).isInstanceOf(UsageException.class)
                    .hasMessageStartingWith("migration directory classpath:db/migrations is in more than one place on"
                            + " the class path: jar:file:")
                    .hasMessageEndingWith("(one atlas.sum must cover the whole directory)");
        }
    }

    @Test
    void locationsNameFoldersOnDiskOrOnTheClassPath() throws Exception {
        Path dir = TestDirs.write(tmp.resolve("migrations"), "1_a.sql", "CREATE TABLE a (id int);\n");
        ClassLoader loader = getClass().getClassLoader();
        for (String location : List.of(dir.toString(), "file:" + dir, "file://" + dir, "filesystem:" + dir)) {
            MigrationDir opened = MigrationLocation.open(location, loader);
            assertThat(opened).as(location).isInstanceOf(LocalDir.class);
            assertThat(((LocalDir) opened).path()).as(location).isEqualTo(dir);
        }
        assertThat(MigrationLocation.open("classpath:strata-test/migrations", loader).files())
                .extracting(MigrationFile::name).containsExactly("1_users.sql", "2_pets.sql");
        assertThatThrownBy(() -> MigrationLocation.open(" ", loader)).isInstanceOf(UsageException.class)
                .hasMessage("empty migration location (use a folder, file:folder or classpath:folder)");
        assertThatThrownBy(() -> MigrationLocation.open("s3://bucket/migrations", loader))
                .isInstanceOf(UsageException.class).hasMessageStartingWith("unsupported dir url scheme \"s3\"");
        assertThatThrownBy(() -> MigrationLocation.open(tmp.resolve("none").toString(), loader))
                .isInstanceOf(UsageException.class).hasMessage("migration directory not found: " + tmp.resolve("none"));
    }
}
