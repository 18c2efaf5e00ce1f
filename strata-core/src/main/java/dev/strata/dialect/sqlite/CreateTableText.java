package dev.strata.dialect.sqlite;

import dev.strata.dialect.sqlite.SqlTokens.Kind;
import dev.strata.schema.Check;
import dev.strata.schema.Deferrable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What only the text of a {@code CREATE TABLE} tells about a table: column collations, generated
 * expressions, AUTOINCREMENT, CHECK constraints and the names and deferral of foreign keys.
 *
 * @param collations  explicit {@code COLLATE} per column (names compare without case, as SQLite's do)
 * @param generated   the expression of each generated column, without its parentheses
 * @param autoIncrement the column declared {@code PRIMARY KEY AUTOINCREMENT}, if any
 * @param checks      the CHECK constraints, column ones included, in text order
 * @param foreignKeys the foreign keys as written, in text order
 */
record CreateTableText(Map<String, String> collations, Map<String, String> generated, Set<String> autoIncrement,
                       List<Check> checks, List<Fk> foreignKeys) {

    /**
     * A foreign key as the text writes it.
     *
     * @param name       its constraint name, or null
     * @param columns    its columns
     * @param refTable   the referenced table
     * @param refColumns the referenced columns; empty when the key references the primary key
     * @param deferrable its deferral
     */
    record Fk(String name, List<String> columns, String refTable, List<String> refColumns, Deferrable deferrable) {
    }

    /** Words that start a column constraint and so end a column's type or a REFERENCES clause. */
    private static final Set<String> CONSTRAINT_START = Set.of("CONSTRAINT", "PRIMARY", "NOT", "NULL", "UNIQUE",
            "CHECK", "DEFAULT", "COLLATE", "REFERENCES", "GENERATED", "AS");

    static CreateTableText parse(String sql) {
        CreateTableText out = new CreateTableText(new TreeMap<>(String.CASE_INSENSITIVE_ORDER),
                new TreeMap<>(String.CASE_INSENSITIVE_ORDER), new TreeSet<>(String.CASE_INSENSITIVE_ORDER),
                new ArrayList<>(), new ArrayList<>());
        if (sql == null) {
            return out;
        }
        SqlTokens t = SqlTokens.of(sql);
        int open = -1;
        for (int i = 0; i < t.size(); i++) {
            if (t.kind(i, Kind.OPEN)) {
                open = i;
                break;
            }
            if (t.is(i, "AS")) {
                return out; // CREATE TABLE ... AS SELECT: nothing to read
            }
        }
        if (open < 0) {
            return out;
        }
        for (int[] item : t.split(open + 1, t.closing(open))) {
            String first = t.get(item[0]).upper();
            if (t.get(item[0]).kind() == Kind.WORD && Set.of("CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN")
                    .contains(first)) {
                out.tableConstraint(t, item[0], item[1]);
            } else {
                out.column(t, item[0], item[1]);
            }
        }
        return out;
    }

    private void column(SqlTokens t, int from, int to) {
        String name = t.get(from).value();
        String pending = null;
        int i = from + 1;
        while (i < to) {
            SqlTokens.Token k = t.get(i);
            if (k.kind() == Kind.OPEN) {
                i = t.closing(i) + 1;
            } else if (k.is("CONSTRAINT")) {
                pending = i + 1 < to ? t.get(i + 1).value() : null;
                i += 2;
            } else if (k.is("CHECK") && t.kind(i + 1, Kind.OPEN)) {
                checks.add(Check.of(pending, SqlTokens.unwrap(t.inside(i + 1))));
                pending = null;
                i = t.closing(i + 1) + 1;
            } else if (k.is("DEFAULT")) {
                i++;
                if (t.kind(i, Kind.OPEN)) {
                    i = t.closing(i) + 1;
                } else {
                    i += t.kind(i, Kind.OTHER) ? 2 : 1;
                }
            } else if (k.is("COLLATE") && i + 1 < to) {
                collations.put(name, t.get(i + 1).value());
                i += 2;
            } else if (k.is("AS") && t.kind(i + 1, Kind.OPEN)) {
                generated.put(name, SqlTokens.unwrap(t.inside(i + 1)));
                i = t.closing(i + 1) + 1;
            } else if (k.is("AUTOINCREMENT")) {
                autoIncrement.add(name);
                i++;
            } else if (k.is("REFERENCES")) {
                i = references(t, i, to, pending, List.of(name), true);
                pending = null;
            } else {
                if (k.kind() == Kind.WORD && CONSTRAINT_START.contains(k.upper())) {
                    pending = null;
                }
                i++;
            }
        }
    }

    private void tableConstraint(SqlTokens t, int from, int to) {
        String name = null;
        int i = from;
        if (t.is(i, "CONSTRAINT")) {
            name = t.get(i + 1).value();
            i += 2;
        }
        if (t.is(i, "CHECK") && t.kind(i + 1, Kind.OPEN)) {
            checks.add(Check.of(name, SqlTokens.unwrap(t.inside(i + 1))));
        } else if (t.is(i, "FOREIGN") && t.is(i + 1, "KEY") && t.kind(i + 2, Kind.OPEN)) {
            List<String> columns = names(t, i + 2);
            int refs = t.find(t.closing(i + 2), to, "REFERENCES");
            if (refs >= 0) {
                references(t, refs, to, name, columns, false);
            }
        }
    }

    /** Reads {@code REFERENCES t (cols) [actions] [deferral]}; returns the token after it. */
    private int references(SqlTokens t, int at, int to, String name, List<String> columns, boolean inColumn) {
        int i = at + 1;
        String table = t.get(i).value();
        i++;
        List<String> refColumns = List.of();
        if (t.kind(i, Kind.OPEN)) {
            refColumns = names(t, i);
            i = t.closing(i) + 1;
        }
        Deferrable deferrable = Deferrable.NOT_DEFERRABLE;
        while (i < to) {
            if (t.is(i, "ON")) {
                i += 2; // ON DELETE|UPDATE
                if (t.is(i, "SET") || t.is(i, "NO")) {
                    i += 2;
                } else {
                    i++;
                }
            } else if (t.is(i, "MATCH")) {
                i += 2;
            } else if (t.is(i, "NOT") && t.is(i + 1, "DEFERRABLE")) {
                i += 2;
            } else if (t.is(i, "DEFERRABLE")) {
                deferrable = Deferrable.INITIALLY_IMMEDIATE;
                i++;
                if (t.is(i, "INITIALLY")) {
                    deferrable = t.is(i + 1, "DEFERRED") ? Deferrable.INITIALLY_DEFERRED : deferrable;
                    i += 2;
                }
            } else if (inColumn && t.get(i).kind() == Kind.WORD && CONSTRAINT_START.contains(t.get(i).upper())) {
                break;
            } else {
                i++;
            }
        }
        foreignKeys.add(new Fk(name, columns, table, refColumns, deferrable));
        return i;
    }

    /** The names in the parenthesised list opened at token {@code open}. */
    private static List<String> names(SqlTokens t, int open) {
        List<String> out = new ArrayList<>();
        for (int[] part : t.split(open + 1, t.closing(open))) {
            out.add(t.get(part[0]).value());
        }
        return out;
    }
}
