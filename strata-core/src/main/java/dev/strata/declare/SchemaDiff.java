package dev.strata.declare;

import dev.strata.schema.Change;
import dev.strata.schema.Realm;

import java.util.List;

/**
 * What separates a current state from a desired one.
 *
 * @param from        the current realm
 * @param to          the desired realm
 * @param changes     the changes, in the order they are planned
 * @param unqualified whether the statements name no schema: both sides were one bound schema each,
 *                    or the database that plans them is bound to one
 * @param destructive the changes that may lose data, one line each naming the object and why
 * @param notes       drop+add pairs that look like renames, one line each with the option that makes them one
 */
public record SchemaDiff(Realm from, Realm to, List<Change> changes, boolean unqualified, List<String> destructive,
                         List<String> notes) {

    public SchemaDiff {
        changes = List.copyOf(changes);
        destructive = List.copyOf(destructive);
        notes = List.copyOf(notes);
    }

    /** Whether the two states are the same. */
    public boolean synced() {
        return changes.isEmpty();
    }
}
