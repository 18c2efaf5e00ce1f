package dev.strata.cli.script;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Compiles a Go RE2 pattern, as testscript's {@code stdout}/{@code stderr} use it (with {@code (?m)}),
 * into a Java pattern that finds the same matches for the constructs the scripts use. Where Java reads
 * the text differently, it is rewritten:
 * <ul>
 *   <li>{@code {} that does not start a repetition {@code {n}}, {@code {n,}}, {@code {n,m}} is a
 *       literal in RE2 and an error in Java: escaped;</li>
 *   <li>inside a bracket class, {@code [} and {@code &&} are literals in RE2 but a nested class and an
 *       intersection in Java: escaped; POSIX classes {@code [:alpha:]} become {@code \p{Alpha}};</li>
 *   <li>{@code (?P<name>} is {@code (?<name>} in Java;</li>
 *   <li>{@code \s} is {@code [\t\n\f\r ]} in RE2 (Java adds vertical tab), {@code \v} is the vertical
 *       tab (Java: any vertical space);</li>
 *   <li>{@code ^}/{@code $} under {@code (?m)} and {@code .} know only {@code \n} as a line end in RE2:
 *       {@link Pattern#UNIX_LINES}.</li>
 * </ul>
 * Not handled, because RE2 rejects them and no script uses them: backreferences, possessive
 * quantifiers, {@code \Z}, {@code \R}, {@code \h}.
 */
final class GoRegex {

    /** RE2's POSIX class names and Java's ASCII property names for them. */
    private static final Map<String, String> POSIX = Map.ofEntries(
            Map.entry("alnum", "Alnum"), Map.entry("alpha", "Alpha"), Map.entry("ascii", "ASCII"),
            Map.entry("blank", "Blank"), Map.entry("cntrl", "Cntrl"), Map.entry("digit", "Digit"),
            Map.entry("graph", "Graph"), Map.entry("lower", "Lower"), Map.entry("print", "Print"),
            Map.entry("punct", "Punct"), Map.entry("space", "Space"), Map.entry("upper", "Upper"),
            Map.entry("xdigit", "XDigit"));

    private static final String SPACE = "\\t\\n\\f\\r ";

    private GoRegex() {
    }

    /** The pattern testscript's {@code stdout 'RE'} compiles: {@code (?m)} + RE. */
    static Pattern multiline(String re2) {
        return Pattern.compile(translate(re2), Pattern.MULTILINE | Pattern.UNIX_LINES);
    }

    /** {@code (?mi)} + RE, as Atlas's {@code only} compiles a version pattern. */
    static Pattern multilineIgnoreCase(String re2) {
        return Pattern.compile(translate(re2), Pattern.MULTILINE | Pattern.UNIX_LINES | Pattern.CASE_INSENSITIVE);
    }

    static String translate(String re) {
        StringBuilder out = new StringBuilder(re.length() + 8);
        int i = 0;
        while (i < re.length()) {
            char c = re.charAt(i);
            if (c == '\\' && i + 1 < re.length()) {
                i = escape(re, i, out, false);
            } else if (c == '[') {
                i = bracket(re, i, out);
            } else if (c == '{' && !isRepeat(re, i)) {
                out.append("\\{");
                i++;
            } else if (re.startsWith("(?P<", i)) {
                out.append("(?<");
                i += 4;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Copies the escape at {@code at}; returns the index after it. */
    private static int escape(String re, int at, StringBuilder out, boolean inClass) {
        char e = re.charAt(at + 1);
        if (e == 'Q') {
            int end = re.indexOf("\\E", at + 2);
            String literal = end < 0 ? re.substring(at + 2) : re.substring(at + 2, end);
            literal.chars().forEach(ch -> out.append(Character.isLetterOrDigit(ch) ? "" : "\\").append((char) ch));
            return end < 0 ? re.length() : end + 2;
        }
        switch (e) {
            case 's' -> out.append(inClass ? SPACE : "[" + SPACE + "]");
            case 'S' -> out.append("[^" + SPACE + "]"); // in a class, Java unites a nested class
            case 'v' -> out.append("\\x0B");
            default -> out.append('\\').append(e);
        }
        return at + 2;
    }

    /** Copies the bracket class starting at {@code at}; returns the index after its {@code ]}. */
    private static int bracket(String re, int at, StringBuilder out) {
        out.append('[');
        int i = at + 1;
        if (i < re.length() && re.charAt(i) == '^') {
            out.append('^');
            i++;
        }
        if (i < re.length() && re.charAt(i) == ']') {
            out.append("\\]"); // a leading ] is a literal
            i++;
        }
        while (i < re.length() && re.charAt(i) != ']') {
            char c = re.charAt(i);
            if (c == '[' && re.startsWith("[:", i)) {
                int end = re.indexOf(":]", i + 2);
                String name = end < 0 ? "" : re.substring(i + 2, end);
                boolean negated = name.startsWith("^");
                String cls = POSIX.get(negated ? name.substring(1) : name);
                if (name.equals("word") || name.equals("^word")) {
                    out.append(negated ? "\\W" : "\\w");
                    i = end + 2;
                    continue;
                }
                if (cls != null) {
                    out.append(negated ? "\\P{" : "\\p{").append(cls).append('}');
                    i = end + 2;
                    continue;
                }
            }
            if (c == '\\' && i + 1 < re.length()) {
                i = escape(re, i, out, true);
                continue;
            }
            if (c == '[' || c == '&' || c == '^') {
                out.append('\\');
            }
            out.append(c);
            i++;
        }
        out.append(']');
        return Math.min(i + 1, re.length());
    }

    /** Whether the {@code {} at {@code at} starts {@code {n}}, {@code {n,}} or {@code {n,m}}. */
    private static boolean isRepeat(String re, int at) {
        int close = re.indexOf('}', at);
        return close > at && re.substring(at + 1, close).matches("\\d+(,\\d*)?");
    }
}
