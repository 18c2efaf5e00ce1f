package dev.strata.schema;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A stored function or procedure.
 *
 * @param kind       FUNCTION or PROCEDURE
 * @param name       its name
 * @param args       its arguments, in order
 * @param returns    a function's return type ({@code void}, {@code trigger}, {@code SETOF t} are
 *                   kept as the database spells them); null for a procedure
 * @param language   its language as the database names it ({@code sql}, {@code plpgsql}), or null
 * @param definition the full {@code CREATE} statement as the database returns it
 *                   ({@code pg_get_functiondef}, {@code SHOW CREATE FUNCTION}); when read from HCL
 *                   written for Atlas, only the body
 * @param comment    its comment, or null
 * @param attrs      dialect-only attributes (volatility, security), sorted by key
 */
public record Routine(Kind kind, String name, List<Arg> args, ColumnType returns, String language,
                      String definition, String comment, List<DialectAttr> attrs) {

    public enum Kind { FUNCTION, PROCEDURE }

    public Routine {
        if (kind == null) {
            throw new IllegalArgumentException("a routine is a FUNCTION or a PROCEDURE");
        }
        Canon.require(name, "a routine's name");
        args = Canon.list(args);
        language = Canon.text(language);
        definition = Canon.definition(definition);
        if (definition == null) {
            throw new IllegalArgumentException(kind.name().toLowerCase(java.util.Locale.ROOT) + " \"" + name
                    + "\" has no definition");
        }
        comment = Canon.text(comment);
        attrs = DialectAttr.canonical(attrs);
    }

    /**
     * What tells overloads apart: the name and the types of the input arguments, as PostgreSQL's
     * {@code regprocedure} prints them ({@code add(integer, integer)}).
     */
    public String signature() {
        return name + "(" + args.stream().filter(a -> a.mode() != Arg.Mode.OUT).map(a -> a.type().raw())
                .collect(Collectors.joining(", ")) + ")";
    }

    /**
     * An argument.
     *
     * @param name        its name, or null
     * @param type        its type
     * @param mode        IN, OUT, INOUT or VARIADIC
     * @param defaultExpr its default expression, or null
     */
    public record Arg(String name, ColumnType type, Mode mode, String defaultExpr) {
        public enum Mode { IN, OUT, INOUT, VARIADIC }

        public Arg {
            name = Canon.text(name);
            if (type == null) {
                throw new IllegalArgumentException("argument \"" + name + "\" needs a type");
            }
            mode = mode == null ? Mode.IN : mode;
            defaultExpr = Canon.text(defaultExpr);
        }

        public static Arg of(String name, ColumnType type) {
            return new Arg(name, type, Mode.IN, null);
        }
    }
}
