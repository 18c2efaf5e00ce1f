package dev.strata.dialect.postgres;

import dev.strata.dialect.DdlStatement;
import dev.strata.dialect.PlanOptions;
import dev.strata.schema.Change;
import dev.strata.schema.ColumnType;
import dev.strata.schema.DefaultValue;
import dev.strata.schema.TypeKind;
import dev.strata.schema.TypeRef;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * What every part of the PostgreSQL planner shares while it plans: the options (how names are
 * qualified, the indent), the statements so far, and the spelling of names, types and defaults.
 * Mutable, and lives for one {@code plan} call.
 */
final class PostgresDdlWriter {

    final PlanOptions options;
    final List<DdlStatement> statements = new ArrayList<>();
    /** Where the statements go: {@link #statements}, or a caller's that keeps none. */
    private final Consumer<DdlStatement> out;
    boolean concurrent;

    PostgresDdlWriter(PlanOptions options) {
        this.options = options;
        this.out = statements::add;
    }

    /** A writer that hands each statement on as it is planned; {@link #statements} stays empty. */
    PostgresDdlWriter(PlanOptions options, Consumer<DdlStatement> out) {
        this.options = options;
        this.out = out;
    }

    void add(String sql, String comment, List<String> reverse, Change source) {
        out.accept(new DdlStatement(sql, comment, reverse, source));
    }

    void add(String sql, String comment, String reverse, Change source) {
        add(sql, comment, reverse == null ? List.of() : List.of(reverse), source);
    }

    /** A schema object's name, qualified as the options say. */
    String name(String schema, String name) {
        String q = options.qualifier();
        if (q == null) {
            return PostgresSql.q(schema) + "." + PostgresSql.q(name);
        }
        return q.isEmpty() ? PostgresSql.q(name) : PostgresSql.q(q) + "." + PostgresSql.q(name);
    }

    /**
     * The name of an object that {@code from} (another object's schema) refers to: qualified like
     * any name, and always when an unqualified plan crosses into another schema.
     */
    String ref(String fromSchema, String schema, String name) {
        if ("".equals(options.qualifier()) && !schema.equals(fromSchema)) {
            return PostgresSql.q(schema) + "." + PostgresSql.q(name);
        }
        return name(schema, name);
    }

    /** A column's type as DDL spells it: user types by their (qualified) name. */
    String type(ColumnType t, String schema) {
        if (t.kind() == TypeKind.ARRAY && t.element() != null && t.element().userType() != null) {
            return type(t.element(), schema) + "[]";
        }
        TypeRef ref = t.userType();
        if (ref != null) {
            return ref(schema, ref.schema(), ref.name());
        }
        // PostgreSQL's time and timestamp are without time zone; Atlas writes them short: timestamp(4)
        String raw = t.raw();
        return t.kind() == TypeKind.TIME && raw.endsWith(WITHOUT_TIME_ZONE)
                ? raw.substring(0, raw.length() - WITHOUT_TIME_ZONE.length()) : raw;
    }

    private static final String WITHOUT_TIME_ZONE = " without time zone";

    /** {@code DEFAULT x} for a column of type {@code t}: literals quoted unless numbers or booleans of such types. */
    static String literal(DefaultValue d, ColumnType t) {
        boolean numeric = t.kind() == TypeKind.INTEGER || t.kind() == TypeKind.DECIMAL || t.kind() == TypeKind.FLOAT
                || t.kind() == TypeKind.DOMAIN;
        if (d instanceof DefaultValue.StringLiteral s) {
            return PostgresSql.lit(s.value());
        }
        if (d instanceof DefaultValue.NumberLiteral n) {
            return numeric ? n.value() : PostgresSql.lit(n.value());
        }
        if (d instanceof DefaultValue.BoolLiteral b) {
            return t.kind() == TypeKind.BOOLEAN || t.kind() == TypeKind.DOMAIN ? String.valueOf(b.value())
                    : PostgresSql.lit(String.valueOf(b.value()));
        }
        return ((DefaultValue.Expression) d).sql();
    }

    /** An expression in parentheses, unless it already is wholly parenthesised (Atlas's MayWrap). */
    static String wrap(String expr) {
        String e = expr.strip();
        if (e.startsWith("(") && PostgresSql.closing(e, 0) == e.length()) {
            return e;
        }
        return "(" + e + ")";
    }

    /** Items of a CREATE TABLE or ALTER TABLE: one line, or one per line with the indent. */
    String items(String head, List<String> items, String tail) {
        String indent = options.indent();
        if (indent.isEmpty()) {
            return head + " (" + String.join(", ", items) + ")" + tail;
        }
        return head + " (\n" + indent + String.join(",\n" + indent, items) + "\n)" + tail;
    }

    /**
     * Comma-separated clauses of an ALTER statement, on one line: Atlas indents only the items of a
     * CREATE TABLE, its ALTER TABLE stays on one line with {@code {{ sql . "  " }}} too.
     */
    String clauses(String head, List<String> clauses) {
        return head + " " + String.join(", ", clauses);
    }

    /** {@code COMMENT ON <what> IS '...'} and its reverse. */
    void comment(String what, String to, String from, String comment, Change source) {
        add("COMMENT ON " + what + " IS " + text(to), comment, "COMMENT ON " + what + " IS " + text(from), source);
    }

    private static String text(String s) {
        return s == null ? "NULL" : PostgresSql.lit(s);
    }
}
