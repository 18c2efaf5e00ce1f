package dev.strata.dialect.mysql;

import dev.strata.dialect.Identifiers;

/** How MySQL spells literals and names in the statements Strata writes. */
final class MySqlSql {

    private MySqlSql() {
    }

    /** A string literal in single quotes: quotes doubled, backslashes escaped (MySQL reads {@code \} as an escape). */
    static String string(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    /**
     * A string literal as Atlas writes it (Go's {@code strconv.Quote}): double quotes, with
     * backslash escapes MySQL reads the same way.
     */
    static String quoted(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }

    static String name(String n) {
        return Identifiers.backticked(n);
    }
}
