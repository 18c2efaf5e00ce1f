package dev.strata.config;

import dev.strata.config.Hcl.Attribute;
import dev.strata.config.Hcl.Expr;
import dev.strata.config.Hcl.Pos;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A variable's declared type: enough to turn {@code --var} text into a value and to check it. */
record VariableType(String kind, VariableType element, String file, Pos pos) {

    static VariableType of(Attribute type, String file) {
        return type == null ? new VariableType("any", null, file, null) : of(type.value(), file);
    }

    private static VariableType of(Expr e, String file) {
        if (e instanceof Hcl.Variable v && Set.of("string", "number", "bool", "any").contains(v.name())) {
            return new VariableType(v.name(), null, file, v.pos());
        }
        if (e instanceof Hcl.Call c && Set.of("list", "set", "map").contains(c.name()) && c.args().size() == 1) {
            return new VariableType(c.name(), of(c.args().get(0), file), file, c.pos());
        }
        if (e instanceof Hcl.Call c && Set.of("tuple", "object").contains(c.name())) {
            return new VariableType("any", null, file, c.pos());
        }
        throw new ConfigException(file, e.pos().line(), e.pos().column(),
                "unknown variable type (use string, number, bool, any, list(T), set(T) or map(T))");
    }

    Object coerce(List<String> values, String var) {
        if (kind.equals("list") || kind.equals("set")) {
            List<Object> out = new ArrayList<>();
            for (String v : values) {
                out.add(element.scalar(v, var));
            }
            return kind.equals("set") ? new ArrayList<>(new LinkedHashSet<>(out)) : out;
        }
        if (values.size() > 1 && !kind.equals("any")) {
            throw new ConfigException(file, pos.line(), pos.column(), "variable \"" + var + "\" is a " + kind
                    + ", but --var gave it " + values.size() + " values");
        }
        if (kind.equals("any") && values.size() > 1) {
            return new ArrayList<Object>(values);
        }
        return scalar(values.get(0), var);
    }

    Object scalar(String v, String var) {
        switch (kind) {
            case "number":
                try {
                    return new BigDecimal(v.strip());
                } catch (NumberFormatException e) {
                    throw mismatch(var, "a number", v);
                }
            case "bool":
                if (v.equals("true") || v.equals("false")) {
                    return Boolean.valueOf(v);
                }
                throw mismatch(var, "a bool (true or false)", v);
            case "map":
                throw mismatch(var, "a map", v);
            default:
                return v;
        }
    }

    private ConfigException mismatch(String var, String expected, String got) {
        return new ConfigException(file, pos.line(), pos.column(), "variable \"" + var + "\" needs " + expected
                + ", got \"" + got + "\" from --var");
    }
}
