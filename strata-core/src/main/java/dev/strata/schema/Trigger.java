package dev.strata.schema;

import java.util.List;
import java.util.TreeSet;

/**
 * A trigger on a table or a view of the same schema.
 *
 * @param name       its name (unique per table on PostgreSQL, per schema on MySQL and SQLite)
 * @param table      the table or view it is on
 * @param timing     BEFORE, AFTER or INSTEAD OF
 * @param events     the events that fire it, in {@link Event} order
 * @param updateOf   the columns of {@code UPDATE OF}, in order
 * @param forEachRow FOR EACH ROW (else FOR EACH STATEMENT)
 * @param when       the WHEN condition, or null
 * @param definition the full {@code CREATE TRIGGER} statement as the database returns it
 * @param comment    its comment, or null
 */
public record Trigger(String name, String table, Timing timing, List<Event> events, List<String> updateOf,
                      boolean forEachRow, String when, String definition, String comment) {

    public enum Timing { BEFORE, AFTER, INSTEAD_OF }

    public enum Event { INSERT, UPDATE, DELETE, TRUNCATE }

    public Trigger {
        Canon.require(name, "a trigger's name");
        Canon.require(table, "a trigger's table");
        if (timing == null) {
            throw new IllegalArgumentException("trigger \"" + name + "\" needs BEFORE, AFTER or INSTEAD OF");
        }
        events = events == null ? List.of() : List.copyOf(new TreeSet<>(events));
        if (events.isEmpty()) {
            throw new IllegalArgumentException("trigger \"" + name + "\" needs an event");
        }
        updateOf = Canon.list(updateOf);
        when = Canon.text(when);
        definition = Canon.definition(definition);
        if (definition == null) {
            throw new IllegalArgumentException("trigger \"" + name + "\" has no definition");
        }
        comment = Canon.text(comment);
    }
}
