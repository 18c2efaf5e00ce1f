package dev.strata.dialect.sqlite;

import dev.strata.dialect.Identifiers;
import dev.strata.dialect.PlanOptions;
import dev.strata.schema.Check;
import dev.strata.schema.Column;
import dev.strata.schema.Deferrable;
import dev.strata.schema.DialectAttr;
import dev.strata.schema.ForeignKey;
import dev.strata.schema.Index;
import dev.strata.schema.IndexPart;
import dev.strata.schema.PrimaryKey;
import dev.strata.schema.ReferenceAction;
import dev.strata.schema.Table;
import dev.strata.schema.View;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SQLite's spelling of the model, as Atlas writes it: names in backticks, {@code NULL} written out,
 * an AUTOINCREMENT key inline on its column, table options after the parenthesis.
 *
 * <p>A unique index named {@code sqlite_autoindex_<table>_<n>} is what SQLite makes of a UNIQUE
 * constraint inside {@code CREATE TABLE}, and no other statement can make it: it is written back
 * as such a constraint, in the order that gives it the same number again.
 *
 * @param options how names are qualified and statements indented
 */
record SqliteSql(PlanOptions options) {

    private static final Pattern AUTOINDEX = Pattern.compile("sqlite_autoindex_(.+)_(\\d+)");

    static String ident(String name) {
        return Identifiers.backticked(name);
    }

    /** A table or view name, qualified when the options ask for a schema. */
    String name(String schema, String name) {
        String q = options.qualifier();
        if (q != null && !q.isEmpty()) {
            return ident(q) + "." + ident(name);
        }
        return q == null && schema != null && !schema.equals(SqliteCatalog.MAIN) ? ident(schema) + "." + ident(name)
                : ident(name);
    }

    /** The number SQLite gave an index made by a UNIQUE constraint, or -1 for an index of its own. */
    static int autoindexNumber(String table, Index index) {
        Matcher m = AUTOINDEX.matcher(index.name());
        return m.matches() && m.group(1).equals(table) && index.unique() ? Integer.parseInt(m.group(2)) : -1;
    }

    /** Whether the primary key is an alias of the rowid, which needs no index of its own. */
    static boolean rowidAlias(Table t) {
        PrimaryKey pk = t.primaryKey();
        if (pk == null || pk.parts().size() != 1 || pk.parts().get(0).column() == null
                || pk.parts().get(0).desc() || DialectAttr.find(t.attrs(), SqliteAttrs.WITHOUT_ROWID.key()).isPresent()) {
            return false;
        }
        return t.column(pk.parts().get(0).column()).map(c -> c.type().raw().equalsIgnoreCase("integer")).orElse(false);
    }

    /** The column declared {@code PRIMARY KEY AUTOINCREMENT}, or null. */
    static String autoIncrementKey(Table t) {
        PrimaryKey pk = t.primaryKey();
        if (pk != null && pk.parts().size() == 1 && pk.parts().get(0).column() != null) {
            String c = pk.parts().get(0).column();
            if (t.column(c).map(Column::autoIncrement).orElse(false)) {
                return c;
            }
        }
        return null;
    }

    String createTable(String schema, Table t, String name) {
        List<String> items = new ArrayList<>();
        String autoinc = autoIncrementKey(t);
        for (Column c : t.columns()) {
            items.add(column(c, c.name().equals(autoinc)));
        }
        List<Index> uniques = t.indexes().stream().filter(i -> autoindexNumber(t.name(), i) > 0)
                .sorted(java.util.Comparator.comparingInt(i -> autoindexNumber(t.name(), i))).toList();
        // The key's own index takes the first number the constraints leave free.
        int pkNumber = uniques.size() + 1;
        for (int n = 1; n <= uniques.size(); n++) {
            if (autoindexNumber(t.name(), uniques.get(n - 1)) != n) {
                pkNumber = n;
                break;
            }
        }
        List<String> constraints = new ArrayList<>();
        for (Index u : uniques) {
            constraints.add("UNIQUE " + parts(u.parts()));
        }
        if (t.primaryKey() != null && autoinc == null) {
            constraints.add(rowidAlias(t) ? 0 : pkNumber - 1, "PRIMARY KEY " + parts(t.primaryKey().parts()));
        }
        items.addAll(constraints);
        for (ForeignKey fk : t.foreignKeys()) {
            items.add(foreignKey(fk));
        }
        for (Check c : t.checks()) {
            items.add(check(c));
        }
        StringBuilder b = new StringBuilder("CREATE TABLE ").append(name(schema, name)).append(" (");
        String indent = options.indent();
        if (indent.isEmpty()) {
            b.append(String.join(", ", items)).append(")");
        } else {
            b.append("\n").append(indent).append(String.join(",\n" + indent, items)).append("\n)");
        }
        List<String> tail = new ArrayList<>();
        if (DialectAttr.find(t.attrs(), SqliteAttrs.WITHOUT_ROWID.key()).isPresent()) {
            tail.add("WITHOUT ROWID");
        }
        if (DialectAttr.find(t.attrs(), SqliteAttrs.STRICT.key()).isPresent()) {
            tail.add("STRICT");
        }
        if (!tail.isEmpty()) {
            b.append(" ").append(String.join(", ", tail));
        }
        return b.toString();
    }

    static String column(Column c, boolean autoIncrementKey) {
        StringBuilder b = new StringBuilder(ident(c.name())).append(' ').append(c.type().raw());
        b.append(c.nullable() ? " NULL" : " NOT NULL");
        if (c.defaultValue() != null) {
            b.append(" DEFAULT ").append(SqliteDefaults.sql(c.defaultValue()));
        }
        if (c.collation() != null) {
            b.append(" COLLATE ").append(c.collation());
        }
        if (autoIncrementKey) {
            b.append(" PRIMARY KEY AUTOINCREMENT");
        }
        if (c.generated() != null) {
            b.append(" AS (").append(c.generated().expr()).append(") ").append(c.generated().storage().name());
        }
        return b.toString();
    }

    static String parts(List<IndexPart> parts) {
        List<String> out = new ArrayList<>();
        for (IndexPart p : parts) {
            String s = p.column() != null ? ident(p.column()) : expression(p.expr());
            if (p.collation() != null) {
                s += " COLLATE " + p.collation();
            }
            out.add(p.desc() ? s + " DESC" : s);
        }
        return "(" + String.join(", ", out) + ")";
    }

    /**
     * An index expression: in parentheses as Atlas writes it, except a lone function call, which
     * SQLite takes as it is ({@code lower(a)}), so the stored text reads as the user's.
     */
    private static String expression(String expr) {
        SqlTokens t = SqlTokens.of(expr);
        boolean call = t.size() >= 3 && t.kind(0, SqlTokens.Kind.WORD) && t.kind(1, SqlTokens.Kind.OPEN)
                && t.closing(1) == t.size() - 1;
        return call || SqlTokens.wrapped(expr) ? expr : "(" + expr + ")";
    }

    static String foreignKey(ForeignKey fk) {
        StringBuilder b = new StringBuilder();
        if (fk.name() != null) {
            b.append("CONSTRAINT ").append(ident(fk.name())).append(' ');
        }
        b.append("FOREIGN KEY (").append(String.join(", ", fk.columns().stream().map(SqliteSql::ident).toList()))
                .append(") REFERENCES ").append(ident(fk.refTable().name())).append(" (")
                .append(String.join(", ", fk.refColumns().stream().map(SqliteSql::ident).toList())).append(')');
        if (fk.onUpdate() != ReferenceAction.NO_ACTION) {
            b.append(" ON UPDATE ").append(fk.onUpdate().sql());
        }
        if (fk.onDelete() != ReferenceAction.NO_ACTION) {
            b.append(" ON DELETE ").append(fk.onDelete().sql());
        }
        if (fk.deferrable() == Deferrable.INITIALLY_DEFERRED) {
            b.append(" DEFERRABLE INITIALLY DEFERRED");
        } else if (fk.deferrable() == Deferrable.INITIALLY_IMMEDIATE) {
            b.append(" DEFERRABLE INITIALLY IMMEDIATE");
        }
        return b.toString();
    }

    static String check(Check c) {
        String expr = "CHECK (" + c.expr() + ")";
        return c.name() == null ? expr : "CONSTRAINT " + ident(c.name()) + " " + expr;
    }

    String createIndex(String schema, String table, Index i) {
        StringBuilder b = new StringBuilder("CREATE ");
        if (i.unique()) {
            b.append("UNIQUE ");
        }
        b.append("INDEX ").append(name(schema, i.name())).append(" ON ").append(ident(table)).append(' ')
                .append(parts(i.parts()));
        if (i.where() != null) {
            b.append(" WHERE ").append(i.where());
        }
        return b.toString();
    }

    String dropIndex(String schema, Index i) {
        return "DROP INDEX " + name(schema, i.name());
    }

    String createView(String schema, View v) {
        return "CREATE VIEW " + name(schema, v.name()) + " AS " + v.definition();
    }
}
