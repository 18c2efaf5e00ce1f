package dev.strata.config;

import dev.strata.config.Hcl.Expr;

import java.util.ArrayList;
import java.util.List;

/** The variables and locals an expression reads, named in errors: {@code (from var.url)}. */
final class References {

    private References() {
    }

    /** {@code " (from var.url)"}, or empty when the expression reads no variable. */
    static String in(Expr e) {
        List<String> names = new ArrayList<>();
        collect(e, names);
        return names.isEmpty() ? "" : " (from " + String.join(", ", names) + ")";
    }

    private static void collect(Expr e, List<String> names) {
        String path = path(e);
        if (path != null) {
            if (!names.contains(path)) {
                names.add(path);
            }
        } else if (e instanceof Hcl.Template t) {
            t.parts().forEach(p -> collect(p, names));
        } else if (e instanceof Hcl.Call c) {
            c.args().forEach(a -> collect(a, names));
        } else if (e instanceof Hcl.Conditional c) {
            collect(c.then(), names);
            collect(c.otherwise(), names);
        }
    }

    /** {@code var.url}, {@code local.db.url}: a chain of attribute reads from a name; else null. */
    private static String path(Expr e) {
        if (e instanceof Hcl.GetAttr g) {
            String target = g.target() instanceof Hcl.Variable v ? v.name() : path(g.target());
            return target == null ? null : target + "." + g.name();
        }
        return null;
    }
}
