package dev.strata.cli.script;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The checked-in list of script lines where Strata knowingly differs from Atlas
 * ({@code atlas-scripts/deviations.tsv}: script, database, line, reason). A listed line must not hold:
 * the run notes it and goes on with the next line. A listed line that holds, or a failure at a line that
 * is not listed, fails the test, so the list stays true.
 */
final class Deviations {

    static final String RESOURCE = "/atlas-scripts/deviations.tsv";

    /** One listed difference. */
    record Deviation(String script, String database, int line, String reason) {
    }

    /** What the test does with an outcome: pass, fail with the message, or abort (skip) with it. */
    record Verdict(Kind kind, String message) {
        enum Kind { PASS, FAIL, ABORT }
    }

    /** By script and database, then by line. */
    private final Map<String, SortedMap<Integer, Deviation>> byScript = new TreeMap<>();

    Deviations(List<Deviation> list) {
        for (Deviation d : list) {
            if (lines(d.script, d.database).put(d.line, d) != null) {
                throw new IllegalArgumentException("deviations.tsv lists line " + d.line + " of " + d.script + " on "
                        + d.database + " twice");
            }
        }
    }

    private SortedMap<Integer, Deviation> lines(String script, String database) {
        return byScript.computeIfAbsent(script + "\t" + database, k -> new TreeMap<>());
    }

    static Deviations load() throws IOException {
        try (InputStream in = Deviations.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    static Deviations parse(String tsv) {
        List<String> rows = tsv.lines().toList();
        List<Deviation> list = new ArrayList<>();
        for (int n = 1; n <= rows.size(); n++) {
            String row = rows.get(n - 1);
            if (row.isBlank() || row.startsWith("#")) {
                continue;
            }
            String[] cells = row.split("\t", -1);
            if (cells.length != 4 || cells[3].isBlank() || !cells[2].matches("\\d+")) {
                throw new IllegalArgumentException("deviations.tsv:" + n + ": want script, database, line number and"
                        + " reason, separated by tabs");
            }
            list.add(new Deviation(cells[0], cells[1], Integer.parseInt(cells[2]), cells[3]));
        }
        return new Deviations(list);
    }

    List<Deviation> all() {
        return byScript.values().stream().flatMap(m -> m.values().stream()).toList();
    }

    /** The listed lines of a script on a database. */
    SortedMap<Integer, Deviation> of(String script, String database) {
        return byScript.getOrDefault(script + "\t" + database, new TreeMap<>());
    }

    Verdict judge(String script, String database, ScriptOutcome outcome) {
        if (outcome instanceof ScriptOutcome.Skipped s) {
            return new Verdict(Verdict.Kind.ABORT, s.reason());
        }
        SortedMap<Integer, Deviation> listed = of(script, database);
        ScriptOutcome.Trace trace = trace(outcome);
        for (Deviation d : listed.values()) {
            if (trace.ran().contains(d.line)) {
                return new Verdict(Verdict.Kind.FAIL, "line " + d.line + " of " + script + " holds on " + database
                        + ": remove it from deviations.tsv (" + d.reason + ")");
            }
        }
        String deviated = trace.deviated().stream().map(n -> "line " + n + ": " + listed.get(n).reason)
                .collect(Collectors.joining("; "));
        if (outcome instanceof ScriptOutcome.Failed f) {
            return new Verdict(Verdict.Kind.FAIL, "line " + f.line() + " failed: " + f.command() + "\n" + f.message()
                    + "\n--- log\n" + f.log());
        }
        if (outcome instanceof ScriptOutcome.Pending p) {
            return new Verdict(Verdict.Kind.ABORT, pending(p) + (deviated.isEmpty() ? "" : "; deviations: " + deviated));
        }
        return deviated.isEmpty() ? new Verdict(Verdict.Kind.PASS, "")
                : new Verdict(Verdict.Kind.ABORT, "deviations: " + deviated);
    }

    private static ScriptOutcome.Trace trace(ScriptOutcome outcome) {
        if (outcome instanceof ScriptOutcome.Passed p) {
            return p.trace();
        }
        if (outcome instanceof ScriptOutcome.Failed f) {
            return f.trace();
        }
        if (outcome instanceof ScriptOutcome.Pending p) {
            return p.trace();
        }
        throw new IllegalArgumentException("no trace in " + outcome);
    }

    static String pending(ScriptOutcome.Pending p) {
        String needs = EnumSet.copyOf(p.features()).stream().map(Feature::command).collect(Collectors.joining(", "));
        return "pending: needs " + needs + " (" + (p.stoppedAt() > 0 ? "stopped at line " + p.stoppedAt() + "; " : "")
                + p.trace().ran().size() + " lines ran and held)";
    }
}
