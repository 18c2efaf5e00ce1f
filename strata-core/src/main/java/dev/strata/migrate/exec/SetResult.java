package dev.strata.migrate.exec;

import java.util.List;

/**
 * What {@code migrate set} changed.
 *
 * @param current the version now current, or empty when every row was deleted
 * @param changes the rows set or removed
 */
public record SetResult(String current, List<Change> changes) {

    public SetResult {
        changes = List.copyOf(changes);
    }

    /** One row set ({@code removed} false) or removed. */
    public record Change(String version, String description, boolean removed) {
    }
}
