package dev.strata.schema;

import java.util.List;

/**
 * A UNIQUE constraint of PostgreSQL, which is not the same object as a unique index there (MySQL and
 * SQLite keep unique constraints as unique {@link Index}es).
 *
 * @param name             the constraint's name
 * @param columns          its columns, in key order
 * @param include          INCLUDE columns
 * @param nullsNotDistinct {@code NULLS NOT DISTINCT}
 * @param deferrable       whether and how it is deferrable
 * @param comment          its comment, or null
 */
public record UniqueConstraint(String name, List<String> columns, List<String> include, boolean nullsNotDistinct,
                               Deferrable deferrable, String comment) {

    public UniqueConstraint {
        Canon.require(name, "a unique constraint's name");
        columns = Canon.list(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("unique constraint \"" + name + "\" has no columns");
        }
        include = Canon.list(include);
        deferrable = deferrable == null ? Deferrable.NOT_DEFERRABLE : deferrable;
        comment = Canon.text(comment);
    }

    public static UniqueConstraint of(String name, String... columns) {
        return new UniqueConstraint(name, List.of(columns), List.of(), false, Deferrable.NOT_DEFERRABLE, null);
    }

    public UniqueConstraint withInclude(List<String> i) {
        return new UniqueConstraint(name, columns, i, nullsNotDistinct, deferrable, comment);
    }

    public UniqueConstraint withNullsNotDistinct(boolean n) {
        return new UniqueConstraint(name, columns, include, n, deferrable, comment);
    }

    public UniqueConstraint withDeferrable(Deferrable d) {
        return new UniqueConstraint(name, columns, include, nullsNotDistinct, d, comment);
    }

    public UniqueConstraint withComment(String c) {
        return new UniqueConstraint(name, columns, include, nullsNotDistinct, deferrable, c);
    }

    public boolean uses(String column) {
        return columns.contains(column) || include.contains(column);
    }
}
