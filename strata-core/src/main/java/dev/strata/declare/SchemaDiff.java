package dev.strata.declare;

import dev.strata.schema.Change;
import dev.strata.schema.Realm;

import java.util.List;

/**
 * What separates a current state from a desired one.
 *
 * @param from        the current realm, as compared (a bound schema under the desired one's name)
 * @param to          the desired realm
 * @param changes     the changes, in the order they are planned
 * @param unqualified whether the statements name no schema: both sides were one bound schema each,
 *                    or the database that plans them is bound to one
 */
public record SchemaDiff(Realm from, Realm to, List<Change> changes, boolean unqualified) {

    public SchemaDiff {
        changes = List.copyOf(changes);
    }

    /** Whether the two states are the same. */
    public boolean synced() {
        return changes.isEmpty();
    }
}
