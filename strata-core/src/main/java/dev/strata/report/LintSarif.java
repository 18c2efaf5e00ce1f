package dev.strata.report;

import dev.strata.Version;
import dev.strata.lint.Diagnostic;
import dev.strata.lint.FileResult;
import dev.strata.lint.LintResult;
import dev.strata.lint.Report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code migrate lint --format sarif}: a SARIF 2.1.0 log for GitHub code scanning and other SARIF
 * viewers. One run; the driver lists one rule a code that occurs (its analyzer, heading and link);
 * one result a diagnostic with the rule, the level of its report ({@code error} or {@code warning}),
 * the message with the suggested fixes, and the file and line. A file whose replay failed gives a
 * result of the rule {@code replay} on line 1.
 */
public final class LintSarif {

    private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    private static final String REPLAY = "replay";

    private LintSarif() {
    }

    /** @param dir the directory path the file names are relative to, as the repository sees it */
    public static String of(LintResult r, String dir) {
        Map<String, Rule> rules = rules(r);
        List<String> ids = List.copyOf(rules.keySet());
        Json j = new Json().open().field("$schema", SCHEMA).field("version", "2.1.0").openArray("runs").open();
        j.openObject("tool").openObject("driver").field("name", "strata").field("version", Version.current())
                .openArray("rules");
        for (Rule rule : rules.values()) {
            j.open().field("id", rule.id()).field("name", rule.name()).openObject("shortDescription")
                    .field("text", rule.heading()).close();
            if (!rule.id().equals(REPLAY)) {
                j.field("helpUri", LintText.LINK + rule.id());
            }
            j.close();
        }
        j.closeArray().close().close().openArray("results");
        for (FileResult f : r.files()) {
            String file = LintGithub.path(dir, f);
            if (f.error() != null) {
                result(j, REPLAY, ids, "error", f.error(), file, 1);
            }
            for (Report rep : f.reports()) {
                for (Diagnostic d : rep.diagnostics()) {
                    String msg = d.text() + (d.fixes().isEmpty() ? "" : ". Fix: " + String.join(" ", d.fixes()));
                    result(j, d.code(), ids, rep.error() ? "error" : "warning", msg, file, d.line());
                }
            }
        }
        return j.closeArray().close().closeArray().close() + "\n";
    }

    private static void result(Json j, String rule, List<String> ids, String level, String message, String file, int line) {
        j.open().field("ruleId", rule).field("ruleIndex", ids.indexOf(rule)).field("level", level)
                .openObject("message").field("text", message).close()
                .openArray("locations").open().openObject("physicalLocation")
                .openObject("artifactLocation").field("uri", file).close()
                .openObject("region").field("startLine", line).close()
                .close().close().closeArray().close();
    }

    /** The rules the results refer to, in order of first use. */
    private static Map<String, Rule> rules(LintResult r) {
        Map<String, Rule> rules = new LinkedHashMap<>();
        for (FileResult f : r.files()) {
            if (f.error() != null) {
                rules.putIfAbsent(REPLAY, new Rule(REPLAY, REPLAY, "a statement of the file failed on the dev database"));
            }
            for (Report rep : f.reports()) {
                for (Diagnostic d : rep.diagnostics()) {
                    rules.putIfAbsent(d.code(), new Rule(d.code(), rep.analyzer(), rep.heading()));
                }
            }
        }
        return rules;
    }

    private record Rule(String id, String name, String heading) {
    }
}
