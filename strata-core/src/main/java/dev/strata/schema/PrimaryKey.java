package dev.strata.schema;

import java.util.List;

/**
 * A table's primary key.
 *
 * @param name    the constraint's name when it is not the database's default ({@code <table>_pkey},
 *                MySQL's {@code PRIMARY}), else null
 * @param parts   the key parts, in key order
 * @param include PostgreSQL's INCLUDE columns
 * @param comment its comment, or null
 * @param attrs   dialect-only attributes, sorted by key
 */
public record PrimaryKey(String name, List<IndexPart> parts, List<String> include, String comment,
                         List<DialectAttr> attrs) {

    public PrimaryKey {
        name = Canon.text(name);
        parts = Canon.list(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a primary key needs at least one part");
        }
        include = Canon.list(include);
        comment = Canon.text(comment);
        attrs = DialectAttr.canonical(attrs);
    }

    /** A primary key over plain columns, with the default name. */
    public static PrimaryKey of(String... columns) {
        return of(IndexPart.columns(columns));
    }

    public static PrimaryKey of(List<IndexPart> parts) {
        return new PrimaryKey(null, parts, List.of(), null, List.of());
    }

    public PrimaryKey withName(String n) {
        return new PrimaryKey(n, parts, include, comment, attrs);
    }

    public PrimaryKey withParts(List<IndexPart> p) {
        return new PrimaryKey(name, p, include, comment, attrs);
    }

    public PrimaryKey withInclude(List<String> i) {
        return new PrimaryKey(name, parts, i, comment, attrs);
    }

    public PrimaryKey withComment(String c) {
        return new PrimaryKey(name, parts, include, c, attrs);
    }

    public PrimaryKey withAttrs(List<DialectAttr> a) {
        return new PrimaryKey(name, parts, include, comment, a);
    }

    public boolean uses(String column) {
        return include.contains(column) || parts.stream().anyMatch(p -> column.equals(p.column()));
    }
}
