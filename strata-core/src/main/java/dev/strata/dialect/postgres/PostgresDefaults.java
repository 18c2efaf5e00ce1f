package dev.strata.dialect.postgres;

import dev.strata.schema.ColumnType;
import dev.strata.schema.DefaultValue;
import dev.strata.schema.TypeKind;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Default expressions as {@code pg_get_expr} prints them, in the model's normal form, as Atlas reads
 * them: a quoted literal cast to a type of a family Atlas converts ({@code 'x'::text},
 * {@code '-1'::integer}) is the literal, bare numbers and booleans are literals, anything else is
 * the expression as printed.
 */
final class PostgresDefaults {

    private static final Pattern CAST_LITERAL = Pattern.compile("'((?:[^']|'')*)'::([^']+)", Pattern.DOTALL);
    private static final Pattern NUMBER = Pattern.compile("-?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

    /**
     * The types whose {@code 'x'::type} default is the literal x, as Atlas's {@code canConvert} has
     * them; an interval, a domain, an array or an unknown type keeps the expression.
     */
    private static final java.util.Set<TypeKind> LITERAL_KINDS = java.util.EnumSet.of(TypeKind.ENUM,
            TypeKind.BOOLEAN, TypeKind.INTEGER, TypeKind.DECIMAL, TypeKind.FLOAT, TypeKind.BINARY, TypeKind.JSON,
            TypeKind.NETWORK, TypeKind.SPATIAL, TypeKind.STRING, TypeKind.TIME, TypeKind.UUID, TypeKind.XML,
            TypeKind.BIT);

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
        if (NUMBER.matcher(e).matches()) {
            return DefaultValue.number(e);
        }
        Matcher m = CAST_LITERAL.matcher(e);
        if (m.matches() && LITERAL_KINDS.contains(type.kind())) {
            String value = m.group(1).replace("''", "'");
            if (numeric(type) && !NUMBER.matcher(value).matches()) {
                return DefaultValue.expr(e);
            }
            if (numeric(type)) {
                return DefaultValue.number(value);
            }
            if (type.kind() == TypeKind.BOOLEAN) {
                return value.equals("true") || value.equals("false") ? DefaultValue.bool(value.equals("true"))
                        : DefaultValue.expr(e);
            }
            return DefaultValue.string(value);
        }
        return DefaultValue.expr(e);
    }

    private static boolean numeric(ColumnType type) {
        TypeKind k = type.kind();
        return k == TypeKind.INTEGER || k == TypeKind.DECIMAL || k == TypeKind.FLOAT;
    }
}
