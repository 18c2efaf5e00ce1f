package dev.strata.text;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * The known name nearest a mistyped one, for a "did you mean" hint: at most two edits away
 * (Levenshtein, ignoring case), since further is a different word, not a typo.
 */
public final class Nearest {

    private static final int MAX_EDITS = 2;

    private Nearest() {
    }

    /** The nearest of {@code known} to {@code name}, the first of equals; empty when none is close. */
    public static Optional<String> of(String name, Collection<String> known) {
        String nearest = null;
        int best = MAX_EDITS + 1;
        for (String k : known) {
            int d = distance(name.toLowerCase(Locale.ROOT), k.toLowerCase(Locale.ROOT));
            if (d < best) {
                best = d;
                nearest = k;
            }
        }
        return Optional.ofNullable(nearest);
    }

    /** Levenshtein distance: edits that turn one name into the other. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }
}
