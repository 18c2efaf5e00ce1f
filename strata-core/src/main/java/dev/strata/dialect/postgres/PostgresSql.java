package dev.strata.dialect.postgres;

import java.util.ArrayList;
import java.util.List;

/**
 * Small text helpers for the SQL PostgreSQL's catalog prints and the SQL the planner writes:
 * splitting lists at top-level commas, finding a balanced parenthesis, quoting.
 */
final class PostgresSql {

    private PostgresSql() {
    }

    /** The items of a comma-separated list, split at commas outside parentheses and quotes. */
    static List<String> splitTopLevel(String s) {
        List<String> out = new ArrayList<>();
        if (s == null || s.isBlank()) {
            return out;
        }
        int depth = 0;
        boolean single = false;
        boolean dbl = false;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (single) {
                single = c != '\'';
            } else if (dbl) {
                dbl = c != '"';
            } else if (c == '\'') {
                single = true;
            } else if (c == '"') {
                dbl = true;
            } else if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == ',' && depth == 0) {
                out.add(s.substring(start, i).strip());
                start = i + 1;
            }
        }
        out.add(s.substring(start).strip());
        return out;
    }

    /** The index just past the parenthesis that closes the one at {@code open}, or -1. */
    static int closing(String s, int open) {
        int depth = 0;
        boolean single = false;
        boolean dbl = false;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (single) {
                single = c != '\'';
            } else if (dbl) {
                dbl = c != '"';
            } else if (c == '\'') {
                single = true;
            } else if (c == '"') {
                dbl = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i + 1;
            }
        }
        return -1;
    }

    /** An identifier, always double-quoted as Atlas writes them (embedded quotes doubled, which Atlas does not). */
    static String q(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    /** A string literal. */
    static String lit(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /** Whether a catalog name is a plain identifier, as {@code quote_ident} leaves it bare. */
    static boolean plainIdent(String s) {
        return s.matches("[a-z_][a-z0-9_$]*");
    }
}
