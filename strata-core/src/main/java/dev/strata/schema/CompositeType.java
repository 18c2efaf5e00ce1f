package dev.strata.schema;

import java.util.List;

/**
 * A composite type ({@code CREATE TYPE t AS (...)}).
 *
 * @param name    its name
 * @param fields  its fields, in order
 * @param comment its comment, or null
 */
public record CompositeType(String name, List<Field> fields, String comment) implements UserType {

    public CompositeType {
        Canon.require(name, "a composite type's name");
        fields = Canon.list(fields);
        comment = Canon.text(comment);
    }

    @Override
    public String kind() {
        return "composite";
    }

    /**
     * A field of a composite type.
     *
     * @param name      its name
     * @param type      its type
     * @param collation its collation when set, else null
     */
    public record Field(String name, ColumnType type, String collation) {
        public Field {
            Canon.require(name, "a field's name");
            if (type == null) {
                throw new IllegalArgumentException("field \"" + name + "\" needs a type");
            }
            collation = Canon.text(collation);
        }
    }
}
