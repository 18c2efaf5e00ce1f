package dev.strata.schema.diff;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The identifiers an SQL text mentions, for ordering views, routines and triggers, which the model
 * does not link to what they use. Over-approximate by design: a name inside a string literal or a
 * comment counts too, which can only add an ordering constraint, never lose one. Unquoted words are
 * compared case-insensitively, as the databases fold them.
 */
final class Mentions {

    private final Set<String> words;

    private Mentions(Set<String> words) {
        this.words = words;
    }

    static Mentions of(String sql) {
        Set<String> words = new HashSet<>();
        if (sql == null) {
            return new Mentions(words);
        }
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '"' || c == '`' || c == '[') {
                char close = c == '[' ? ']' : c;
                int end = sql.indexOf(close, i + 1);
                if (end < 0) {
                    end = n;
                }
                words.add(sql.substring(i + 1, end).toLowerCase(Locale.ROOT));
                i = end + 1;
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_'
                        || sql.charAt(i) == '$')) {
                    i++;
                }
                words.add(sql.substring(start, i).toLowerCase(Locale.ROOT));
            } else {
                i++;
            }
        }
        return new Mentions(words);
    }

    boolean mentions(String name) {
        return words.contains(fold(name));
    }

    /** The words mentioned, folded as {@link #fold} does. */
    Set<String> words() {
        return java.util.Collections.unmodifiableSet(words);
    }

    /** A name as the words are kept, to look them up by. */
    static String fold(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
