package dev.strata.schema;

import dev.strata.UsageException;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code --exclude} pattern, split as Atlas splits it: CSV with {@code .} as the separator, so
 * a part in double quotes may hold dots ({@code "my.schema".users}), then each part a glob with an
 * optional type selector ({@code *[type=table|view]}).
 *
 * @param text  the pattern as given
 * @param parts its parts, outermost first: schema, object, child
 */
record ExcludePattern(String text, List<Part> parts) {

    private static final Pattern SELECTOR = Pattern.compile("\\[type=([a-z|_]+)]$");

    /**
     * A part: a glob, and the kinds of object it applies to.
     *
     * @param glob  the name pattern
     * @param types the kinds named by {@code [type=...]}, or null for every kind
     */
    record Part(Glob glob, Set<String> types) {
        /** Whether the part applies to objects of this kind named so. */
        boolean matches(String kind, String name) {
            return applies(kind) && glob.matches(name);
        }

        boolean applies(String kind) {
            return types == null || types.contains(kind);
        }
    }

    /** @throws UsageException for a pattern that is not one line of parts, or a part that is no glob */
    static ExcludePattern parse(String pattern) {
        String what = "--exclude pattern \"" + pattern + "\"";
        List<String> fields = split(pattern, what);
        if (fields.size() > 3) {
            throw new UsageException(what + " has more than 3 parts (schema.table.column)");
        }
        List<Part> parts = new ArrayList<>();
        for (String f : fields) {
            Matcher m = SELECTOR.matcher(f);
            Set<String> types = null;
            if (m.find()) {
                types = Set.of(m.group(1).split("\\|"));
                f = f.substring(0, m.start());
            }
            parts.add(new Part(Glob.of(f, what), types));
        }
        return new ExcludePattern(pattern, List.copyOf(parts));
    }

    /** Go's encoding/csv with {@code .} as the comma, for one record. */
    private static List<String> split(String p, String what) {
        if (p.isEmpty() || p.contains("\n") || p.contains("\r")) {
            throw new UsageException(what + " must be one line, not empty");
        }
        List<String> out = new ArrayList<>();
        int i = 0;
        while (true) {
            StringBuilder f = new StringBuilder();
            if (i < p.length() && p.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= p.length()) {
                        throw new UsageException(what + " has an unterminated \"");
                    }
                    char c = p.charAt(i++);
                    if (c == '"' && i < p.length() && p.charAt(i) == '"') {
                        f.append('"');
                        i++;
                    } else if (c == '"') {
                        break;
                    } else {
                        f.append(c);
                    }
                }
                if (i < p.length() && p.charAt(i) != '.') {
                    throw new UsageException(what + " has text after a closing \"");
                }
            } else {
                while (i < p.length() && p.charAt(i) != '.') {
                    if (p.charAt(i) == '"') {
                        throw new UsageException(what + " has a \" inside a part: quote the whole part");
                    }
                    f.append(p.charAt(i++));
                }
            }
            out.add(f.toString());
            if (i >= p.length()) {
                return out;
            }
            i++; // the dot
        }
    }

    /** The pattern as it applies to schema {@code schema} when the scope is that one schema. */
    static String inSchema(String schema, String pattern) {
        return "\"" + Glob.escapeLiteral(schema).replace("\"", "\"\"") + "\"." + pattern;
    }
}
