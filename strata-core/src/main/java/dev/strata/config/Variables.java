package dev.strata.config;

import dev.strata.config.Hcl.Attribute;
import dev.strata.config.Hcl.Block;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The values of {@code variable} blocks, as project files and schema files declare them: the
 * caller's value ({@code --var}) converted to the declared type, else the default, else an error.
 */
final class Variables {

    private static final Set<String> ATTRIBUTES = Set.of("type", "default", "description", "sensitive", "nullable");

    private Variables() {
    }

    /**
     * Puts the value of one {@code variable} block into {@code values}.
     *
     * @param given the caller's values by name; a repeated {@code --var} gives several
     */
    static void evaluate(Block b, String file, Map<String, List<String>> given, Map<String, Object> values) {
        if (b.labels().size() != 1) {
            throw new ConfigException(file, b.pos().line(), b.pos().column(),
                    "a variable block takes one label, its name");
        }
        String var = b.labels().get(0);
        if (values.containsKey(var)) {
            throw new ConfigException(file, b.pos().line(), b.pos().column(), "variable \"" + var
                    + "\" is declared twice");
        }
        for (Attribute a : b.body().attributes()) {
            if (!ATTRIBUTES.contains(a.name())) {
                throw new ConfigException(file, a.pos().line(), a.pos().column(), "unknown attribute \"" + a.name()
                        + "\" in variable \"" + var + "\" (known: " + String.join(", ", ATTRIBUTES.stream().sorted()
                        .toList()) + ")");
            }
        }
        VariableType type = VariableType.of(b.body().attribute("type"), file);
        Attribute dflt = b.body().attribute("default");
        if (given.containsKey(var)) {
            values.put(var, type.coerce(given.get(var), var));
        } else if (dflt != null) {
            Evaluator constants = new Evaluator(file, (n, pos, ev) -> {
                throw ev.error(pos, "a variable's default cannot refer to \"" + n + "\"");
            });
            values.put(var, constants.eval(dflt.value()));
        } else {
            throw new ConfigException(file, b.pos().line(), b.pos().column(), "missing value for required variable \""
                    + var + "\" (set it with --var " + var + "=...)");
        }
    }
}
