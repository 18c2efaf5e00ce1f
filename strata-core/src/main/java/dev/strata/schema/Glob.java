package dev.strata.schema;

import dev.strata.UsageException;

import java.util.regex.Pattern;

/**
 * A shell pattern as Go's {@code filepath.Match} reads it, which Atlas's {@code --exclude} uses:
 * {@code *} any run of characters, {@code ?} one character, {@code [a-z]} and {@code [^a-z]} a
 * class, {@code \} escapes the next character. The whole pattern is checked when it is made, so a
 * malformed one is an error even when no name is matched against it.
 */
final class Glob {

    private final String text;
    private final Pattern regex;

    private Glob(String text, Pattern regex) {
        this.text = text;
        this.regex = regex;
    }

    /**
     * @param what names the pattern in an error ({@code --exclude "x[.y"})
     * @throws UsageException for a malformed pattern
     */
    static Glob of(String glob, String what) {
        StringBuilder re = new StringBuilder();
        int i = 0;
        while (i < glob.length()) {
            char c = glob.charAt(i);
            if (c == '*') {
                re.append("[^/]*");
                i++;
            } else if (c == '?') {
                re.append("[^/]");
                i++;
            } else if (c == '\\') {
                if (i + 1 >= glob.length()) {
                    throw bad(what, "it ends with a lone \\");
                }
                re.append(Pattern.quote(String.valueOf(glob.charAt(i + 1))));
                i += 2;
            } else if (c == '[') {
                i = charClass(glob, i + 1, re, what);
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
                i++;
            }
        }
        return new Glob(glob, Pattern.compile(re.toString(), Pattern.DOTALL));
    }

    /** Reads a class after its {@code [}, appends it as a regex, and returns where it ends (Go's rules). */
    private static int charClass(String glob, int i, StringBuilder re, String what) {
        boolean negated = i < glob.length() && glob.charAt(i) == '^';
        if (negated) {
            i++;
        }
        StringBuilder ranges = new StringBuilder();
        int count = 0;
        while (true) {
            if (i >= glob.length()) {
                throw bad(what, "a [ has no closing ]");
            }
            if (glob.charAt(i) == ']' && count > 0) {
                break;
            }
            int[] lo = classChar(glob, i, what);
            int[] hi = lo;
            i = lo[1];
            if (i < glob.length() && glob.charAt(i) == '-') {
                hi = classChar(glob, i + 1, what);
                i = hi[1];
            }
            if (lo[0] <= hi[0]) { // Go accepts a backwards range, which matches nothing.
                ranges.append(escape((char) lo[0])).append(lo[0] == hi[0] ? "" : "-" + escape((char) hi[0]));
            }
            count++;
        }
        if (ranges.length() == 0) {
            re.append(negated ? "[^/]" : "(?!)");
        } else {
            re.append('[').append(negated ? "^" : "").append(ranges).append(']');
        }
        return i + 1;
    }

    /** One character of a class and where it ends: {@code -} and {@code ]} must be escaped there. */
    private static int[] classChar(String glob, int i, String what) {
        if (i >= glob.length()) {
            throw bad(what, "a [ has no closing ]");
        }
        char c = glob.charAt(i);
        if (c == '-' || c == ']') {
            throw bad(what, "\"" + c + "\" must be escaped inside [...]");
        }
        if (c == '\\') {
            if (i + 1 >= glob.length()) {
                throw bad(what, "it ends with a lone \\");
            }
            return new int[] {glob.charAt(i + 1), i + 2};
        }
        return new int[] {c, i + 1};
    }

    private static String escape(char c) {
        return Character.isLetterOrDigit(c) ? String.valueOf(c) : "\\x{" + Integer.toHexString(c) + "}";
    }

    private static UsageException bad(String what, String why) {
        return new UsageException(what + " is not a valid glob: " + why);
    }

    boolean matches(String name) {
        return regex.matcher(name == null ? "" : name).matches();
    }

    /** {@code name} with the glob's special characters escaped, so it matches only itself. */
    static String escapeLiteral(String name) {
        return name.replaceAll("([*?\\[\\]\\\\])", "\\\\$1");
    }

    @Override
    public String toString() {
        return text;
    }
}
