package dev.strata.devdb.embedded;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TarXzTest {

    /** The PostgreSQL archive unpacks exactly as GNU tar unpacks it: paths, links, modes, bytes. */
    @Test
    void unpacksTheBinariesAsGnuTarDoes(@TempDir Path tmp) throws Exception {
        PostgresBinaries binaries = PostgresBinaries.find("");
        Path txz = tmp.resolve("pg.txz");
        try (InputStream in = binaries.archive().openStream()) {
            Files.copy(in, txz);
        }
        Path ours = Files.createDirectory(tmp.resolve("ours"));
        Path gnu = Files.createDirectory(tmp.resolve("gnu"));
        try (InputStream in = Files.newInputStream(txz)) {
            TarXz.extract(in, ours, name -> true);
        }
        Process tar = new ProcessBuilder("tar", "-xJf", txz.toString(), "-C", gnu.toString()).inheritIO().start();
        Assumptions.assumeTrue(tar.waitFor() == 0, "GNU tar with xz is needed for the comparison");
        Map<String, String> expected = describe(gnu);
        assertThat(expected).hasSizeGreaterThan(1000).containsKey("bin/postgres");
        assertThat(describe(ours)).isEqualTo(expected);
    }

    @Test
    void refusesEntriesOutsideTheTarget(@TempDir Path tmp) throws Exception {
        Path evil = tmp.resolve("evil");
        Files.createDirectories(evil.resolve("a"));
        Files.writeString(evil.resolve("a/x"), "x");
        Path txz = tmp.resolve("evil.txz");
        Process tar = new ProcessBuilder("tar", "-cJf", txz.toString(), "-C", evil.resolve("a").toString(),
                "--transform=s,^,../,", "x").inheritIO().start();
        Assumptions.assumeTrue(tar.waitFor() == 0, "GNU tar with xz is needed to make the archive");
        Path dest = Files.createDirectory(tmp.resolve("dest"));
        try (InputStream in = Files.newInputStream(txz)) {
            assertThatThrownBy(() -> TarXz.extract(in, dest, name -> true)).isInstanceOf(IOException.class)
                    .hasMessageContaining("outside");
        }
        assertThatThrownBy(() -> TarXz.extract(new ByteArrayInputStream(new byte[] {1, 2, 3}), dest, n -> true))
                .isInstanceOf(IOException.class);
    }

    /** Each path: a link's target, or a file's mode and size and a digest of its bytes. */
    private static Map<String, String> describe(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                String key = root.relativize(p).toString();
                if (Files.isSymbolicLink(p)) {
                    out.put(key, "-> " + Files.readSymbolicLink(p));
                } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    out.put(key, Files.getPosixFilePermissions(p) + " " + java.util.Arrays.hashCode(Files.readAllBytes(p)));
                } else {
                    out.put(key, "dir");
                }
            }
        }
        return out;
    }
}
