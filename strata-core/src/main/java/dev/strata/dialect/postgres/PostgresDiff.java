package dev.strata.dialect.postgres;

import dev.strata.dialect.Session;
import dev.strata.schema.Column;
import dev.strata.schema.ColumnType;
import dev.strata.schema.DefaultValue;
import dev.strata.schema.Index;
import dev.strata.schema.IndexPart;
import dev.strata.schema.Table;
import dev.strata.schema.TypeKind;
import dev.strata.schema.diff.DiffDialect;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the differ asks PostgreSQL (Atlas's {@code postgres.diff}): types are the same when their
 * canonical spellings are ({@code int4} is {@code integer}), user types by name and schema, arrays
 * by element; defaults when they are the same literal after a cast of the column's type is taken
 * off, or, failing that, when the server says {@code SELECT a = b} (never for volatile functions);
 * an index name is generated when it is the one PostgreSQL gives an unnamed index.
 */
final class PostgresDiff implements DiffDialect {

    private static final Pattern CAST = Pattern.compile("^(.*?)::[a-z_ ]+(\\(\\d+(,\\d+)?\\))?(\\[\\])?$",
            Pattern.DOTALL);
    private static final Pattern VOLATILE = Pattern.compile("(?i)\\b(nextval|random|gen_random_uuid|uuid_generate_v\\d|"
            + "clock_timestamp|timeofday|txid_current)\\s*\\(");
    /** PostgreSQL's identifier limit (NAMEDATALEN - 1). */
    private static final int MAX_NAME = 63;

    private final Session session;
    private final PostgresTypeNames names = new PostgresTypeNames();

    /** @param session a session to ask the server about expressions, or null to compare text only */
    PostgresDiff(Session session) {
        this.session = session;
    }

    @Override
    public boolean sameType(Column from, Column to) {
        return same(from.type(), to.type());
    }

    private boolean same(ColumnType a, ColumnType b) {
        if (a.userType() != null || b.userType() != null) {
            return Objects.equals(a.userType(), b.userType());
        }
        if (a.kind() == TypeKind.ARRAY || b.kind() == TypeKind.ARRAY) {
            return a.kind() == b.kind() && a.element() != null && b.element() != null && same(a.element(), b.element());
        }
        if (a.kind() != b.kind()) {
            return false;
        }
        return canonical(a).equals(canonical(b));
    }

    /** The normal spelling, also of a type built by hand with an alias ({@code int4}, {@code varchar}). */
    private String canonical(ColumnType t) {
        return t.kind() == TypeKind.OTHER ? t.raw().toLowerCase(Locale.ROOT) : names.parse(t.raw()).raw();
    }

    @Override
    public boolean sameDefault(Column from, Column to) {
        DefaultValue a = from.defaultValue();
        DefaultValue b = to.defaultValue();
        if (a == null || b == null) {
            return a == b;
        }
        if (a.equals(b)) {
            return true;
        }
        String x = text(a);
        String y = text(b);
        if (x.equals(y) || uncast(x).equals(uncast(y))) {
            return true;
        }
        return (a instanceof DefaultValue.Expression || b instanceof DefaultValue.Expression) && askServer(
                sql(a, from.type()), sql(b, to.type()));
    }

    /** A default as comparable text: literals unquoted, expressions as written. */
    private static String text(DefaultValue d) {
        if (d instanceof DefaultValue.StringLiteral s) {
            return s.value();
        }
        if (d instanceof DefaultValue.NumberLiteral n) {
            return n.value();
        }
        if (d instanceof DefaultValue.BoolLiteral b) {
            return String.valueOf(b.value());
        }
        return ((DefaultValue.Expression) d).sql().strip();
    }

    /** {@code 'x'::text} is {@code x}, {@code (0)::numeric} is {@code 0}: a trailing cast and quotes taken off. */
    static String uncast(String expr) {
        String e = expr.strip();
        Matcher m = CAST.matcher(e);
        if (m.matches()) {
            e = m.group(1).strip();
        }
        if (e.startsWith("(") && PostgresSql.closing(e, 0) == e.length()) {
            e = e.substring(1, e.length() - 1).strip();
        }
        if (e.length() >= 2 && e.startsWith("'") && e.endsWith("'")) {
            e = e.substring(1, e.length() - 1).replace("''", "'");
        }
        return e;
    }

    private static String sql(DefaultValue d, ColumnType type) {
        return PostgresDdlWriter.literal(d, type);
    }

    /** Atlas's last resort: the server compares the two expressions. False when it cannot or should not. */
    private boolean askServer(String a, String b) {
        if (session == null || VOLATILE.matcher(a).find() || VOLATILE.matcher(b).find()) {
            return false;
        }
        try {
            if (!session.connection().getAutoCommit()) {
                return false;
            }
            return session.jdbc().queryOne("SELECT (" + a + ") = (" + b + ")", rs -> rs.getBoolean(1)).orElse(false);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public boolean generatedName(Table table, Index index) {
        return index.name().equals(defaultName(table.name(), index));
    }

    /** The name PostgreSQL gives {@code CREATE INDEX ON t (a, b)}: {@code t_a_b_idx}, {@code t_a_key} when unique. */
    static String defaultName(String table, Index index) {
        List<String> parts = new ArrayList<>();
        for (IndexPart p : index.parts()) {
            parts.add(p.column() != null ? p.column() : "expr");
        }
        String label = String.join("_", parts);
        String suffix = index.unique() ? "key" : "idx";
        String name = table + "_" + label;
        int room = MAX_NAME - suffix.length() - 1;
        if (name.length() > room) {
            // PostgreSQL shortens the longer of the table and the column part until both fit.
            String t = table;
            String l = label;
            while (t.length() + l.length() + 1 > room) {
                if (t.length() > l.length()) {
                    t = t.substring(0, t.length() - 1);
                } else {
                    l = l.substring(0, l.length() - 1);
                }
            }
            name = t + "_" + l;
        }
        return name + "_" + suffix;
    }
}
