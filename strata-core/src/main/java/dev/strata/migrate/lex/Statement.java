package dev.strata.migrate.lex;

import java.util.ArrayList;
import java.util.List;

/**
 * One statement of a migration file.
 *
 * @param text     the statement as sent to the database: trimmed, keeping a trailing {@code ;} when
 *                 the delimiter is the default one (as Atlas does), without a custom delimiter
 * @param line     the 1-based line of the file where the statement starts
 * @param offset   the character offset in the scanned text where the statement starts
 * @param comments the comments directly above the statement (not separated by a blank line)
 */
public record Statement(String text, int line, int offset, List<String> comments) {

    public Statement {
        comments = List.copyOf(comments);
    }

    /**
     * The arguments of the statement directives with this name, such as {@code nolint} from
     * {@code -- atlas:nolint destructive}. A directive without arguments yields an empty string.
     */
    public List<String> directive(String name) {
        List<String> found = new ArrayList<>();
        for (String comment : comments) {
            if (comment.startsWith("/*") && comment.indexOf('\n') < 0) {
                String body = comment.endsWith("*/") ? comment.substring(0, comment.length() - 2) : comment;
                Directive.parse(body).filter(d -> d.is(name, "/*")).ifPresent(d -> found.add(d.argument()));
                continue;
            }
            for (String prefix : new String[] {"#", "--", "-- "}) {
                Directive.parse(comment).filter(d -> d.is(name, prefix)).ifPresent(d -> found.add(d.argument()));
            }
        }
        return found;
    }
}
