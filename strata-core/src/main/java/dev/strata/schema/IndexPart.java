package dev.strata.schema;

import java.util.ArrayList;
import java.util.List;

/**
 * One key part of an index or primary key: a column or an expression.
 *
 * @param column    the column's name, or null for an expression
 * @param expr      the expression as the database prints it, or null for a column
 * @param desc      descending order
 * @param nulls     NULLS FIRST/LAST when it is not the order's default (FIRST for DESC, LAST for ASC), else null
 * @param collation the part's collation when set, else null
 * @param opClass   PostgreSQL's operator class when it is not the default for the type, with its parameters
 * @param prefix    MySQL's prefix length ({@code name(10)}), or null
 */
public record IndexPart(String column, String expr, boolean desc, Nulls nulls, String collation, String opClass,
                        Integer prefix) {

    public enum Nulls { FIRST, LAST }

    public IndexPart {
        if ((column == null) == (expr == null)) {
            throw new IllegalArgumentException("an index part is a column or an expression, not both or neither");
        }
        if (nulls == (desc ? Nulls.FIRST : Nulls.LAST)) {
            nulls = null;
        }
        collation = Canon.text(collation);
        opClass = Canon.text(opClass);
    }

    public static IndexPart column(String name) {
        return new IndexPart(Canon.require(name, "an index column"), null, false, null, null, null, null);
    }

    /** Plain ascending parts over the columns, in order. */
    public static List<IndexPart> columns(String... names) {
        List<IndexPart> parts = new ArrayList<>();
        for (String n : names) {
            parts.add(column(n));
        }
        return List.copyOf(parts);
    }

    public static IndexPart expr(String sql) {
        return new IndexPart(null, Canon.require(sql, "an index expression"), false, null, null, null, null);
    }

    public IndexPart withDesc(boolean d) {
        return new IndexPart(column, expr, d, nulls, collation, opClass, prefix);
    }

    public IndexPart withNulls(Nulls n) {
        return new IndexPart(column, expr, desc, n, collation, opClass, prefix);
    }

    public IndexPart withCollation(String c) {
        return new IndexPart(column, expr, desc, nulls, c, opClass, prefix);
    }

    public IndexPart withOpClass(String o) {
        return new IndexPart(column, expr, desc, nulls, collation, o, prefix);
    }

    public IndexPart withPrefix(Integer p) {
        return new IndexPart(column, expr, desc, nulls, collation, opClass, p);
    }

    /** A plain ascending column with no options: HCL prints such parts as {@code columns = [...]}. */
    public boolean isPlainColumn() {
        return column != null && !desc && nulls == null && collation == null && opClass == null && prefix == null;
    }
}
