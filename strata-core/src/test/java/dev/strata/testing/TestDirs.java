package dev.strata.testing;

import dev.strata.migrate.LocalDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Migration directories written by tests. */
public final class TestDirs {

    private TestDirs() {
    }

    /** Writes name/content pairs into the directory and rewrites its atlas.sum. */
    public static Path write(Path dir, String... namesAndContents) {
        try {
            Files.createDirectories(dir);
            for (int i = 0; i < namesAndContents.length; i += 2) {
                Files.write(dir.resolve(namesAndContents[i]), namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rehash(dir);
    }

    /** Rewrites atlas.sum, as {@code migrate hash} does. */
    public static Path rehash(Path dir) {
        LocalDir.open(dir, dir.toString()).writeSum();
        return dir;
    }
}
