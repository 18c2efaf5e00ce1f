package dev.strata.schema;

/**
 * A CHECK constraint.
 *
 * @param name      its name; SQLite may have none (null)
 * @param expr      the expression as the database prints it
 * @param noInherit PostgreSQL's {@code NO INHERIT}
 * @param enforced  false for MySQL's {@code NOT ENFORCED}
 */
public record Check(String name, String expr, boolean noInherit, boolean enforced) {

    public Check {
        name = Canon.text(name);
        Canon.require(expr, "a check's expression");
    }

    /** An enforced, inheritable check. */
    public static Check of(String name, String expr) {
        return new Check(name, expr, false, true);
    }
}
