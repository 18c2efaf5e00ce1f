package dev.strata.migrate;

/**
 * Ordering of file names and versions as Atlas (Go) orders strings: by their UTF-8 bytes, which is
 * code point order. Atlas reads revision rows in the database collation and then searches them
 * assuming byte order; Strata sorts them itself, so every database gives the same order.
 */
public final class Names {

    private Names() {
    }

    public static int compare(String a, String b) {
        // Equal leading chars are equal code points, so only the code points from the first
        // difference on need decoding; when the char before it opens a surrogate pair, from there.
        int same = 0;
        int shorter = Math.min(a.length(), b.length());
        while (same < shorter && a.charAt(same) == b.charAt(same)) {
            same++;
        }
        if (same > 0 && Character.isHighSurrogate(a.charAt(same - 1))) {
            same--;
        }
        int i = same;
        int j = same;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
