package dev.strata.dialect.mysql;

import dev.strata.StrataException;
import dev.strata.schema.Check;
import dev.strata.schema.Column;
import dev.strata.schema.ColumnType;
import dev.strata.schema.DefaultValue;
import dev.strata.schema.DialectAttr;
import dev.strata.schema.ForeignKey;
import dev.strata.schema.Index;
import dev.strata.schema.IndexPart;
import dev.strata.schema.PrimaryKey;
import dev.strata.schema.ReferenceAction;
import dev.strata.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The pieces of MySQL table DDL, spelled as Atlas's {@code sql/mysql/migrate.go} spells them: column
 * definitions, index and key clauses, foreign keys, checks, table options, and {@code CREATE TABLE}.
 *
 * @param names  writes a table's (or other object's) name, qualified or not as the plan asks
 * @param indent the indent of a multi-line {@code CREATE TABLE}, or empty for one line
 * @param maria    MariaDB, which takes no NULL or NOT NULL on a generated column
 * @param defaults the charset and collation of a schema, written for a table that inherits them
 */
record MySqlTableSql(MySqlNames names, String indent, boolean maria, MySqlDdl.SchemaDefaults defaults) {

    String createTable(String schema, Table t) {
        if (t.columns().isEmpty()) {
            throw new StrataException("table \"" + t.name() + "\" has no columns; MySQL needs at least one");
        }
        List<String> items = new ArrayList<>();
        for (Column c : t.columns()) {
            items.add(column(t, c));
        }
        if (t.primaryKey() != null) {
            items.add("PRIMARY KEY " + keyParts(t.primaryKey()));
        }
        for (Index i : t.indexes()) {
            items.add(index(i));
        }
        for (ForeignKey fk : t.foreignKeys()) {
            items.add(foreignKey(schema, fk));
        }
        for (Check c : t.checks()) {
            items.add(check(c));
        }
        String body = indent.isEmpty() ? "(" + String.join(", ", items) + ")"
                : "(\n" + indent + String.join(",\n" + indent, items) + "\n)";
        String options = options(withInherited(schema, t));
        return "CREATE TABLE " + names.of(schema, t.name()) + " " + body + (options.isEmpty() ? "" : " " + options);
    }

    /** The table with the charset and collation it inherits from its schema, when they are known. */
    private Table withInherited(String schema, Table t) {
        if (t.charset() != null && t.collation() != null) {
            return t;
        }
        String[] d = defaults.of(schema);
        if (d == null) {
            return t;
        }
        if (t.charset() == null && t.collation() == null) {
            return t.withCharset(d[0]).withCollation(d[1]);
        }
        // A collation of its own belongs to the schema's charset; a charset of its own keeps its default collation.
        return t.charset() == null ? t.withCharset(d[0]) : t;
    }

    /** The table options of CREATE TABLE: those the model holds, the rest being the schema's or the server's. */
    static String options(Table t) {
        List<String> out = new ArrayList<>();
        if (t.charset() != null) {
            out.add("CHARSET " + t.charset());
        }
        if (t.collation() != null) {
            out.add("COLLATE " + t.collation());
        }
        if (t.comment() != null) {
            out.add("COMMENT " + MySqlSql.quoted(t.comment()));
        }
        DialectAttr.find(t.attrs(), "engine").ifPresent(a -> out.add("ENGINE " + ((MySqlAttrs.Engine) a).name()));
        DialectAttr.find(t.attrs(), "auto_increment").ifPresent(a -> out.add("AUTO_INCREMENT "
                + ((MySqlAttrs.AutoIncrement) a).next()));
        return String.join(" ", out);
    }

    /** A column's definition. */
    String column(Table t, Column c) {
        StringBuilder b = new StringBuilder(MySqlSql.name(c.name())).append(' ').append(type(c));
        if (c.charset() != null) {
            b.append(" CHARSET ").append(c.charset());
        }
        if (c.generated() != null) {
            b.append(" AS ").append(wrap(c.generated().expr())).append(' ').append(c.generated().storage().name());
        }
        if (c.generated() == null || !maria) {
            b.append(c.nullable() ? " NULL" : " NOT NULL");
        }
        if (c.defaultValue() != null) {
            b.append(" DEFAULT ").append(defaultSql(c.type(), c.defaultValue()));
        }
        if (c.collation() != null) {
            b.append(" COLLATE ").append(c.collation());
        }
        DialectAttr.find(c.attrs(), "on_update").ifPresent(a -> b.append(" ON UPDATE ")
                .append(((MySqlAttrs.OnUpdate) a).expr()));
        if (c.autoIncrement()) {
            b.append(" AUTO_INCREMENT");
        }
        if (c.comment() != null) {
            b.append(" COMMENT ").append(MySqlSql.quoted(c.comment()));
        }
        return b.toString();
    }

    private static String type(Column c) {
        ColumnType t = c.type();
        if (t.kind() == dev.strata.schema.TypeKind.OTHER && t.raw().contains(".")) {
            throw new StrataException("column \"" + c.name() + "\" has type " + t.raw() + ", which MySQL does not have");
        }
        return t.raw();
    }

    static String defaultSql(ColumnType type, DefaultValue d) {
        if (d instanceof DefaultValue.StringLiteral s) {
            return MySqlSql.quoted(s.value());
        }
        if (d instanceof DefaultValue.NumberLiteral n) {
            return numeric(type) ? n.value() : MySqlSql.quoted(n.value());
        }
        if (d instanceof DefaultValue.BoolLiteral b) {
            return b.value() ? "true" : "false";
        }
        String x = ((DefaultValue.Expression) d).sql();
        String lower = x.toLowerCase(Locale.ROOT);
        if (x.startsWith("(") && x.endsWith(")") || numeric(type) || lower.startsWith("0x") || lower.startsWith("b'")
                || lower.startsWith("current_timestamp") || lower.equals("null") || lower.startsWith("_")
                || lower.startsWith("'")) {
            return x;
        }
        return "(" + x + ")";
    }

    static boolean numeric(ColumnType t) {
        return switch (t.kind()) {
            case INTEGER, DECIMAL, FLOAT, BOOLEAN, BIT -> true;
            default -> false;
        };
    }

    static String wrap(String x) {
        return x.startsWith("(") && x.endsWith(")") && balanced(x) ? x : "(" + x + ")";
    }

    /** Whether the parenthesis that opens {@code x} is the one that closes it. */
    private static boolean balanced(String x) {
        int depth = 0;
        for (int i = 0; i < x.length(); i++) {
            char c = x.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0 && i < x.length() - 1) {
                return false;
            }
        }
        return true;
    }

    static String index(Index i) {
        StringBuilder b = new StringBuilder();
        String type = i.type();
        if (i.unique()) {
            b.append("UNIQUE ");
        } else if ("FULLTEXT".equals(type) || "SPATIAL".equals(type)) {
            b.append(type).append(' ');
        }
        b.append("INDEX ").append(MySqlSql.name(i.name()));
        if ("HASH".equals(type) || "RTREE".equals(type)) {
            b.append(" USING ").append(type);
        }
        b.append(' ').append(parts(i.parts()));
        if (i.comment() != null) {
            b.append(" COMMENT ").append(MySqlSql.quoted(i.comment()));
        }
        DialectAttr.find(i.attrs(), "parser").ifPresent(a -> b.append(" WITH PARSER ")
                .append(MySqlSql.name(((MySqlAttrs.IndexParser) a).name())));
        return b.toString();
    }

    static String keyParts(PrimaryKey pk) {
        String using = DialectAttr.find(pk.attrs(), "type").map(a -> " USING " + ((MySqlAttrs.PrimaryKeyType) a)
                .type()).orElse("");
        return (using.isEmpty() ? "" : using.substring(1) + " ") + parts(pk.parts());
    }

    static String parts(List<IndexPart> parts) {
        List<String> out = new ArrayList<>();
        for (IndexPart p : parts) {
            String s = p.column() != null ? MySqlSql.name(p.column()) : wrap(p.expr());
            if (p.prefix() != null) {
                s += "(" + p.prefix() + ")";
            }
            out.add(p.desc() ? s + " DESC" : s);
        }
        return "(" + String.join(", ", out) + ")";
    }

    String foreignKey(String schema, ForeignKey fk) {
        StringBuilder b = new StringBuilder();
        if (fk.name() != null) {
            b.append("CONSTRAINT ").append(MySqlSql.name(fk.name())).append(' ');
        }
        b.append("FOREIGN KEY (").append(names(fk.columns())).append(") REFERENCES ")
                .append(names.ref(schema, fk.refTable())).append(" (").append(names(fk.refColumns())).append(')');
        // NO ACTION is MySQL's default (its RESTRICT), so it is not written: SHOW CREATE TABLE reads the same.
        if (fk.onUpdate() != ReferenceAction.NO_ACTION) {
            b.append(" ON UPDATE ").append(fk.onUpdate().sql());
        }
        if (fk.onDelete() != ReferenceAction.NO_ACTION) {
            b.append(" ON DELETE ").append(fk.onDelete().sql());
        }
        return b.toString();
    }

    static String check(Check c) {
        String s = (c.name() == null ? "" : "CONSTRAINT " + MySqlSql.name(c.name()) + " ") + "CHECK " + wrap(c.expr());
        return c.enforced() ? s : s + " NOT ENFORCED";
    }

    private static String names(List<String> columns) {
        List<String> out = new ArrayList<>();
        columns.forEach(c -> out.add(MySqlSql.name(c)));
        return String.join(", ", out);
    }
}
