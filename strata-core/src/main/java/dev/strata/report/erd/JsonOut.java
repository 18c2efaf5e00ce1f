package dev.strata.report.erd;

import dev.strata.text.JsonText;

import java.util.List;

/**
 * The page's model as JSON, written in one pass. Strings are quoted with HTML-safe escapes
 * ({@code <} as {@code \u003c}), so no table name or view definition can close the
 * {@code <script>} element the JSON sits in.
 */
final class JsonOut {

    private final StringBuilder b = new StringBuilder();
    private boolean first = true;

    JsonOut open() {
        comma();
        b.append('{');
        first = true;
        return this;
    }

    JsonOut open(String key) {
        key(key);
        b.append('{');
        first = true;
        return this;
    }

    JsonOut close() {
        b.append('}');
        first = false;
        return this;
    }

    JsonOut array(String key) {
        key(key);
        b.append('[');
        first = true;
        return this;
    }

    JsonOut end() {
        b.append(']');
        first = false;
        return this;
    }

    /** A string field, left out when null (the page treats a missing key as none). */
    JsonOut field(String key, String value) {
        if (value != null) {
            key(key);
            JsonText.quote(b, value);
        }
        return this;
    }

    /** A boolean field, left out when false. */
    JsonOut flag(String key, boolean value) {
        if (value) {
            key(key);
            b.append("true");
        }
        return this;
    }

    /** A list of strings, left out when empty. */
    JsonOut strings(String key, List<String> values) {
        if (!values.isEmpty()) {
            key(key);
            b.append('[');
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    b.append(',');
                }
                JsonText.quote(b, values.get(i));
            }
            b.append(']');
        }
        return this;
    }

    private void key(String key) {
        comma();
        JsonText.quote(b, key);
        b.append(':');
    }

    private void comma() {
        if (!first) {
            b.append(',');
        }
        first = false;
    }

    @Override
    public String toString() {
        return b.toString();
    }
}
