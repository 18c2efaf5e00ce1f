package dev.strata.migrate.lex;

import java.util.Set;

/**
 * The characters that can only extend the statement being scanned: no quote, parenthesis, comment
 * or block starts with them, and the delimiter does not. The scanner skips runs of them without
 * its per-character dispatch, which is where splitting spends its time.
 *
 * <p>Surrogates are never plain, so a skipped run ends on a code point boundary. The first
 * character of a statement is never skipped (it is where {@code DELIMITER} and {@code GO} are
 * recognised), which the scanner ensures, not this class.
 */
final class PlainChars {

    private static final int ASCII = 128;

    /** Shared by every delimiter of one scan, and never written after construction. */
    private final boolean[] plainAscii;
    private final char delimiterStart;

    private PlainChars(boolean[] plainAscii, char delimiterStart) {
        this.plainAscii = plainAscii;
        this.delimiterStart = delimiterStart;
    }

    /**
     * The plain characters for these options and delimiter, or null when every character must be
     * looked at: the T-SQL {@code GO} and {@code END} rules test positions, not characters.
     */
    static PlainChars of(Set<ScanOption> options, String delimiter) {
        if (options.contains(ScanOption.GO_COMMAND) || options.contains(ScanOption.BEGIN_END_TERMINATOR)) {
            return null;
        }
        boolean[] plain = new boolean[ASCII];
        for (char c = 0; c < ASCII; c++) {
            plain[c] = !isSpecial(c, options);
        }
        return new PlainChars(plain, delimiter.charAt(0));
    }

    /** The same options with another delimiter, which is cheap: {@code DELIMITER} lines can be many. */
    PlainChars withDelimiter(String delimiter) {
        return new PlainChars(plainAscii, delimiter.charAt(0));
    }

    /** Whether a character ({@code B} and {@code b} open blocks; {@code -} and {@code /} comments). */
    private static boolean isSpecial(char c, Set<ScanOption> options) {
        switch (c) {
            case '(', ')', '\'', '"', '`', '-', '/', 'B', 'b':
                return true;
            case '$':
                return options.contains(ScanOption.DOLLAR_QUOTES);
            case '#':
                return options.contains(ScanOption.HASH_COMMENTS);
            default:
                return false;
        }
    }

    boolean is(char c) {
        if (c == delimiterStart) {
            return false;
        }
        return c < ASCII ? plainAscii[c] : !Character.isSurrogate(c);
    }

    /** The offset of the first character from {@code from} on that is not plain, or {@code end}. */
    int skip(String text, int from, int end) {
        int i = from;
        while (i < end && is(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
