package dev.strata.lint;

import java.util.Map;

/**
 * The project file's {@code lint} block as far as analysis goes: per analyzer, whether its findings
 * are errors ({@code destructive { error = false }}, {@code data_depend { error = true }}).
 *
 * @param errors error level by analyzer name; an analyzer not named keeps its default
 */
public record LintConfig(Map<String, Boolean> errors) {

    public static final LintConfig DEFAULT = new LintConfig(Map.of());

    public LintConfig {
        errors = Map.copyOf(errors);
    }

    boolean error(Analyzer a) {
        return errors.getOrDefault(a.name(), a.errorByDefault());
    }
}
