package dev.strata.schema;

import java.util.List;

/**
 * A domain: a base type with a NOT NULL flag, a default and checks.
 *
 * @param name         its name
 * @param type         the base type
 * @param nullable     false for {@code NOT NULL}
 * @param defaultValue its default, or null
 * @param checks       its CHECK constraints, sorted by name
 * @param collation    its collation when set, else null
 * @param comment      its comment, or null
 */
public record DomainType(String name, ColumnType type, boolean nullable, DefaultValue defaultValue,
                         List<Check> checks, String collation, String comment) implements UserType {

    public DomainType {
        Canon.require(name, "a domain's name");
        if (type == null) {
            throw new IllegalArgumentException("domain \"" + name + "\" needs a base type");
        }
        checks = Canon.sorted(checks, Table.CHECK_ORDER);
        collation = Canon.text(collation);
        comment = Canon.text(comment);
    }

    /** A nullable domain without default or checks. */
    public static DomainType of(String name, ColumnType type) {
        return new DomainType(name, type, true, null, List.of(), null, null);
    }

    @Override
    public String kind() {
        return "domain";
    }
}
