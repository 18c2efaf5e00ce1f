package dev.strata.report;

import dev.strata.lint.Diagnostic;
import dev.strata.lint.FileResult;
import dev.strata.lint.LintResult;
import dev.strata.lint.Report;

/**
 * The Markdown summary {@code migrate lint} appends to {@code $GITHUB_STEP_SUMMARY}: a heading with
 * the verdict, then one table row a diagnostic (file and line, level, code with its link, message and
 * fix), a replay error as a row of its own.
 */
public final class LintMarkdown {

    private LintMarkdown() {
    }

    /** @param dir the directory path the file names are relative to, as the repository sees it */
    public static String of(LintResult r, String dir) {
        StringBuilder b = new StringBuilder("### strata migrate lint: ");
        b.append(r.hasError() ? "failed" : r.diagnostics() == 0 ? "no diagnostics" : "passed with warnings").append("\n\n");
        b.append(r.files().size()).append(r.files().size() == 1 ? " file" : " files").append(" analysed, ")
                .append(r.changes()).append(r.changes() == 1 ? " schema change, " : " schema changes, ")
                .append(r.diagnostics()).append(r.diagnostics() == 1 ? " diagnostic" : " diagnostics").append(".\n");
        if (r.diagnostics() == 0 && r.files().stream().allMatch(f -> f.error() == null)) {
            return b.toString();
        }
        b.append("\n| File | Level | Code | Diagnostic |\n| --- | --- | --- | --- |\n");
        for (FileResult f : r.files()) {
            String file = LintGithub.path(dir, f);
            if (f.error() != null) {
                b.append("| `").append(file).append("` | error | replay | ").append(cell(f.error())).append(" |\n");
            }
            for (Report rep : f.reports()) {
                for (Diagnostic d : rep.diagnostics()) {
                    b.append("| `").append(file).append(":").append(d.line()).append("` | ")
                            .append(rep.error() ? "error" : "warning").append(" | [").append(d.code()).append("](")
                            .append(LintText.LINK).append(d.code()).append(") | ").append(cell(d.text()));
                    if (!d.fixes().isEmpty()) {
                        b.append("<br>Fix: ").append(cell(String.join(" ", d.fixes())));
                    }
                    b.append(" |\n");
                }
            }
        }
        return b.toString();
    }

    /** A table cell: pipes escaped, lines joined. */
    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\r", "").replace("\n", "<br>");
    }
}
