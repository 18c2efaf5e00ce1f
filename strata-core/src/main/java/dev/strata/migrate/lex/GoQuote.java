package dev.strata.migrate.lex;

/**
 * Go's {@code %q} quoting, which Atlas uses in the messages Strata reproduces: a string in double
 * quotes, or a rune in single quotes, with escapes for quotes, backslashes and control characters.
 */
public final class GoQuote {

    private GoQuote() {
    }

    /** Quotes a string as Go's {@code strconv.Quote} does. */
    public static String string(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        s.codePoints().forEach(c -> escape(b, c, '"'));
        return b.append('"').toString();
    }

    /** Quotes a rune as Go's {@code strconv.QuoteRune} does. */
    public static String rune(int c) {
        StringBuilder b = new StringBuilder("'");
        escape(b, c, '\'');
        return b.append('\'').toString();
    }

    private static void escape(StringBuilder b, int c, char quote) {
        switch (c) {
            case '\u0007' -> b.append("\\a");
            case '\b' -> b.append("\\b");
            case '\f' -> b.append("\\f");
            case '\n' -> b.append("\\n");
            case '\r' -> b.append("\\r");
            case '\t' -> b.append("\\t");
            case 0x0B -> b.append("\\v");
            case '\\' -> b.append("\\\\");
            default -> {
                if (c == quote) {
                    b.append('\\').appendCodePoint(c);
                } else if (c < 0x20 || c == 0x7F) {
                    b.append(String.format("\\x%02x", c));
                } else if (!isPrintable(c)) {
                    b.append(c > 0xFFFF ? String.format("\\U%08x", c) : String.format("\\u%04x", c));
                } else {
                    b.appendCodePoint(c);
                }
            }
        }
    }

    private static boolean isPrintable(int c) {
        int type = Character.getType(c);
        return type != Character.CONTROL && type != Character.FORMAT && type != Character.UNASSIGNED
                && type != Character.SURROGATE && type != Character.PRIVATE_USE && type != Character.LINE_SEPARATOR
                && type != Character.PARAGRAPH_SEPARATOR
                && (type != Character.SPACE_SEPARATOR || c == ' ');
    }
}
