package dev.strata.schema.diff;

import dev.strata.schema.Change;

import java.util.List;

/**
 * What the {@link Differ} found: the changes, in the order a planner maps them, and the drop+add
 * pairs that may be renames, which the differ never guesses but reports so a command can say so.
 *
 * @param changes         the changes, in dependency order
 * @param possibleRenames column or table pairs dropped and added that look alike
 */
public record DiffResult(List<Change> changes, List<PossibleRename> possibleRenames) {

    public DiffResult {
        changes = List.copyOf(changes);
        possibleRenames = List.copyOf(possibleRenames);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /**
     * A dropped object and an added one of the same kind and shape in the same place.
     *
     * @param schema  the schema
     * @param table   the table, for a column; null for a table
     * @param dropped the dropped name
     * @param added   the added name
     */
    public record PossibleRename(String schema, String table, String dropped, String added) {

        /** One line for the user, with the option that makes it a rename. */
        public String message() {
            if (table == null) {
                return "table \"" + schema + "." + dropped + "\" is dropped and \"" + added
                        + "\" added with the same columns; if it is a rename, pass --rename " + schema + "." + dropped
                        + ":" + added;
            }
            return "column \"" + dropped + "\" of table \"" + schema + "." + table + "\" is dropped and \"" + added
                    + "\" added with the same type; if it is a rename, pass --rename " + schema + "." + table + "."
                    + dropped + ":" + added;
        }
    }
}
