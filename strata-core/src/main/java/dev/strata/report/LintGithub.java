package dev.strata.report;

import dev.strata.lint.Diagnostic;
import dev.strata.lint.FileResult;
import dev.strata.lint.LintResult;
import dev.strata.lint.Report;

/**
 * {@code migrate lint --format github}: one GitHub Actions workflow command a diagnostic
 * ({@code ::error file=…,line=…,title=CODE::message}), so a pull request shows it on the line; an
 * error-level report gives {@code error}, the rest {@code warning}.
 */
public final class LintGithub {

    private LintGithub() {
    }

    /** @param dir the directory path the file names are relative to, as the repository sees it */
    public static String of(LintResult r, String dir) {
        StringBuilder b = new StringBuilder();
        for (FileResult f : r.files()) {
            String file = path(dir, f);
            if (f.error() != null) {
                b.append("::error file=").append(property(file)).append(",title=lint::").append(data(f.error())).append('\n');
            }
            for (Report rep : f.reports()) {
                for (Diagnostic d : rep.diagnostics()) {
                    String msg = d.text() + (d.fixes().isEmpty() ? "" : ". Fix: " + String.join(" ", d.fixes()))
                            + " (" + LintText.LINK + d.code() + ")";
                    b.append(rep.error() ? "::error" : "::warning").append(" file=").append(property(file))
                            .append(",line=").append(d.line()).append(",title=").append(property(d.code())).append("::")
                            .append(data(msg)).append('\n');
                }
            }
        }
        return b.toString();
    }

    /** The file's path as the repository sees it: {@code dir/name}, or the bare name for {@code .}. */
    static String path(String dir, FileResult f) {
        String prefix = dir == null || dir.isEmpty() || dir.equals(".") ? "" : dir.endsWith("/") ? dir : dir + "/";
        return prefix + f.file().name();
    }

    /** GitHub's escaping of a command's message. */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** GitHub's escaping of a command's property value. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
