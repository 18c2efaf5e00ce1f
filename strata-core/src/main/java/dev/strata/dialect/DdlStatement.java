package dev.strata.dialect;

import dev.strata.schema.Change;

import java.util.List;

/**
 * One planned statement.
 *
 * @param sql     the statement, without a trailing semicolon; indented when the options asked for it
 * @param comment what it does, in Atlas's words, lower case ({@code create "users" table}); the
 *                migration file and the plan print it as {@code -- Create "users" table}
 * @param reverse the statements that undo it, in order; empty when it cannot be undone
 * @param source  the change it carries out
 */
public record DdlStatement(String sql, String comment, List<String> reverse, Change source) {

    public DdlStatement {
        reverse = List.copyOf(reverse);
    }

    public boolean reversible() {
        return !reverse.isEmpty();
    }
}
