package dev.strata.schema;

/**
 * A user-defined type (an enum, a domain, a composite type) by name.
 *
 * @param schema the schema that holds the type
 * @param name   the type's name
 */
public record TypeRef(String schema, String name) {

    public TypeRef {
        Canon.require(schema, "a type reference's schema");
        Canon.require(name, "a type reference's name");
    }

    @Override
    public String toString() {
        return schema + "." + name;
    }
}
