package dev.strata.config;

import dev.strata.config.Hcl.Expr;
import dev.strata.config.Hcl.Pos;
import dev.strata.config.HclLexer.Kind;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Evaluates HCL expressions to plain Java values: {@code String}, {@code BigDecimal},
 * {@code Boolean}, {@code List}, {@code Map} (insertion-ordered) and {@code null}.
 *
 * <p>Names are resolved through a root scope ({@code var}, {@code local}, {@code data},
 * {@code each}, {@code atlas}); locals and data sources are evaluated on first use, so they may
 * refer to each other in any order, and a cycle is reported.
 */
final class Evaluator {

    private static final MathContext MATH = MathContext.DECIMAL128;

    /** Resolves a root name such as {@code var} to its value, or throws when unknown. */
    interface Roots {
        Object resolve(String name, Pos pos, Evaluator evaluator);

        /** Calls a function: HCL's standard ones unless the document adds its own ({@code sql}). */
        default Object call(String name, List<Object> args, Pos pos, Evaluator evaluator) {
            return HclFunctions.call(evaluator, name, args, pos);
        }
    }

    private final String file;
    private final Roots roots;
    private final Map<String, Object> scoped = new HashMap<>();

    Evaluator(String file, Roots roots) {
        this.file = file;
        this.roots = roots;
    }

    String file() {
        return file;
    }

    ConfigException error(Pos pos, String message) {
        return new ConfigException(file, pos.line(), pos.column(), message);
    }

    /** A copy that also sees {@code name} (for {@code for} expressions and {@code each}). */
    Evaluator with(String name, Object value) {
        Evaluator e = new Evaluator(file, roots);
        e.scoped.putAll(scoped);
        e.scoped.put(name, value);
        return e;
    }

    Object eval(Expr expr) {
        if (expr instanceof Hcl.Literal l) {
            return l.value();
        }
        if (expr instanceof Hcl.Template t) {
            StringBuilder b = new StringBuilder();
            for (Expr part : t.parts()) {
                b.append(string(eval(part), part.pos(), "a ${...} part of a string"));
            }
            return b.toString();
        }
        if (expr instanceof Hcl.Variable v) {
            if (scoped.containsKey(v.name())) {
                return scoped.get(v.name());
            }
            return roots.resolve(v.name(), v.pos(), this);
        }
        if (expr instanceof Hcl.GetAttr g) {
            return attribute(eval(g.target()), g.name(), g.pos());
        }
        if (expr instanceof Hcl.Index x) {
            return index(eval(x.target()), eval(x.key()), x.pos());
        }
        if (expr instanceof Hcl.Call c) {
            List<Object> args = new ArrayList<>();
            for (Expr a : c.args()) {
                args.add(eval(a));
            }
            return roots.call(c.name(), args, c.pos(), this);
        }
        if (expr instanceof Hcl.Tuple t) {
            List<Object> items = new ArrayList<>();
            for (Expr e : t.items()) {
                items.add(eval(e));
            }
            return items;
        }
        if (expr instanceof Hcl.ObjectExpr o) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (int i = 0; i < o.keys().size(); i++) {
                Expr k = o.keys().get(i);
                map.put(string(eval(k), k.pos(), "an object key"), eval(o.values().get(i)));
            }
            return map;
        }
        if (expr instanceof Hcl.Unary u) {
            Object v = eval(u.operand());
            return u.op() == Kind.NOT ? !bool(v, u.pos()) : number(v, u.pos()).negate();
        }
        if (expr instanceof Hcl.Binary b) {
            return binary(b);
        }
        if (expr instanceof Hcl.Conditional c) {
            return bool(eval(c.condition()), c.pos()) ? eval(c.then()) : eval(c.otherwise());
        }
        if (expr instanceof Hcl.For f) {
            return forExpr(f);
        }
        throw error(expr.pos(), "cannot evaluate this expression");
    }

    private Object attribute(Object target, String name, Pos pos) {
        if (target instanceof Map<?, ?> m) {
            try {
                if (!m.containsKey(name)) {
                    throw error(pos, "unknown attribute \"" + name + "\"" + known(m));
                }
            } catch (UndefinedException u) {
                throw error(pos, u.getMessage());
            }
            return m.get(name);
        }
        throw error(pos, "cannot read \"." + name + "\" of " + typeName(target));
    }

    private static String known(Map<?, ?> m) {
        if (m.isEmpty() || m.size() > 20) {
            return "";
        }
        return " (known: " + String.join(", ", m.keySet().stream().map(String::valueOf).toList()) + ")";
    }

    private Object index(Object target, Object key, Pos pos) {
        if (target instanceof List<?> l) {
            int i = integer(key, pos, "a list index");
            if (i < 0 || i >= l.size()) {
                throw error(pos, "index " + i + " out of range (the list has " + l.size() + " elements)");
            }
            return l.get(i);
        }
        if (target instanceof Map<?, ?>) {
            return attribute(target, string(key, pos, "a map key"), pos);
        }
        throw error(pos, "cannot index " + typeName(target));
    }

    private Object binary(Hcl.Binary b) {
        if (b.op() == Kind.AND) {
            return bool(eval(b.left()), b.pos()) && bool(eval(b.right()), b.pos());
        }
        if (b.op() == Kind.OR) {
            return bool(eval(b.left()), b.pos()) || bool(eval(b.right()), b.pos());
        }
        Object l = eval(b.left());
        Object r = eval(b.right());
        switch (b.op()) {
            case EQ:
                return equal(l, r);
            case NE:
                return !equal(l, r);
            default:
                break;
        }
        BigDecimal x = number(l, b.pos());
        BigDecimal y = number(r, b.pos());
        try {
            return arithmetic(b, x, y);
        } catch (ArithmeticException e) {
            // 0 % 0, exponents past BigDecimal's range, a remainder wider than the precision.
            throw error(b.pos(), "arithmetic error: " + String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT));
        }
    }

    private Object arithmetic(Hcl.Binary b, BigDecimal x, BigDecimal y) {
        return switch (b.op()) {
            // Bounded precision (HCL's numbers are 512-bit floats): 1e999999999 + 1 must not build a
            // billion-digit number.
            case PLUS -> x.add(y, MATH);
            case MINUS -> x.subtract(y, MATH);
            case STAR -> x.multiply(y, MATH);
            case SLASH -> {
                if (y.signum() == 0) {
                    throw error(b.pos(), "division by zero");
                }
                yield x.divide(y, MATH).stripTrailingZeros();
            }
            case PERCENT -> {
                if (y.signum() == 0) {
                    throw error(b.pos(), "division by zero");
                }
                yield x.remainder(y, MATH);
            }
            case LT -> x.compareTo(y) < 0;
            case LE -> x.compareTo(y) <= 0;
            case GT -> x.compareTo(y) > 0;
            case GE -> x.compareTo(y) >= 0;
            default -> throw error(b.pos(), "unsupported operator");
        };
    }

    private static boolean equal(Object l, Object r) {
        if (l instanceof BigDecimal a && r instanceof BigDecimal b) {
            return a.compareTo(b) == 0;
        }
        return l == null ? r == null : l.equals(r);
    }

    private Object forExpr(Hcl.For f) {
        Object collection = eval(f.collection());
        List<Map.Entry<Object, Object>> entries = new ArrayList<>();
        if (collection instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                entries.add(Map.entry(BigDecimal.valueOf(i), list.get(i) == null ? NULL : list.get(i)));
            }
        } else if (collection instanceof Map<?, ?> map) {
            map.forEach((k, v) -> entries.add(Map.entry(k, v == null ? NULL : v)));
        } else {
            throw error(f.collection().pos(), "a for expression needs a list or a map, not " + typeName(collection));
        }
        List<Object> list = new ArrayList<>();
        Map<String, Object> object = new LinkedHashMap<>();
        for (Map.Entry<Object, Object> entry : entries) {
            Evaluator inner = with(f.valueVar(), entry.getValue() == NULL ? null : entry.getValue());
            if (f.keyVar() != null) {
                inner = inner.with(f.keyVar(), entry.getKey());
            }
            if (f.condition() != null && !bool(inner.eval(f.condition()), f.condition().pos())) {
                continue;
            }
            if (f.object()) {
                object.put(string(inner.eval(f.key()), f.key().pos(), "a key"), inner.eval(f.value()));
            } else {
                list.add(inner.eval(f.value()));
            }
        }
        return f.object() ? object : list;
    }

    private static final Object NULL = new Object();

    /** A whole number that fits an int, for indexes. */
    int integer(Object v, Pos pos, String what) {
        try {
            return number(v, pos).intValueExact();
        } catch (ArithmeticException e) {
            throw error(pos, what + " must be a whole number, not " + string(v, pos, what));
        }
    }

    String string(Object v, Pos pos, String what) {
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof BigDecimal n) {
            BigDecimal stripped = n.stripTrailingZeros();
            // 1e999999999 in plain digits would be a gigabyte of zeros.
            return Math.abs((long) stripped.scale()) > 1000 ? stripped.toString() : stripped.toPlainString();
        }
        if (v instanceof Boolean b) {
            return b.toString();
        }
        throw error(pos, what + " must be a string, not " + typeName(v));
    }

    BigDecimal number(Object v, Pos pos) {
        if (v instanceof BigDecimal n) {
            return n;
        }
        if (v instanceof String s) {
            try {
                return new BigDecimal(s.strip());
            } catch (NumberFormatException e) {
                throw error(pos, "a number is required, not \"" + s + "\"");
            }
        }
        throw error(pos, "a number is required, not " + typeName(v));
    }

    boolean bool(Object v, Pos pos) {
        if (v instanceof Boolean b) {
            return b;
        }
        if ("true".equals(v)) {
            return true;
        }
        if ("false".equals(v)) {
            return false;
        }
        throw error(pos, "a bool is required, not " + typeName(v));
    }

    @SuppressWarnings("unchecked")
    List<Object> list(Object v, Pos pos) {
        if (v instanceof List<?> l) {
            return (List<Object>) l;
        }
        throw error(pos, "a list is required, not " + typeName(v));
    }

    static String typeName(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof String s) {
            return "the string \"" + s + "\"";
        }
        if (v instanceof BigDecimal) {
            return "a number";
        }
        if (v instanceof Boolean) {
            return "a bool";
        }
        if (v instanceof List<?>) {
            return "a list";
        }
        if (v instanceof Map<?, ?>) {
            return "an object";
        }
        if (v instanceof HclRef r) {
            return "the reference " + r;
        }
        if (v instanceof HclWord w) {
            return "the word " + w.word();
        }
        if (v instanceof HclSql s) {
            return "sql(\"" + s.sql() + "\")";
        }
        if (v instanceof HclCall c) {
            return "the call " + c.name() + "(...)";
        }
        return v.getClass().getSimpleName();
    }

}
