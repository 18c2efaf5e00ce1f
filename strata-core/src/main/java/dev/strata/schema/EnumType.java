package dev.strata.schema;

import java.util.List;

/**
 * An enum type.
 *
 * @param name    its name
 * @param values  its labels, in their sort order
 * @param comment its comment, or null
 */
public record EnumType(String name, List<String> values, String comment) implements UserType {

    public EnumType {
        Canon.require(name, "an enum's name");
        values = Canon.list(values);
        comment = Canon.text(comment);
    }

    public static EnumType of(String name, String... values) {
        return new EnumType(name, List.of(values), null);
    }

    @Override
    public String kind() {
        return "enum";
    }
}
