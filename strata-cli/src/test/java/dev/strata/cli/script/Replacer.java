package dev.strata.cli.script;

import java.util.ArrayList;
import java.util.List;

/**
 * Go's {@code strings.NewReplacer}: scanning left to right, at each position the first pair (in the
 * order given) whose old string starts there is replaced, and scanning goes on after it, so
 * {@code DEV_URL} is replaced whole even though {@code URL} is listed first.
 */
final class Replacer {

    private final List<String> olds = new ArrayList<>();
    private final List<String> news = new ArrayList<>();

    /** Pairs of old and new strings. */
    Replacer(String... pairs) {
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            add(pairs[i], pairs[i + 1]);
        }
    }

    Replacer add(String old, String replacement) {
        olds.add(old);
        news.add(replacement);
        return this;
    }

    String replace(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        scan:
        while (i < s.length()) {
            for (int k = 0; k < olds.size(); k++) {
                if (!olds.get(k).isEmpty() && s.startsWith(olds.get(k), i)) {
                    out.append(news.get(k));
                    i += olds.get(k).length();
                    continue scan;
                }
            }
            out.append(s.charAt(i++));
        }
        return out.toString();
    }
}
