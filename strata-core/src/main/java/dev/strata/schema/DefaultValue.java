package dev.strata.schema;

import java.math.BigDecimal;

/**
 * A column default: a literal, or an expression the database evaluates. Inspectors unwrap a
 * literal the database shows with a cast of the column's own type ({@code 'x'::text} is the string
 * {@code x}); anything else is an {@link Expression}, spelled as the database prints it.
 */
public sealed interface DefaultValue {

    /** A string literal, unquoted: {@code 'it''s'} is {@code it's}. */
    record StringLiteral(String value) implements DefaultValue {
        public StringLiteral {
            if (value == null) {
                throw new IllegalArgumentException("a string default needs a value");
            }
        }
    }

    /** A number, in its shortest decimal form ({@code 1.50} is {@code 1.5}). */
    record NumberLiteral(String value) implements DefaultValue {
        public NumberLiteral {
            value = normal(value);
        }

        private static String normal(String v) {
            BigDecimal d;
            try {
                d = new BigDecimal(Canon.require(v, "a number default").strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a number: \"" + v + "\"", e);
            }
            if (d.signum() == 0) {
                return "0";
            }
            BigDecimal s = d.stripTrailingZeros();
            return Math.abs((long) s.scale()) > 100 ? s.toString() : s.toPlainString();
        }
    }

    record BoolLiteral(boolean value) implements DefaultValue {
    }

    /** An expression such as {@code now()} or {@code nextval('s'::regclass)}, as the database prints it. */
    record Expression(String sql) implements DefaultValue {
        public Expression {
            Canon.require(sql, "a default expression");
        }
    }

    static DefaultValue string(String value) {
        return new StringLiteral(value);
    }

    static DefaultValue number(String value) {
        return new NumberLiteral(value);
    }

    static DefaultValue bool(boolean value) {
        return new BoolLiteral(value);
    }

    static DefaultValue expr(String sql) {
        return new Expression(sql);
    }
}
