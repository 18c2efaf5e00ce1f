package dev.strata.migrate.exec;

import dev.strata.migrate.MigrationFile;

import java.util.List;
import java.util.Optional;

/**
 * Applied files edited (and re-hashed) since they ran: the hash the revisions table stored when the
 * file was applied differs from the file's hash in atlas.sum now. Atlas does not look; Flyway's
 * validate does, and its users expect the check.
 */
public final class EditedFiles {

    private EditedFiles() {
    }

    /**
     * The first completely applied file whose stored hash differs from atlas.sum's. Only the first:
     * atlas.sum's hashes chain (each covers the files before it), so every later file differs too,
     * whether or not it was edited.
     */
    public static Optional<String> first(CheckedDir dir, List<Revision> rows) {
        for (Revision r : rows) {
            if (r.hash().isEmpty() || r.applied() < r.total()) {
                continue;
            }
            for (MigrationFile f : dir.files()) {
                if (f.version().equals(r.version())) {
                    Optional<String> now = dir.sums().hashOf(f.name());
                    if (now.isPresent() && !now.get().equals(r.hash())) {
                        return Optional.of(f.name());
                    }
                }
            }
        }
        return Optional.empty();
    }
}
