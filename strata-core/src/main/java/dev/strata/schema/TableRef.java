package dev.strata.schema;

/**
 * A table (or view) by name: how objects refer to each other in the model, without pointers.
 *
 * @param schema the schema that holds it
 * @param name   its name
 */
public record TableRef(String schema, String name) implements Comparable<TableRef> {

    public TableRef {
        Canon.require(schema, "a table reference's schema");
        Canon.require(name, "a table reference's name");
    }

    @Override
    public int compareTo(TableRef o) {
        int c = schema.compareTo(o.schema);
        return c != 0 ? c : name.compareTo(o.name);
    }

    @Override
    public String toString() {
        return schema + "." + name;
    }
}
