package dev.strata.dialect.mysql;

import dev.strata.dialect.ImplicitCommits;

import java.util.Locale;
import java.util.Set;

/**
 * MySQL's DDL commits on its own: it commits the open transaction before it starts, and itself
 * when it ends. What a statement is is read from its first words; anything the reading cannot tell
 * (a leading comment, a parenthesis) is assumed to commit.
 */
final class MySqlImplicitCommits implements ImplicitCommits {

    /** Statements that commit the open transaction before they start (unless they are TEMPORARY). */
    private static final Set<String> COMMIT_BEFORE = Set.of("CREATE", "ALTER", "DROP", "RENAME", "TRUNCATE");
    /** Statements that run inside a transaction; anything else may commit implicitly. */
    private static final Set<String> TRANSACTIONAL = Set.of("INSERT", "UPDATE", "DELETE", "REPLACE", "SELECT",
            "WITH", "VALUES", "DO");

    @Override
    public boolean transactionalDdl() {
        return false;
    }

    @Override
    public boolean commitsImplicitly(String statement) {
        String first = word(statement, wordStart(statement, 0));
        return first == null || !TRANSACTIONAL.contains(first);
    }

    @Override
    public boolean commitsBefore(String statement) {
        int start = wordStart(statement, 0);
        String first = word(statement, start);
        if (first == null || !COMMIT_BEFORE.contains(first)) {
            return false;
        }
        return !"TEMPORARY".equals(word(statement, wordStart(statement, start + first.length())));
    }

    /**
     * Where the next word starts, or -1 when something other than white space comes first (a
     * comment, a parenthesis: callers then assume the worst).
     */
    private static int wordStart(String statement, int from) {
        int i = from;
        while (i < statement.length() && !Character.isLetter(statement.charAt(i))) {
            if (!Character.isWhitespace(statement.charAt(i))) {
                return -1;
            }
            i++;
        }
        return i;
    }

    /** The word at {@code start}, upper-cased; null for -1. */
    private static String word(String statement, int start) {
        if (start < 0) {
            return null;
        }
        int end = start;
        while (end < statement.length() && Character.isLetter(statement.charAt(end))) {
            end++;
        }
        return statement.substring(start, end).toUpperCase(Locale.ROOT);
    }
}
