package dev.strata.schema;

import java.util.List;

/**
 * A column of a table or a view.
 *
 * @param name          the column's name
 * @param type          its type
 * @param nullable      whether it accepts NULL
 * @param defaultValue  its default, or null
 * @param identity      PostgreSQL's identity, or null
 * @param autoIncrement MySQL's {@code AUTO_INCREMENT}, SQLite's {@code AUTOINCREMENT}
 * @param generated     the expression of a generated column, or null
 * @param collation     its collation when it differs from the one it inherits (the table's, the type's)
 * @param charset       its character set when it differs from the table's (MySQL)
 * @param comment       its comment, or null
 * @param attrs         dialect-only attributes (MySQL's {@code ON UPDATE}), sorted by key
 */
public record Column(String name, ColumnType type, boolean nullable, DefaultValue defaultValue, Identity identity,
                     boolean autoIncrement, Generated generated, String collation, String charset, String comment,
                     List<DialectAttr> attrs) {

    public Column {
        Canon.require(name, "a column's name");
        if (type == null) {
            throw new IllegalArgumentException("column \"" + name + "\" needs a type");
        }
        collation = Canon.text(collation);
        charset = Canon.text(charset);
        comment = Canon.text(comment);
        attrs = DialectAttr.canonical(attrs);
    }

    /** A NOT NULL column without default: what an HCL column block means when it says no more. */
    public static Column of(String name, ColumnType type) {
        return new Column(name, type, false, null, null, false, null, null, null, null, List.of());
    }

    public Column withName(String n) {
        return new Column(n, type, nullable, defaultValue, identity, autoIncrement, generated, collation, charset,
                comment, attrs);
    }

    public Column withType(ColumnType t) {
        return new Column(name, t, nullable, defaultValue, identity, autoIncrement, generated, collation, charset,
                comment, attrs);
    }

    public Column withNullable(boolean n) {
        return new Column(name, type, n, defaultValue, identity, autoIncrement, generated, collation, charset, comment,
                attrs);
    }

    public Column withDefault(DefaultValue d) {
        return new Column(name, type, nullable, d, identity, autoIncrement, generated, collation, charset, comment,
                attrs);
    }

    public Column withIdentity(Identity i) {
        return new Column(name, type, nullable, defaultValue, i, autoIncrement, generated, collation, charset, comment,
                attrs);
    }

    public Column withAutoIncrement(boolean a) {
        return new Column(name, type, nullable, defaultValue, identity, a, generated, collation, charset, comment,
                attrs);
    }

    public Column withGenerated(Generated g) {
        return new Column(name, type, nullable, defaultValue, identity, autoIncrement, g, collation, charset, comment,
                attrs);
    }

    public Column withCollation(String c) {
        return new Column(name, type, nullable, defaultValue, identity, autoIncrement, generated, c, charset, comment,
                attrs);
    }

    public Column withCharset(String c) {
        return new Column(name, type, nullable, defaultValue, identity, autoIncrement, generated, collation, c, comment,
                attrs);
    }

    public Column withComment(String c) {
        return new Column(name, type, nullable, defaultValue, identity, autoIncrement, generated, collation, charset, c,
                attrs);
    }

    public Column withAttrs(List<DialectAttr> a) {
        return new Column(name, type, nullable, defaultValue, identity, autoIncrement, generated, collation, charset,
                comment, a);
    }
}
