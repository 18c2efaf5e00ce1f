package dev.strata.schema;

/** A type a schema defines: an enum, a domain or a composite type (PostgreSQL). */
public sealed interface UserType permits EnumType, DomainType, CompositeType {

    String name();

    String comment();

    /** The HCL block and {@code --exclude} selector name: {@code enum}, {@code domain}, {@code composite}. */
    String kind();
}
