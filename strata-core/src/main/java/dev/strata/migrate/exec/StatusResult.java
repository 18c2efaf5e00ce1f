package dev.strata.migrate.exec;

import dev.strata.migrate.MigrationFile;

import java.util.List;
import java.util.Optional;

/**
 * What {@code migrate status} found, with Atlas's fields, as data; {@link dev.strata.report.StatusReport}
 * words it as Atlas does ({@code No migration applied yet}, {@code Already at latest version}).
 *
 * @param available  the files that count (from the last checkpoint on, on a fresh database)
 * @param pending    the files a run would apply
 * @param outOfOrder files added before the last applied one
 * @param applied    the revision rows
 * @param missing    the versions of revision rows that have no file in the directory, oldest first
 *                   (a wrong {@code --dir}, or an older release's directory)
 * @param current    the version of the last revision row; empty when the database has none
 * @param next       the version a run would apply next; empty when nothing is pending or, with files
 *                   out of order, when it is unknown
 * @param count      statements applied of a partially applied last file
 * @param total      statements of that file
 * @param status     {@code OK} or {@code PENDING}
 * @param error      the last error, newlines flattened, or empty
 * @param sql        the statement that failed, newlines flattened, or empty
 */
public record StatusResult(List<MigrationFile> available, List<MigrationFile> pending, List<MigrationFile> outOfOrder,
                           List<Revision> applied, List<String> missing, Optional<String> current,
                           Optional<String> next, int count, int total, String status, String error, String sql) {

    /** Copies the lists: a result does not change. */
    public StatusResult {
        available = List.copyOf(available);
        pending = List.copyOf(pending);
        outOfOrder = List.copyOf(outOfOrder);
        applied = List.copyOf(applied);
        missing = List.copyOf(missing);
    }

    /** Whether the last file is partially applied (and not resolved by hand). */
    public boolean lastPartial() {
        return total > 0;
    }
}
