package dev.strata.migrate.lex;

import java.util.Optional;

/**
 * A comment directive such as {@code -- atlas:txmode none}: a prefix of printable ASCII, then
 * {@code atlas:}, a name of word characters and an optional argument, the rest of the line.
 *
 * <p>Matches Atlas's pattern {@code ^([ -~]*)atlas:(\w+)(?: +(.+))*} on the first line of the
 * text, without a regular expression: the greedy prefix means the last {@code atlas:} of the line
 * wins, and the argument keeps trailing spaces and a carriage return.
 *
 * @param prefix   what stands before {@code atlas:}, such as {@code "-- "}
 * @param name     the directive name, such as {@code txmode}
 * @param argument the argument, empty when there is none
 */
public record Directive(String prefix, String name, String argument) {

    /** Atlas's directives: {@code atlas:txmode}, {@code atlas:delimiter} ... */
    public static final String ATLAS = "atlas:";
    /** Strata's own directives, which Atlas ignores: {@code strata:lock_timeout}. */
    public static final String STRATA = "strata:";

    /** Whether this directive has the given name and exactly the given prefix. */
    public boolean is(String name, String prefix) {
        return this.name.equals(name) && this.prefix.equals(prefix);
    }

    /** Parses the Atlas directive at the start of {@code text}, if there is one. */
    public static Optional<Directive> parse(String text) {
        return parse(text, ATLAS);
    }

    /** Parses a directive with the given mark ({@link #ATLAS} or {@link #STRATA}). */
    public static Optional<Directive> parse(String text, String mark) {
        int printable = 0;
        while (printable < text.length() && text.charAt(printable) >= ' ' && text.charAt(printable) <= '~') {
            printable++;
        }
        for (int at = text.lastIndexOf(mark, printable - mark.length()); at >= 0; at = text.lastIndexOf(mark, at - 1)) {
            int nameStart = at + mark.length();
            int nameEnd = nameStart;
            while (nameEnd < text.length() && isWordChar(text.charAt(nameEnd))) {
                nameEnd++;
            }
            if (nameEnd > nameStart) {
                return Optional.of(new Directive(text.substring(0, at), text.substring(nameStart, nameEnd),
                        argument(text, nameEnd)));
            }
        }
        return Optional.empty();
    }

    private static String argument(String text, int from) {
        int lineEnd = text.indexOf('\n', from);
        if (lineEnd < 0) {
            lineEnd = text.length();
        }
        int spaces = from;
        while (spaces < lineEnd && text.charAt(spaces) == ' ') {
            spaces++;
        }
        if (spaces == from) {
            return "";
        }
        if (spaces < lineEnd) {
            return text.substring(spaces, lineEnd);
        }
        // Only spaces: " +(.+)" backtracks to leave one space to the argument, when there are two.
        return lineEnd - from >= 2 ? " " : "";
    }

    static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }
}
