package dev.strata.schema.json;

import dev.strata.text.JsonText;

import java.util.List;
import java.util.Map;

/**
 * Writes a tree of maps (keys in insertion order), lists, strings, numbers and booleans as Go's
 * {@code encoding/json} does: compact, or as {@code MarshalIndent(v, prefix, indent)} lays it out.
 */
final class JsonWriter {

    private final StringBuilder out = new StringBuilder();
    private final String prefix;
    private final String indent;

    private JsonWriter(String prefix, String indent) {
        this.prefix = prefix;
        this.indent = indent;
    }

    static String write(Object value, String prefix, String indent) {
        JsonWriter w = new JsonWriter(prefix, indent);
        w.value(value, 0);
        return w.out.toString();
    }

    private boolean pretty() {
        return !prefix.isEmpty() || !indent.isEmpty();
    }

    private void newline(int depth) {
        if (pretty()) {
            out.append('\n').append(prefix).append(indent.repeat(depth));
        }
    }

    private void value(Object v, int depth) {
        if (v instanceof Map<?, ?> m) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                out.append(first ? "" : ",");
                first = false;
                newline(depth + 1);
                JsonText.quote(out, String.valueOf(e.getKey()));
                out.append(pretty() ? ": " : ":");
                value(e.getValue(), depth + 1);
            }
            if (!m.isEmpty()) {
                newline(depth);
            }
            out.append('}');
        } else if (v instanceof List<?> l) {
            out.append('[');
            for (int i = 0; i < l.size(); i++) {
                out.append(i == 0 ? "" : ",");
                newline(depth + 1);
                value(l.get(i), depth + 1);
            }
            if (!l.isEmpty()) {
                newline(depth);
            }
            out.append(']');
        } else if (v instanceof String s) {
            JsonText.quote(out, s);
        } else {
            out.append(v);
        }
    }
}
