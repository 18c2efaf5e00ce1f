package dev.strata.migrate.exec;

import dev.strata.StrataException;
import dev.strata.migrate.MigrationFile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        // By version: a directory's versions are unique (MigrationDir refuses duplicates), and a scan
        // of every file for every row is quadratic in a directory of thousands.
        Map<String, MigrationFile> byVersion = new HashMap<>();
        for (MigrationFile f : dir.files()) {
            byVersion.put(f.version(), f);
        }
        Map<String, String> sums = dir.sums().hashesByName();
        for (Revision r : rows) {
            MigrationFile f = byVersion.get(r.version());
            if (f == null || r.hash().isEmpty() || r.applied() < r.total()) {
                continue;
            }
            String now = sums.get(f.name());
            if (now != null && !now.equals(r.hash())) {
                return Optional.of(f.name());
            }
        }
        return Optional.empty();
    }

    /**
     * Refuses a run when an applied file was edited since it ran ({@link #first}).
     *
     * @throws StrataException naming the first such file
     */
    static void refuseEdited(CheckedDir dir, List<Revision> rows) {
        first(dir, rows).ifPresent(name -> {
            throw new StrataException("applied file " + name + " was edited after it ran: the hash the revisions"
                    + " table stored differs from atlas.sum's (--verify-applied); nothing was applied: restore the"
                    + " file as it ran and put the change in a new file, or run without --verify-applied");
        });
    }
}
