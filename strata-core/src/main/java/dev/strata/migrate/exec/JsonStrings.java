package dev.strata.migrate.exec;

import dev.strata.StrataException;
import dev.strata.text.JsonText;

import java.util.ArrayList;
import java.util.List;

/**
 * The JSON of {@code partial_hashes}: an array of strings, or {@code null}. Small enough that a JSON
 * library would cost more start-up time than it saves code.
 */
final class JsonStrings {

    private JsonStrings() {
    }

    /** An empty list is written as JSON {@code null}, as Atlas writes a nil list. */
    static String format(List<String> values) {
        if (values.isEmpty()) {
            return "null";
        }
        StringBuilder b = new StringBuilder("[");
        for (String v : values) {
            if (b.length() > 1) {
                b.append(',');
            }
            JsonText.quote(b, v);
        }
        return b.append(']').toString();
    }

    /** Reads SQL NULL, JSON {@code null}, or an array of strings. */
    static List<String> parse(String json) {
        if (json == null) {
            return List.of();
        }
        String s = json.strip();
        if (s.isEmpty() || s.equals("null")) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        int i = expect(s, 0, '[');
        i = skipSpace(s, i);
        if (i < s.length() && s.charAt(i) == ']') {
            return out;
        }
        for (;;) {
            i = expect(s, skipSpace(s, i), '"');
            StringBuilder v = new StringBuilder();
            while (i < s.length() && s.charAt(i) != '"') {
                char c = s.charAt(i++);
                if (c == '\\' && i < s.length()) {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n' -> v.append('\n');
                        case 'r' -> v.append('\r');
                        case 't' -> v.append('\t');
                        case 'b' -> v.append('\b');
                        case 'f' -> v.append('\f');
                        case 'u' -> {
                            if (i + 4 > s.length()) {
                                throw bad(json);
                            }
                            v.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> v.append(e);
                    }
                } else {
                    v.append(c);
                }
            }
            i = expect(s, i, '"');
            out.add(v.toString());
            i = skipSpace(s, i);
            if (i < s.length() && s.charAt(i) == ',') {
                i++;
                continue;
            }
            expect(s, i, ']');
            return out;
        }
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int expect(String s, int i, char c) {
        if (i >= s.length() || s.charAt(i) != c) {
            throw bad(s);
        }
        return i + 1;
    }

    private static StrataException bad(String json) {
        return new StrataException("revisions table: partial_hashes is not a JSON array of strings: "
                + (json.length() > 80 ? json.substring(0, 80) + "..." : json));
    }
}
