package dev.strata.devdb.embedded;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Where unpacked binaries and initialised data directories are kept between runs, so that a start
 * only copies a data directory: {@code STRATA_CACHE_DIR}, else {@code $XDG_CACHE_HOME/strata} or
 * {@code ~/.cache/strata}; as root {@code /var/cache/strata}, because the server then runs as
 * {@code nobody} (see {@link RunAs}), which must be able to reach the binaries.
 */
final class Cache {

    private final Path dir;

    Cache(Path dir) {
        this.dir = dir;
    }

    static Cache of(RunAs runAs) {
        String configured = System.getenv("STRATA_CACHE_DIR");
        if (configured != null && !configured.isBlank()) {
            return new Cache(Path.of(configured).toAbsolutePath());
        }
        if (runAs.dropsRoot()) {
            return new Cache(Path.of("/var/cache/strata"));
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && xdg.startsWith("/") ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return new Cache(base.resolve("strata"));
    }

    Path dir() {
        return dir;
    }

    /** Makes the contents of a directory: given an empty directory to fill. */
    interface Maker {
        void make(Path into) throws IOException;
    }

    /**
     * The cache entry {@code name}, made by {@code maker} on first use. It is made in a temporary
     * sibling and renamed into place, so that a process killed half-way or a concurrent one never
     * leaves or sees a partial entry.
     */
    Path entry(String name, Maker maker) throws IOException {
        Path target = dir.resolve(name);
        if (Files.isDirectory(target)) {
            return target;
        }
        Files.createDirectories(dir);
        Path tmp = Files.createTempDirectory(dir, "." + name + ".",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        try {
            maker.make(tmp);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException raced) {
            // Another process made it first: theirs is as good as ours.
        } finally {
            Trees.delete(tmp);
        }
        return target;
    }
}
