package dev.strata.schema.hcl;

import dev.strata.config.HclIdentifiers;

import java.math.BigDecimal;
import java.util.List;

/** HCL syntax for values: quoted strings, heredocs, references, lists and {@code sql("...")}. */
final class HclTokens {

    private static final String HEREDOC = "SQL";

    private HclTokens() {
    }

    /**
     * A quoted string with HCL's escapes; {@code ${} and {@code %{} doubled so they stay text.
     * Characters that do not print are {@code \\uXXXX}, as hclwrite writes them.
     */
    static String string(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '"' -> b.append("\\\"");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '$', '%' -> b.append(c).append(i + 1 < s.length() && s.charAt(i + 1) == '{' ? String.valueOf(c)
                        : "");
                default -> {
                    if (printable(c)) {
                        b.append(c);
                    } else {
                        b.append(String.format("\\u%04x", (int) c));
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    private static boolean printable(char c) {
        int type = Character.getType(c);
        return !Character.isISOControl(c) && type != Character.LINE_SEPARATOR && type != Character.PARAGRAPH_SEPARATOR
                && type != Character.FORMAT && type != Character.UNASSIGNED;
    }

    /**
     * A text as Atlas prints a definition: a heredoc ({@code <<-SQL}, lines indented two spaces)
     * when it has several lines, else a quoted string; also a quoted string when a heredoc could
     * not give the text back exactly (a line that is the terminator, a carriage return).
     */
    static String text(String s) {
        if (!s.contains("\n") || s.contains("\r") || !s.equals(s.strip())) {
            return string(s);
        }
        StringBuilder b = new StringBuilder("<<-" + HEREDOC + "\n");
        for (String line : s.split("\n", -1)) {
            if (line.strip().equals(HEREDOC)) {
                return string(s);
            }
            if (!line.isEmpty()) {
                b.append("  ").append(line.replace("${", "$${").replace("%{", "%%{"));
            }
            b.append('\n');
        }
        return b.append("  ").append(HEREDOC).toString();
    }

    /** {@code sql("...")}: SQL taken as written. */
    static String sql(String s) {
        return "sql(" + string(s) + ")";
    }

    static String number(Object n) {
        return n instanceof BigDecimal d ? d.toPlainString() : String.valueOf(n);
    }

    static String bool(boolean b) {
        return String.valueOf(b);
    }

    /** A list: {@code [a, b]}. */
    static String list(List<String> items) {
        return "[" + String.join(", ", items) + "]";
    }

    /** A reference step: {@code table.users}, or {@code table["my table"]} for a name that is no identifier. */
    static String ref(String type, String... labels) {
        StringBuilder b = new StringBuilder(type);
        for (String l : labels) {
            if (HclIdentifiers.isIdentifier(l)) {
                b.append('.').append(l);
            } else {
                b.append('[').append(string(l)).append(']');
            }
        }
        return b.toString();
    }

    /** A word printed bare when it can be ({@code plpgsql}), else a string. */
    static String wordOrString(String s) {
        return s.matches("[A-Za-z_][A-Za-z0-9_]*") ? s : string(s);
    }
}
