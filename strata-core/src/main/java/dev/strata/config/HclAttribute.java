package dev.strata.config;

/**
 * An evaluated attribute.
 *
 * @param name  its name
 * @param value a {@code String}, {@code BigDecimal}, {@code Boolean}, {@code List}, {@code Map}, or one
 *              of the schema values {@link HclRef}, {@link HclWord}, {@link HclCall}, {@link HclSql}
 * @param pos   where it starts
 */
public record HclAttribute(String name, Object value, HclPosition pos) {

    /** A value described for an error message: {@code the string "x"}, {@code a number}, {@code the reference schema.s}. */
    public static String describe(Object value) {
        return Evaluator.typeName(value);
    }

    /** An error at this attribute: {@code file:line:col: message}. */
    public ConfigException error(String message) {
        return pos.error(message);
    }
}
