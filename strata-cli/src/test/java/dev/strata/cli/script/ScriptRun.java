package dev.strata.cli.script;

import dev.strata.cli.StrataProcess;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One script being interpreted in its work directory: the line loop, the output of the last command,
 * and what the commands share (variables, databases, files). Like testscript, a line that does not
 * hold ends the script, unless deviations.tsv lists it: then the run notes it and goes on. A line that
 * needs a missing feature makes the script pending: a state-changing one ends it; a read-only one is
 * skipped with the checks of its output, and the rest still runs.
 */
final class ScriptRun {

    private static final int LOG_OUTPUT_LIMIT = 4000;

    private final Path work;
    private final ScriptEnv env;
    private final ScriptDatabase db;
    private final Verbs verbs;
    private final Set<Feature> features;
    private final Set<Path> pendingFiles = new HashSet<>();
    private final Set<Feature> pending = EnumSet.noneOf(Feature.class);
    private final Set<Integer> deviating;
    private final SortedSet<Integer> ran = new TreeSet<>();
    private final SortedSet<Integer> deviated = new TreeSet<>();
    private final StringBuilder log = new StringBuilder();
    private String stdout = "";
    private String stderr = "";
    private boolean outputPending;

    /**
     * @param deviating the lines deviations.tsv lists for this script: when one does not hold, the run
     *                  notes it and goes on
     */
    ScriptRun(Path work, ScriptEnv env, ScriptDatabase db, Verbs verbs, Set<Feature> features,
              Set<Integer> deviating) {
        this.deviating = Set.copyOf(deviating);
        this.work = work;
        this.env = env;
        this.db = db;
        this.verbs = verbs;
        this.features = features;
    }

    ScriptOutcome execute(String script) {
        List<String> lines = script.lines().toList();
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1);
            try {
                List<String> words = ScriptWords.split(line, env);
                if (words.isEmpty()) {
                    continue;
                }
                log.append("> ").append(line).append('\n');
                runLine(words);
                ran.add(n);
            } catch (Pending p) {
                pending.add(p.feature());
                log.append("[pending: ").append(p.getMessage()).append("]\n");
                if (p.feature().changesState()) {
                    return new ScriptOutcome.Pending(pending, n, trace());
                }
            } catch (DependsOnPending d) {
                log.append("[skipped: ").append(d.getMessage()).append("]\n");
            } catch (ScriptSkip s) {
                return new ScriptOutcome.Skipped(s.getMessage());
            } catch (Exception | AssertionError e) {
                String message = e instanceof ScriptFailure ? e.getMessage() : e.toString();
                if (deviating.contains(n)) {
                    deviated.add(n);
                    log.append("[listed deviation: ").append(message.strip()).append("]\n");
                    continue;
                }
                log.append("FAIL: ").append(message).append('\n');
                return new ScriptOutcome.Failed(n, line.strip(), message, log.toString(), trace());
            }
        }
        return pending.isEmpty() ? new ScriptOutcome.Passed(trace()) : new ScriptOutcome.Pending(pending, 0, trace());
    }

    private ScriptOutcome.Trace trace() {
        return new ScriptOutcome.Trace(ran, deviated);
    }

    private void runLine(List<String> words) throws Exception {
        if (words.get(0).startsWith("[")) {
            throw new ScriptFailure("conditions such as " + words.get(0) + " are not supported by this runner");
        }
        boolean negated = words.get(0).equals("!");
        List<String> rest = negated ? words.subList(1, words.size()) : words;
        if (rest.isEmpty()) {
            throw new ScriptFailure("! on line by itself");
        }
        Verb verb = verbs.get(rest.get(0));
        if (verb == null) {
            throw new ScriptFailure("unknown command \"" + rest.get(0) + "\"");
        }
        verb.run(this, negated, List.copyOf(rest.subList(1, rest.size())));
    }

    Path work() {
        return work;
    }

    ScriptEnv env() {
        return env;
    }

    ScriptDatabase db() {
        return db;
    }

    /** Runs {@code strata} in the work directory with the script's variables as its environment. */
    StrataProcess.Result strata(List<String> args) {
        java.util.Map<String, String> vars = new java.util.HashMap<>();
        env.asMap().forEach((name, value) -> {
            if (name.matches("[A-Za-z_][A-Za-z0-9_]*")) { // not testscript's "$", "/" and ":"
                vars.put(name, value);
            }
        });
        StrataProcess.Result result;
        java.util.Optional<List<String>> inProcess = InProcessLine.args(work, args);
        if (inProcess.isPresent()) {
            vars.values().removeIf(String::isEmpty);
            result = InProcessLine.run(vars, inProcess.get());
            log.append("[in process]\n");
        } else {
            StrataProcess strata = new StrataProcess(work);
            vars.forEach(strata::env);
            result = strata.run(args.toArray(String[]::new));
        }
        log.append("[exit ").append(result.exitCode()).append("]\n");
        return result;
    }

    /** Throws {@link Pending} unless the feature is switched on. */
    void require(Feature feature) {
        if (!features.contains(feature)) {
            throw new Pending(feature);
        }
    }

    /** The output of the last command, as {@code exec} and {@code atlas} set it. */
    void output(String out, String err) {
        stdout = out;
        stderr = err;
        outputPending = false;
        appendLog("stdout", out);
        appendLog("stderr", err);
    }

    /** The last command was skipped as pending: checks of its output are skipped too. */
    void outputPending() {
        outputPending = true;
    }

    String stdout() {
        if (outputPending) {
            throw new DependsOnPending("stdout");
        }
        return stdout;
    }

    String stderr() {
        if (outputPending) {
            throw new DependsOnPending("stderr");
        }
        return stderr;
    }

    /** A path of the script, relative to the work directory (testscript's MkAbs). */
    Path path(String name) {
        return work.resolve(name).normalize();
    }

    /** A file's text, or the last command's {@code stdout}/{@code stderr} (testscript's ReadFile). */
    String read(String name) throws IOException {
        if (name.equals("stdout")) {
            return stdout();
        }
        if (name.equals("stderr")) {
            return stderr();
        }
        return readFile(name);
    }

    /** A file's text; a file named {@code stdout} is a file here. */
    String readFile(String name) throws IOException {
        Path p = path(name);
        if (pendingFiles.contains(p)) {
            throw new DependsOnPending(name);
        }
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    /** A pending command would have written the file. */
    void filePending(String name) {
        pendingFiles.add(path(name));
    }

    /** A command wrote the file. */
    void fileWritten(String name) {
        pendingFiles.remove(path(name));
    }

    void log(String text) {
        log.append(text).append('\n');
    }

    private void appendLog(String stream, String text) {
        if (!text.isEmpty()) {
            String shown = text.length() > LOG_OUTPUT_LIMIT ? text.substring(0, LOG_OUTPUT_LIMIT) + "...\n" : text;
            log.append('[').append(stream).append("]\n").append(shown).append(shown.endsWith("\n") ? "" : "\n");
        }
    }
}
