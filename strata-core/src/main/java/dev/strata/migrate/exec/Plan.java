package dev.strata.migrate.exec;

import dev.strata.migrate.MigrationFile;

import java.util.List;

/**
 * The files a run would apply, in order.
 *
 * @param pending    the files to run
 * @param baseline   the baseline row to write first, or null
 * @param outOfOrder files older than the last applied one that never ran (only with {@code linear-skip}
 *                   are they left out of {@code pending} without an error)
 */
public record Plan(List<MigrationFile> pending, Revision baseline, List<MigrationFile> outOfOrder) {

    public Plan {
        pending = List.copyOf(pending);
        outOfOrder = List.copyOf(outOfOrder);
    }
}
