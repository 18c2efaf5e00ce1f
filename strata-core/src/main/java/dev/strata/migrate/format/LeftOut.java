package dev.strata.migrate.format;

/**
 * A file of the source directory that the import does not carry over.
 *
 * @param name   the path relative to the directory
 * @param reason why, in a few words the report shows after the name
 */
public record LeftOut(String name, String reason) {
}
