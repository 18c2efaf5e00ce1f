package dev.strata.dialect.sqlite;

import dev.strata.dialect.sqlite.SqlTokens.Kind;
import dev.strata.schema.DefaultValue;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Column defaults between SQLite's text and the model. {@code pragma_table_xinfo} reports a
 * default as written, without the parentheses of {@code DEFAULT (expr)}; SQL writes an expression
 * back inside parentheses, which the grammar requires for anything but a literal.
 */
final class SqliteDefaults {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    /** What SQLite accepts after DEFAULT without parentheses besides numbers and strings. */
    private static final Set<String> BARE = Set.of("NULL", "TRUE", "FALSE", "CURRENT_TIME", "CURRENT_DATE",
            "CURRENT_TIMESTAMP");

    private SqliteDefaults() {
    }

    /** The model's value for a default as {@code pragma_table_xinfo} reports it, or null for none. */
    static DefaultValue read(String text) {
        if (text == null) {
            return null;
        }
        String x = text.strip();
        if (NUMBER.matcher(x).matches()) {
            return new DefaultValue.NumberLiteral(x);
        }
        if (x.equalsIgnoreCase("true") || x.equalsIgnoreCase("false")) {
            return new DefaultValue.BoolLiteral(x.equalsIgnoreCase("true"));
        }
        SqlTokens t = SqlTokens.of(x);
        if (t.size() == 1 && t.kind(0, Kind.STRING) && x.startsWith("'")) {
            return new DefaultValue.StringLiteral(x.substring(1, x.length() - 1).replace("''", "'"));
        }
        return new DefaultValue.Expression(x);
    }

    /** The default as SQL after {@code DEFAULT}. */
    static String sql(DefaultValue d) {
        if (d instanceof DefaultValue.StringLiteral s) {
            return quote(s.value());
        }
        if (d instanceof DefaultValue.NumberLiteral n) {
            return n.value();
        }
        if (d instanceof DefaultValue.BoolLiteral b) {
            return b.value() ? "true" : "false";
        }
        String x = ((DefaultValue.Expression) d).sql().strip();
        return bare(x) ? x : "(" + x + ")";
    }

    /** Whether an expression may follow DEFAULT as it is: a literal, a keyword literal, or already in parentheses. */
    private static boolean bare(String x) {
        if (NUMBER.matcher(x).matches() || BARE.contains(x.toUpperCase(Locale.ROOT)) || SqlTokens.wrapped(x)) {
            return true;
        }
        SqlTokens t = SqlTokens.of(x);
        return t.size() == 1 && (t.kind(0, Kind.STRING) || t.kind(0, Kind.QUOTED));
    }

    static String quote(String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}
