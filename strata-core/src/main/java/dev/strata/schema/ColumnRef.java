package dev.strata.schema;

/**
 * A column of a table in the same schema as the object that refers to it (a sequence's owner).
 *
 * @param table  the table's name
 * @param column the column's name
 */
public record ColumnRef(String table, String column) {

    public ColumnRef {
        Canon.require(table, "a column reference's table");
        Canon.require(column, "a column reference's column");
    }
}
