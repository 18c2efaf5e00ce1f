package dev.strata.dialect.postgres;

import dev.strata.schema.ColumnType;
import dev.strata.schema.DefaultValue;
import dev.strata.schema.TypeKind;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Default expressions as {@code pg_get_expr} prints them, in the model's normal form: a literal
 * the server shows cast to the column's own type ({@code 'x'::text}, {@code '-1'::integer}) is the
 * literal, bare numbers and booleans are literals, anything else is the expression as printed.
 */
final class PostgresDefaults {

    private static final Pattern CAST_LITERAL = Pattern.compile("'((?:[^']|'')*)'::(.+)", Pattern.DOTALL);
    private static final Pattern NUMBER = Pattern.compile("-?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

    private PostgresDefaults() {
    }

    static DefaultValue of(String expr, ColumnType type) {
        if (expr == null || expr.isBlank()) {
            return null;
        }
        String e = expr.strip();
        if (e.equals("true") || e.equals("false")) {
            return DefaultValue.bool(e.equals("true"));
        }
        if (NUMBER.matcher(e).matches() && numeric(type)) {
            return DefaultValue.number(e);
        }
        Matcher m = CAST_LITERAL.matcher(e);
        if (m.matches() && type.kind() != TypeKind.ARRAY && sameType(m.group(2), type)) {
            String value = m.group(1).replace("''", "'");
            if (numeric(type) && NUMBER.matcher(value).matches()) {
                return DefaultValue.number(value);
            }
            if (type.kind() == TypeKind.BOOLEAN && (value.equals("true") || value.equals("false"))) {
                return DefaultValue.bool(value.equals("true"));
            }
            return DefaultValue.string(value);
        }
        return DefaultValue.expr(e);
    }

    private static boolean numeric(ColumnType type) {
        TypeKind k = type.kind();
        return k == TypeKind.INTEGER || k == TypeKind.DECIMAL || k == TypeKind.FLOAT || k == TypeKind.DOMAIN;
    }

    /**
     * Whether the cast's type is the column's: PostgreSQL casts a literal default to the column's
     * type, leaving out the length of a varchar and the precision of a numeric.
     */
    private static boolean sameType(String cast, ColumnType type) {
        String c = cast.strip();
        String raw = type.raw();
        if (c.equals(raw)) {
            return true;
        }
        String base = raw.replaceFirst("\\(.*\\)", "").replaceAll("\\s+", " ").strip();
        if (c.equals(base)) {
            return true;
        }
        if (type.userType() != null) {
            String n = type.userType().name();
            return c.equals(n) || c.equals(PostgresTypeNames.ident(n))
                    || c.equals(PostgresTypeNames.ident(type.userType().schema()) + "." + PostgresTypeNames.ident(n));
        }
        return false;
    }
}
