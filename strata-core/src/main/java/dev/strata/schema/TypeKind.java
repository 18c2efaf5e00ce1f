package dev.strata.schema;

/**
 * The family a column type belongs to, the same in every dialect: what the differ, lint and the
 * printers ask before they look at the dialect's own spelling.
 */
public enum TypeKind {
    BOOLEAN,
    INTEGER,
    DECIMAL,
    FLOAT,
    /** Character data: char, varchar, text. */
    STRING,
    /** Byte strings: bytea, blob, binary. */
    BINARY,
    /** Bit strings: bit(n), bit varying. */
    BIT,
    /** Dates, times and timestamps. */
    TIME,
    INTERVAL,
    JSON,
    UUID,
    XML,
    /** Network addresses: inet, cidr, macaddr, MariaDB's inet4/inet6. */
    NETWORK,
    /** Geometry and geography types. */
    SPATIAL,
    MONEY,
    /** Text search: tsvector, tsquery. */
    TEXT_SEARCH,
    /** Range and multirange types. */
    RANGE,
    /** Object identifiers and the reg* types. */
    OID,
    /** A PostgreSQL enum type (with a {@link ColumnType#userType()}) or MySQL's inline enum (with values). */
    ENUM,
    /** MySQL's SET type. */
    SET,
    /** An array of {@link ColumnType#element()}. */
    ARRAY,
    /** A domain over another type. */
    DOMAIN,
    /** A composite (row) type. */
    COMPOSITE,
    /** Anything the dialect does not know: kept as the database spells it. */
    OTHER
}
