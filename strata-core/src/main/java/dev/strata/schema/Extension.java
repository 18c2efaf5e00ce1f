package dev.strata.schema;

/**
 * A PostgreSQL extension, installed once per database.
 *
 * @param name    its name
 * @param schema  the schema its objects are in, or null
 * @param version its version, or null
 * @param comment its comment, or null
 */
public record Extension(String name, String schema, String version, String comment) {

    public Extension {
        Canon.require(name, "an extension's name");
        schema = Canon.text(schema);
        version = Canon.text(version);
        comment = Canon.text(comment);
    }
}
