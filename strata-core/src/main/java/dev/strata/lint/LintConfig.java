package dev.strata.lint;

import dev.strata.config.LintBlock;
import dev.strata.config.LintBlock.NamingRule;

import java.util.List;
import java.util.Map;

/**
 * The project file's {@code lint} block as far as analysis goes: per analyzer, whether its findings
 * are errors ({@code destructive { error = false }}, {@code data_depend { error = true }}), and the
 * naming rules, which switch the naming analyzer on.
 *
 * @param errors error level by analyzer name; an analyzer not named keeps its default
 * @param naming the naming rules by object kind ({@link LintBlock#naming()}); empty: no naming analyzer
 */
public record LintConfig(Map<String, Boolean> errors, Map<String, NamingRule> naming) {

    public static final LintConfig DEFAULT = new LintConfig(Map.of(), Map.of());

    public LintConfig {
        errors = Map.copyOf(errors);
        naming = Map.copyOf(naming);
    }

    public LintConfig(Map<String, Boolean> errors) {
        this(errors, Map.of());
    }

    /** The analysis settings of a project file's lint block; settings of analyzers Strata lacks are kept, unused. */
    public static LintConfig of(LintBlock block) {
        return new LintConfig(block.errors(), block.naming());
    }

    /**
     * The analyzers the block sets that Strata does not have (a typo, or one of Atlas Pro's): Atlas
     * ignores them, so a project file written for it still works; the command says so on stderr.
     */
    public static List<String> unknownAnalyzers(LintBlock block) {
        return block.errors().keySet().stream().filter(n -> !Analyzers.NAMES.contains(n)).sorted().toList();
    }

    boolean error(Analyzer a) {
        return errors.getOrDefault(a.name(), a.errorByDefault());
    }
}
