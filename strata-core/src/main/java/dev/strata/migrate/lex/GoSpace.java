package dev.strata.migrate.lex;

/**
 * Whitespace as Go's {@code unicode.IsSpace} sees it, which Atlas uses to trim statements. It
 * differs from {@link Character#isWhitespace}: U+0085 and U+00A0 count, U+001C to U+001F do not.
 */
final class GoSpace {

    private GoSpace() {
    }

    static boolean is(char c) {
        switch (c) {
            case '\t', '\n', 0x0B, '\f', '\r', ' ', 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
                return true;
            default:
                return c >= 0x2000 && c <= 0x200A;
        }
    }

    static String trim(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && is(s.charAt(from))) {
            from++;
        }
        while (to > from && is(s.charAt(to - 1))) {
            to--;
        }
        return from == 0 && to == s.length() ? s : s.substring(from, to);
    }
}
