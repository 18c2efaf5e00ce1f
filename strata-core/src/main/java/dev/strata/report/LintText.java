package dev.strata.report;

import dev.strata.lint.Diagnostic;
import dev.strata.lint.FileResult;
import dev.strata.lint.LintResult;
import dev.strata.lint.Report;
import dev.strata.text.Durations;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code migrate lint}'s default output, in Atlas's layout: a header naming the versions, one block a
 * file with its reports and suggested fixes, and a footer counting versions, changes and diagnostics.
 * A diagnostic's text and link are word-wrapped at 85 columns, continuation lines indented 9.
 */
public final class LintText {

    /** Atlas's documentation of each code; Strata's own codes link to the same anchor. */
    public static final String LINK = "https://atlasgo.io/lint/analyzers#";
    private static final int WIDTH = 85;
    private static final String CONTINUATION = "         ";
    /**
     * Atlas wraps the text with the link already underlined: the escape codes around the link
     * ({@code ESC[4m}, {@code ESC[0m}) count 8 columns even where colours are stripped.
     */
    private static final int UNDERLINE = 8;

    private LintText() {
    }

    public static String of(LintResult r, Style t) {
        if (r.files().isEmpty() && r.newFiles() == 0) {
            return "";
        }
        StringBuilder b = new StringBuilder(header(r)).append("\n\n");
        for (FileResult f : r.files()) {
            b.append("  ").append(t.yellow("--")).append(" analyzing version ").append(t.cyan(f.file().version())).append('\n');
            if (f.error() != null) {
                b.append("    ").append(t.red("Error:")).append(' ').append(f.error()).append('\n');
            } else if (f.reports().isEmpty()) {
                b.append("    ").append(t.yellow("--")).append(" no diagnostics found\n");
            }
            for (Report rep : f.reports()) {
                b.append("    ").append(t.yellow("--")).append(' ').append(rep.heading()).append(":\n");
                Set<String> fixes = new LinkedHashSet<>();
                for (Diagnostic d : rep.diagnostics()) {
                    String prefix = "      " + t.yellow("--") + " L" + d.line() + ": ";
                    List<String> lines = wrap(d.text() + " " + LINK + d.code(), UNDERLINE);
                    b.append(prefix).append(lines.get(0)).append('\n');
                    for (String l : lines.subList(1, lines.size())) {
                        b.append(CONTINUATION).append(l).append('\n');
                    }
                    fixes.addAll(d.fixes());
                }
                if (!fixes.isEmpty()) {
                    b.append("    ").append(t.yellow("--")).append(" suggested fix:\n");
                    for (String fix : fixes) {
                        List<String> lines = wrap(fix, 0);
                        b.append("      -> ").append(lines.get(0)).append('\n');
                        for (String l : lines.subList(1, lines.size())) {
                            b.append(CONTINUATION).append(l).append('\n');
                        }
                    }
                }
            }
            b.append("  ").append(t.yellow("--")).append(" ok (").append(t.yellow(Durations.format(f.took()))).append(")\n\n");
        }
        b.append("  ").append(t.cyan("-------------------------")).append('\n');
        b.append("  ").append(t.yellow("--")).append(' ').append(Durations.format(r.took())).append('\n');
        b.append("  ").append(t.yellow("--")).append(' ').append(versions(r)).append('\n');
        b.append("  ").append(t.yellow("--")).append(' ').append(plural(r.changes(), "schema change")).append('\n');
        if (r.diagnostics() > 0) {
            b.append("  ").append(t.yellow("--")).append(' ').append(plural(r.diagnostics(), "diagnostic")).append('\n');
        }
        return b.toString();
    }

    static String header(LintResult r) {
        String head = r.baseVersion() != null ? "Analyzing changes from version " + r.baseVersion() + " to " + r.lastVersion()
                : r.lastVersion() != null ? "Analyzing changes until version " + r.lastVersion() : "Analyzing changes";
        return head + " (" + r.newFiles() + (r.newFiles() == 1 ? " migration" : " migrations") + " in total):";
    }

    /** {@code 1 version ok, 2 with warnings, 1 with errors}: the first bucket names "version(s)". */
    static String versions(LintResult r) {
        int ok = 0;
        int warn = 0;
        int err = 0;
        for (FileResult f : r.files()) {
            if (f.hasError()) {
                err++;
            } else if (f.diagnostics() > 0) {
                warn++;
            } else {
                ok++;
            }
        }
        List<String> parts = new ArrayList<>();
        add(parts, ok, "ok");
        add(parts, warn, "with warnings");
        add(parts, err, "with errors");
        return String.join(", ", parts);
    }

    private static void add(List<String> parts, int n, String what) {
        if (n == 0) {
            return;
        }
        parts.add(parts.isEmpty() ? n + (n == 1 ? " version " : " versions ") + what : n + " " + what);
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** Greedy word wrap at {@value #WIDTH} columns; the last word (a link) counts {@code extra} more. */
    static List<String> wrap(String text, int extra) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        String[] words = text.split(" ");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            int len = w.length() + (i == words.length - 1 ? extra : 0);
            if (line.length() > 0 && line.length() + 1 + len > WIDTH) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(w);
        }
        lines.add(line.toString());
        return lines;
    }
}
