package dev.strata.migrate.exec;

import dev.strata.migrate.MigrationFile;

import java.util.List;

/**
 * What {@code migrate status} found, with Atlas's fields.
 *
 * @param available  the files that count (from the last checkpoint on, on a fresh database)
 * @param pending    the files a run would apply
 * @param outOfOrder files added before the last applied one
 * @param applied    the revision rows
 * @param current    the current version, or {@code No migration applied yet}
 * @param next       the next version, {@code Already at latest version}, or empty when unknown
 * @param count      statements applied of a partially applied last file
 * @param total      statements of that file
 * @param status     {@code OK} or {@code PENDING}
 * @param error      the last error, newlines flattened, or empty
 * @param sql        the statement that failed, newlines flattened, or empty
 */
public record StatusResult(List<MigrationFile> available, List<MigrationFile> pending, List<MigrationFile> outOfOrder,
                           List<Revision> applied, String current, String next, int count, int total, String status,
                           String error, String sql) {

    /** Copies the lists: a result does not change. */
    public StatusResult {
        available = List.copyOf(available);
        pending = List.copyOf(pending);
        outOfOrder = List.copyOf(outOfOrder);
        applied = List.copyOf(applied);
    }

    /** Whether the last file is partially applied (and not resolved by hand). */
    public boolean lastPartial() {
        return total > 0;
    }
}
