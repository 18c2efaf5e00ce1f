package dev.strata.cli.script;

import dev.strata.cli.StrataProcess;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code atlas ARGS [> FILE]}: runs the same {@code strata} command line in the work directory, as a
 * separate process (the command line resolves relative paths such as {@code file://migrations}
 * against the process's working directory, which a JVM cannot change in place). As Atlas's harness
 * does: {@code URL}, {@code DEV_URL} and {@code $db} are replaced in every argument; {@code migrate
 * diff} and {@code migrate apply} get {@code --lock-timeout 30s} unless they set one; {@code > FILE}
 * writes stdout to the file and leaves the last output as it was. A command Strata does not have yet
 * makes the line pending.
 */
final class AtlasVerb implements Verb {

    @Override
    public void run(ScriptRun run, boolean negated, List<String> words) throws Exception {
        Replacer r = new Replacer("URL", run.db().url(), "DEV_URL", run.db().devUrl(), "$db", run.env().get("db"));
        List<String> args = new ArrayList<>(words.stream().map(r::replace).toList());
        // Appended before the redirection is looked for, as in Atlas (no migrate diff/apply line redirects).
        if (args.size() > 1 && args.get(0).equals("migrate") && (args.get(1).equals("diff")
                || args.get(1).equals("apply")) && !args.contains("--lock-timeout")) {
            args.add("--lock-timeout");
            args.add("30s");
        }
        int n = args.size();
        String redirect = n > 1 && args.get(n - 2).equals(">") ? args.get(n - 1) : null;
        List<String> command = redirect == null ? args : args.subList(0, n - 2);
        Optional<Feature> feature = Feature.of(command);
        if (feature.isPresent()) {
            try {
                run.require(feature.get());
            } catch (Pending p) {
                if (redirect == null) {
                    run.outputPending();
                } else {
                    run.filePending(redirect);
                }
                throw p;
            }
        }
        StrataProcess.Result result = run.strata(command);
        if (redirect != null) {
            Files.writeString(run.path(redirect), result.stdout(), StandardCharsets.UTF_8);
            run.fileWritten(redirect);
            run.log("[stdout to " + redirect + "]");
            if (result.exitCode() != 0 && !negated) {
                throw new ScriptFailure("\n[stderr]\n" + result.stderr());
            }
            return;
        }
        run.output(result.stdout(), result.stderr());
        if (result.exitCode() != 0 && !negated) {
            throw new ScriptFailure("unexpected command failure (exit " + result.exitCode() + ")");
        }
        if (result.exitCode() == 0 && negated) {
            throw new ScriptFailure("expected fail");
        }
    }
}
