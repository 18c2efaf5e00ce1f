package dev.strata.migrate.exec;

import java.util.List;

/**
 * What {@code migrate set} changed.
 *
 * @param current the version now current, or empty when every row was deleted
 * @param changes the rows set or removed
 */
public record SetResult(String current, List<Row> changes) {

    /** Copies the list: a result does not change. */
    public SetResult {
        changes = List.copyOf(changes);
    }

    /**
     * One row of the revisions table set or removed.
     *
     * @param version     the version
     * @param description the file's description
     * @param removed     whether the row was removed (else it was set)
     */
    public record Row(String version, String description, boolean removed) {
    }
}
