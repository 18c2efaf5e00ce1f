package dev.strata.migrate;

import dev.strata.UsageException;

import java.nio.file.Path;

/**
 * Opens a migration directory from how a user names it:
 * <ul>
 *   <li>{@code classpath:db/migrations}: a folder on the class path, also inside a jar ({@link ClasspathDir});</li>
 *   <li>{@code file://migrations} (Atlas's {@code --dir}: relative), {@code file:///abs/dir}, {@code file:dir}
 *       or {@code file:/abs/dir}: a folder on disk;</li>
 *   <li>{@code filesystem:dir} (Flyway's spelling): a folder on disk;</li>
 *   <li>anything else: a path on disk.</li>
 * </ul>
 */
public final class MigrationLocation {

    private static final String FILE = "file:";
    private static final String FILESYSTEM = "filesystem:";

    private MigrationLocation() {
    }

    /**
     * Opens an existing migration directory.
     *
     * @param location the location, in one of the forms above
     * @param loader   the class loader a {@code classpath:} location is searched in
     * @throws UsageException when the location is malformed or the directory does not exist
     */
    public static MigrationDir open(String location, ClassLoader loader) {
        String s = location == null ? "" : location.strip();
        if (s.isEmpty()) {
            throw new UsageException("empty migration location (use a folder, file:folder or classpath:folder)");
        }
        if (s.startsWith(ClasspathDir.PREFIX)) {
            return ClasspathDir.open(s.substring(ClasspathDir.PREFIX.length()), loader);
        }
        if (s.startsWith(FILE + "//")) {
            return DirUrl.parse(s).open();
        }
        if (s.startsWith(FILE)) {
            return local(s.substring(FILE.length()), s);
        }
        if (s.startsWith(FILESYSTEM)) {
            return local(s.substring(FILESYSTEM.length()), s);
        }
        if (s.contains("://")) {
            return DirUrl.parse(s).open(); // Refuses the scheme with Atlas's message.
        }
        return local(s, s);
    }

    private static MigrationDir local(String path, String location) {
        if (path.isEmpty()) {
            throw new UsageException("migration location " + location + " names no folder");
        }
        return LocalDir.open(Path.of(path), path);
    }
}
