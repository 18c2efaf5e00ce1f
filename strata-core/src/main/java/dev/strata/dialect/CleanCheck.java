package dev.strata.dialect;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The clean-database check of a first run (Atlas's {@code CleanChecker}). */
@FunctionalInterface
public interface CleanCheck {

    /**
     * Why the database is not clean for a first run, or empty when it is: it may hold only the
     * revisions table.
     */
    Optional<String> dirtyReason(String revisionsSchema, String revisionsTable) throws SQLException;

    /**
     * The check of a session bound to a schema: that schema may hold only the revisions table.
     *
     * @param tables the bound schema's tables, in name order
     */
    static Optional<String> boundSchemaDirtyReason(String boundSchema, List<String> tables, String revisionsSchema,
                                                   String revisionsTable) {
        List<String> found = new ArrayList<>(tables);
        if (boundSchema.equals(revisionsSchema)) {
            found.remove(revisionsTable);
        }
        return found.isEmpty() ? Optional.empty()
                : Optional.of("found table \"" + found.get(0) + "\" in schema \"" + boundSchema + "\"");
    }
}
