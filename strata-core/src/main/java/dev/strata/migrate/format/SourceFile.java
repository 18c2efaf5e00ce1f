package dev.strata.migrate.format;

/**
 * One migration of another tool's directory, as the import reads it.
 *
 * @param name        the path relative to the directory, with {@code /} separators; the name
 *                    {@code atlas.sum} gives the file when the directory is run in place
 * @param bytes       the raw content
 * @param version     the version the import writes, before repeatables are numbered and versions padded;
 *                    empty for a Flyway repeatable migration
 * @param description the description the import writes
 * @param kind        what the tool does with the file
 */
public record SourceFile(String name, byte[] bytes, String version, String description, Kind kind) {

    /** What the tool does with a migration. */
    public enum Kind {
        /** Runs once, in version order. */
        VERSIONED,
        /** A Flyway baseline migration ({@code B}): replaces the versioned migrations up to its version. */
        BASELINE,
        /** A Flyway repeatable migration ({@code R}): runs again whenever it changes. */
        REPEATABLE
    }

    public SourceFile {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The file name without its folders. */
    public String baseName() {
        return name.substring(name.lastIndexOf('/') + 1);
    }
}
