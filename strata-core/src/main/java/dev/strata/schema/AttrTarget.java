package dev.strata.schema;

/** The kind of object a {@link DialectAttr} belongs to, for reading one back by its key. */
public enum AttrTarget {
    REALM, SCHEMA, TABLE, COLUMN, PRIMARY_KEY, INDEX, FOREIGN_KEY, VIEW, ROUTINE
}
