package dev.strata.dialect.sqlite;

import dev.strata.dialect.sqlite.SqlTokens.Kind;

import java.util.ArrayList;
import java.util.List;

/**
 * What only the text of a {@code CREATE INDEX} tells: the expressions of expression parts, explicit
 * collations and the WHERE of a partial index ({@code pragma_index_xinfo} gives a NULL name for an
 * expression and the effective collation, which is the column's when none is written).
 *
 * @param parts the key parts as written, in order
 * @param where the predicate of a partial index, or null
 */
record CreateIndexText(List<Part> parts, String where) {

    /**
     * One key part.
     *
     * @param column    the column's name when the part is a bare name, else null
     * @param expr      the expression without one pair of enclosing parentheses, else null
     * @param collation an explicit COLLATE, or null
     */
    record Part(String column, String expr, String collation) {
    }

    static CreateIndexText parse(String sql) {
        if (sql == null) {
            return new CreateIndexText(List.of(), null);
        }
        SqlTokens t = SqlTokens.of(sql);
        int on = t.find(0, t.size(), "ON");
        int open = -1;
        for (int i = on + 1; on >= 0 && i < t.size(); i++) {
            if (t.kind(i, Kind.OPEN)) {
                open = i;
                break;
            }
        }
        if (open < 0) {
            return new CreateIndexText(List.of(), null);
        }
        int close = t.closing(open);
        List<Part> parts = new ArrayList<>();
        for (int[] p : t.split(open + 1, close)) {
            int end = p[1];
            if (end - 1 > p[0] && (t.is(end - 1, "ASC") || t.is(end - 1, "DESC"))) {
                end--;
            }
            String collation = null;
            if (end - 2 > p[0] && t.is(end - 2, "COLLATE")) {
                collation = t.get(end - 1).value();
                end -= 2;
            }
            Kind k = t.get(p[0]).kind();
            if (end - p[0] == 1 && (k == Kind.WORD || k == Kind.QUOTED)) {
                parts.add(new Part(t.get(p[0]).value(), null, collation));
            } else {
                parts.add(new Part(null, SqlTokens.unwrap(t.text(p[0], end)), collation));
            }
        }
        String where = null;
        if (t.is(close + 1, "WHERE")) {
            int end = t.size();
            while (end > close + 2 && t.get(end - 1).text().equals(";")) {
                end--;
            }
            where = t.text(close + 2, end).strip();
        }
        return new CreateIndexText(List.copyOf(parts), where);
    }
}
