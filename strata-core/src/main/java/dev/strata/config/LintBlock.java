package dev.strata.config;

import java.util.Map;

/**
 * The project file's {@code lint { ... }} block, as Atlas reads it: which files are new
 * ({@code latest = N} or {@code git { base = "main" dir = "." }}), and per analyzer its settings
 * ({@code destructive { error = false }}, {@code naming { match = "^[a-z_]+$" ... }}).
 *
 * @param latest  {@code latest}, or null
 * @param gitBase {@code git.base}, or null
 * @param gitDir  {@code git.dir}, or null
 * @param errors  per analyzer name, its {@code error} attribute
 * @param naming  the {@code naming} block's rules by object kind: {@code ""} for its own
 *                {@code match}/{@code message}, else {@code schema}, {@code table}, {@code column},
 *                {@code index}, {@code foreign_key} or {@code check}
 */
public record LintBlock(Integer latest, String gitBase, String gitDir, Map<String, Boolean> errors,
                        Map<String, NamingRule> naming) {

    /** No lint block. */
    public static final LintBlock NONE = new LintBlock(null, null, null, Map.of(), Map.of());

    public LintBlock {
        errors = Map.copyOf(errors);
        naming = Map.copyOf(naming);
    }

    /** A naming rule: the regular expression names must match, and what the diagnostic says when not. */
    public record NamingRule(String match, String message) {
    }

    /**
     * An env's lint block over the project's, as Atlas merges them: the analyzer settings come from the
     * project's block only when the env's has none, the file selection only when the env sets neither.
     */
    public LintBlock over(LintBlock global) {
        boolean ownAnalyzers = !errors.isEmpty() || !naming.isEmpty();
        boolean ownDetector = latest != null || gitBase != null;
        return new LintBlock(ownDetector ? latest : global.latest, ownDetector ? gitBase : global.gitBase,
                ownDetector ? gitDir : global.gitDir, ownAnalyzers ? errors : global.errors,
                ownAnalyzers ? naming : global.naming);
    }
}
