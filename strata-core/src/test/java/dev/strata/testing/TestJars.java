package dev.strata.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/** Jars written by tests, as a build would pack resources. */
public final class TestJars {

    private TestJars() {
    }

    /**
     * Writes a jar of the given entries (name → bytes), with a directory entry for every folder, as
     * Maven's jar plugin writes them.
     */
    public static Path write(Path jar, Map<String, byte[]> entries) {
        return write(jar, entries, true);
    }

    /** Writes a jar, with or without directory entries (some tools write none). */
    public static Path write(Path jar, Map<String, byte[]> entries, boolean directoryEntries) {
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            if (directoryEntries) {
                TreeSet<String> dirs = new TreeSet<>();
                for (String name : entries.keySet()) {
                    for (int i = name.indexOf('/'); i >= 0; i = name.indexOf('/', i + 1)) {
                        dirs.add(name.substring(0, i + 1));
                    }
                }
                for (String d : dirs) {
                    out.putNextEntry(new JarEntry(d));
                    out.closeEntry();
                }
            }
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new JarEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return jar;
    }

    /** Every file under a folder, as jar entries under {@code prefix} (which ends with {@code /}). */
    public static Map<String, byte[]> entriesOf(Path folder, String prefix) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (var files = Files.walk(folder)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                entries.put(prefix + folder.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }
}
