package dev.strata.lint;

import dev.strata.migrate.lex.Statement;
import dev.strata.schema.Change;
import dev.strata.schema.Realm;

import java.util.List;

/**
 * One replayed statement and what it did to the schema.
 *
 * @param statement the statement as scanned from the file
 * @param changes   the differences between the schema before and after it
 * @param before    the inspected schema before it
 * @param after     the inspected schema after it
 */
public record StatementChanges(Statement statement, List<Change> changes, Realm before, Realm after) {

    public StatementChanges {
        changes = List.copyOf(changes);
    }

    /** The statement's text in upper case with runs of blanks as one space, for keyword checks. */
    public String normalized() {
        return statement.text().replaceAll("\\s+", " ").toUpperCase(java.util.Locale.ROOT);
    }
}
