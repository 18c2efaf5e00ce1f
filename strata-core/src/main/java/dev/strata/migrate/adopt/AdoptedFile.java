package dev.strata.migrate.adopt;

import java.time.Duration;
import java.time.Instant;

/**
 * A file of the directory that the old tool applied, and the revision {@code adopt} writes for it.
 *
 * @param file          the file name
 * @param version       its version
 * @param description   its description
 * @param source        what the old tool's history calls it ({@code V2}, {@code changeset alice:1}, ...)
 * @param executedAt    when the old tool applied it, or null when its history does not say
 * @param executionTime how long it took, zero when the history does not say
 */
public record AdoptedFile(String file, String version, String description, String source, Instant executedAt,
                          Duration executionTime) {
}
