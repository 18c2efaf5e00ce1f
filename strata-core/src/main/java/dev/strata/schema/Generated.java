package dev.strata.schema;

/**
 * A generated column's expression.
 *
 * @param expr    the expression, as the database prints it
 * @param storage STORED (computed on write) or VIRTUAL (on read); MariaDB's PERSISTENT is STORED
 */
public record Generated(String expr, Storage storage) {

    public enum Storage { STORED, VIRTUAL }

    public Generated {
        Canon.require(expr, "a generated column's expression");
        if (storage == null) {
            throw new IllegalArgumentException("a generated column needs STORED or VIRTUAL");
        }
    }
}
