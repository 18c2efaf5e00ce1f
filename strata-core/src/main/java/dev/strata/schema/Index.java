package dev.strata.schema;

import java.util.List;
import java.util.Locale;

/**
 * A secondary index (a UNIQUE constraint of PostgreSQL is a {@link UniqueConstraint}).
 *
 * @param name             its name
 * @param unique           a unique index
 * @param parts            the key parts, in key order
 * @param type             the method in upper case ({@code GIN}, {@code HASH}, MySQL's {@code FULLTEXT}), or null for BTREE
 * @param where            the predicate of a partial index, or null
 * @param include          PostgreSQL's INCLUDE columns
 * @param nullsNotDistinct PostgreSQL's {@code NULLS NOT DISTINCT}
 * @param comment          its comment, or null
 * @param attrs            dialect-only attributes, sorted by key
 */
public record Index(String name, boolean unique, List<IndexPart> parts, String type, String where,
                    List<String> include, boolean nullsNotDistinct, String comment, List<DialectAttr> attrs) {

    public Index {
        Canon.require(name, "an index's name");
        parts = Canon.list(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("index \"" + name + "\" has no parts");
        }
        type = type == null || type.equalsIgnoreCase("BTREE") ? null : type.toUpperCase(Locale.ROOT);
        where = Canon.text(where);
        include = Canon.list(include);
        comment = Canon.text(comment);
        attrs = DialectAttr.canonical(attrs);
    }

    /** A non-unique index over plain columns. */
    public static Index on(String name, String... columns) {
        return of(name, IndexPart.columns(columns));
    }

    public static Index of(String name, List<IndexPart> parts) {
        return new Index(name, false, parts, null, null, List.of(), false, null, List.of());
    }

    public Index withUnique(boolean u) {
        return new Index(name, u, parts, type, where, include, nullsNotDistinct, comment, attrs);
    }

    public Index withParts(List<IndexPart> p) {
        return new Index(name, unique, p, type, where, include, nullsNotDistinct, comment, attrs);
    }

    public Index withType(String t) {
        return new Index(name, unique, parts, t, where, include, nullsNotDistinct, comment, attrs);
    }

    public Index withWhere(String w) {
        return new Index(name, unique, parts, type, w, include, nullsNotDistinct, comment, attrs);
    }

    public Index withInclude(List<String> i) {
        return new Index(name, unique, parts, type, where, i, nullsNotDistinct, comment, attrs);
    }

    public Index withNullsNotDistinct(boolean n) {
        return new Index(name, unique, parts, type, where, include, n, comment, attrs);
    }

    public Index withComment(String c) {
        return new Index(name, unique, parts, type, where, include, nullsNotDistinct, c, attrs);
    }

    public Index withAttrs(List<DialectAttr> a) {
        return new Index(name, unique, parts, type, where, include, nullsNotDistinct, comment, a);
    }

    /** The columns the index uses, by their parts and INCLUDE list. */
    public boolean uses(String column) {
        return include.contains(column) || parts.stream().anyMatch(p -> column.equals(p.column()));
    }
}
