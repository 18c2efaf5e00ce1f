package dev.strata.down;

import dev.strata.declare.SchemaDiff;
import dev.strata.dialect.DdlPlan;
import dev.strata.migrate.exec.Revision;

import java.util.List;

/**
 * What a down would do.
 *
 * @param current    the version the database is at; empty when it has none
 * @param target     the version it is taken to; empty for no version
 * @param undone     the revisions that go, in version order
 * @param dataOnly   the undone files that change rows only, which no schema change reverts
 * @param diff       from the live schema to the target schema
 * @param statements the statements, planned on the live database
 * @param checks     the data-loss counts, one for each change that can lose data
 * @param losses     their results when planned, in the same order
 */
public record DownPlan(String current, String target, List<Revision> undone, List<String> dataOnly, SchemaDiff diff,
                       DdlPlan statements, List<DataLossCheck> checks, List<DataLoss> losses) {

    public DownPlan {
        undone = List.copyOf(undone);
        dataOnly = List.copyOf(dataOnly);
        checks = List.copyOf(checks);
        losses = List.copyOf(losses);
    }

    static DownPlan nothing(String current) {
        return new DownPlan(current, current, List.of(), List.of(), null, new DdlPlan(List.of(), true), List.of(),
                List.of());
    }

    /** Whether there is no version to revert. */
    public boolean isEmpty() {
        return undone.isEmpty();
    }

    /** The losses that hold data: what {@code --allow-data-loss} must allow. */
    public List<DataLoss> dataAtStake() {
        return losses.stream().filter(l -> l.rows() > 0).toList();
    }
}
