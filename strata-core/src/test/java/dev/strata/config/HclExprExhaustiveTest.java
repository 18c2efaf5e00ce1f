package dev.strata.config;

import dev.strata.config.Hcl.Pos;
import dev.strata.testing.Exhaustive;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every kind of HCL expression is evaluated; {@link Evaluator#eval} is an instanceof chain. */
class HclExprExhaustiveTest {

    private static final Pos AT = new Pos(1, 1);

    private static Hcl.Expr lit(Object v) {
        return new Hcl.Literal(v, AT);
    }

    private static Hcl.Expr var() {
        return new Hcl.Variable("var", AT);
    }

    /** Each sample with the value it must evaluate to. */
    private static final Map<Hcl.Expr, Object> SAMPLES = Map.ofEntries(
            Map.entry(lit("a"), "a"),
            Map.entry(new Hcl.Template(List.of(lit("a"), new Hcl.GetAttr(var(), "name", AT)), AT), "adb"),
            Map.entry(new Hcl.Variable("var", AT), Map.of("name", "db")),
            Map.entry(new Hcl.GetAttr(var(), "name", AT), "db"),
            Map.entry(new Hcl.Index(new Hcl.Tuple(List.of(lit("x"), lit("y")), AT), lit(BigDecimal.ONE), AT), "y"),
            Map.entry(new Hcl.Call("upper", List.of(lit("a")), AT), "A"),
            Map.entry(new Hcl.Tuple(List.of(lit("x")), AT), List.of("x")),
            Map.entry(new Hcl.ObjectExpr(List.of(lit("k")), List.of(lit("v")), AT), Map.of("k", "v")),
            Map.entry(new Hcl.Unary(HclLexer.Kind.NOT, lit(true), AT), false),
            Map.entry(new Hcl.Binary(HclLexer.Kind.PLUS, lit(BigDecimal.ONE), lit(BigDecimal.ONE), AT),
                    BigDecimal.valueOf(2)),
            Map.entry(new Hcl.Conditional(lit(true), lit("t"), lit("f"), AT), "t"),
            Map.entry(new Hcl.For(null, "s", new Hcl.Tuple(List.of(lit("a")), AT), null,
                    new Hcl.Call("upper", List.of(new Hcl.Variable("s", AT)), AT), null, false, AT), List.of("A")));

    @Test
    void everyExpressionIsEvaluated() {
        Evaluator ev = new Evaluator("test.hcl", (name, pos, e) -> Map.of("name", "db"));
        Exhaustive.check(Hcl.Expr.class, List.copyOf(SAMPLES.keySet()), Map.of("Evaluator.eval", expr -> {
            Object value = ev.eval(expr);
            assertThat(value).as(expr.toString()).isEqualTo(SAMPLES.get(expr));
            return value;
        }));
    }
}
