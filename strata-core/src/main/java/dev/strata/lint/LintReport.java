package dev.strata.lint;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@code Strata.lint(...)} returns: the run, the dev database's dialect, and its findings as one
 * flat list for callers that only want to know what to show or whether to fail.
 *
 * @param result  the whole run, file by file (what the report formats print)
 * @param dialect the dev database's dialect name as Atlas names its driver ({@code postgres}, {@code mysql}, {@code sqlite3})
 */
public record LintReport(LintResult result, String dialect) {

    /** One diagnostic with its file and level; a replay error has the code {@code replay}. */
    public record Finding(String file, int line, String code, boolean error, String message, List<String> fixes) {
        public Finding {
            fixes = List.copyOf(fixes);
        }
    }

    /** Whether an error-level diagnostic or a replay error remains: a build should fail. */
    public boolean hasErrors() {
        return result.hasError();
    }

    /** Every finding, file by file, in report order (analyzer by analyzer, each in statement order). */
    public List<Finding> findings() {
        List<Finding> out = new ArrayList<>();
        for (FileResult f : result.files()) {
            if (f.error() != null) {
                out.add(new Finding(f.file().name(), 1, "replay", true, f.error(), List.of()));
            }
            for (Report r : f.reports()) {
                for (Diagnostic d : r.diagnostics()) {
                    out.add(new Finding(f.file().name(), d.line(), d.code(), r.error(), d.text(), d.fixes()));
                }
            }
        }
        return List.copyOf(out);
    }
}
