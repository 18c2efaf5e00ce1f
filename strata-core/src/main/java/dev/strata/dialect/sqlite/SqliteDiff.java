package dev.strata.dialect.sqlite;

import dev.strata.schema.Column;
import dev.strata.schema.DefaultValue;
import dev.strata.schema.Index;
import dev.strata.schema.Table;
import dev.strata.schema.TypeKind;
import dev.strata.schema.diff.DiffDialect;

/**
 * What the differ asks SQLite, as Atlas's SQLite driver answers: types are the same when they have
 * the same affinity family ({@code int} and {@code bigint}; {@code varchar(20)} and {@code text}),
 * since SQLite stores both alike; a type SQLite does not know is compared by name. Defaults are
 * the same when their values are, however written ({@code 'x'}, {@code ('x')}, {@code TRUE} and
 * {@code 1}). The indexes SQLite makes for UNIQUE constraints carry names it made up.
 */
public final class SqliteDiff implements DiffDialect {

    @Override
    public boolean sameType(Column from, Column to) {
        TypeKind a = from.type().kind();
        TypeKind b = to.type().kind();
        if (a == TypeKind.OTHER || b == TypeKind.OTHER) {
            return from.type().raw().equalsIgnoreCase(to.type().raw());
        }
        return a == b;
    }

    @Override
    public boolean sameDefault(Column from, Column to) {
        String a = value(from.defaultValue());
        String b = value(to.defaultValue());
        return a == null ? b == null : a.equals(b);
    }

    /** A default's value as one text: literals by value, expressions without enclosing parentheses. */
    private static String value(DefaultValue d) {
        if (d instanceof DefaultValue.Expression x) {
            String sql = x.sql().strip();
            for (String unwrapped = SqlTokens.unwrap(sql); !unwrapped.equals(sql); unwrapped = SqlTokens.unwrap(sql)) {
                sql = unwrapped;
            }
            DefaultValue literal = SqliteDefaults.read(sql);
            return literal instanceof DefaultValue.Expression e ? "expr:" + e.sql() : value(literal);
        }
        if (d instanceof DefaultValue.StringLiteral s) {
            return "'" + s.value();
        }
        if (d instanceof DefaultValue.NumberLiteral n) {
            return n.value();
        }
        if (d instanceof DefaultValue.BoolLiteral b) {
            return b.value() ? "1" : "0";
        }
        return null;
    }

    /**
     * When the column's affinity changes to a numeric one (INTEGER, REAL, NUMERIC): SQLite then
     * converts text that reads as a number as it copies the rows ({@code '0012'} becomes 12). Into
     * TEXT or BLOB affinity, or within one affinity, every value is kept as it was (a number turns
     * into its text at most); in a STRICT table a value that does not fit stops the copy with an
     * error rather than being changed.
     */
    @Override
    public boolean narrows(Column from, Column to) {
        String a = affinity(from.type().raw());
        String b = affinity(to.type().raw());
        return !a.equals(b) && !b.equals("TEXT") && !b.equals("BLOB");
    }

    /** SQLite's rules for the affinity of a declared type (section 3.1 of "Datatypes In SQLite"). */
    static String affinity(String declared) {
        String t = declared.toUpperCase(java.util.Locale.ROOT);
        if (t.contains("INT")) {
            return "INTEGER";
        }
        if (t.contains("CHAR") || t.contains("CLOB") || t.contains("TEXT")) {
            return "TEXT";
        }
        if (t.isBlank() || t.contains("BLOB")) {
            return "BLOB";
        }
        return t.contains("REAL") || t.contains("FLOA") || t.contains("DOUB") ? "REAL" : "NUMERIC";
    }

    @Override
    public boolean generatedName(Table table, Index index) {
        return SqliteSql.autoindexNumber(table.name(), index) > 0;
    }
}
