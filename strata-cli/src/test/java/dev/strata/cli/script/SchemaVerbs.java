package dev.strata.cli.script;

import dev.strata.Strata;
import dev.strata.StrataException;
import dev.strata.cli.StrataProcess;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The custom commands of Atlas's harness that inspect and diff the schema: {@code cmphcl},
 * {@code apply} and {@code synced}. Atlas calls its Go driver; here they run the same Strata commands a
 * user would ({@code schema inspect}, {@code schema apply}, {@code schema diff}), so they need those
 * features and are pending until the features are switched on in {@link Features}. An engineer who
 * prefers the Java API can register another implementation under the same names in {@link Verbs}.
 * These command lines follow Atlas's verbs and flags; they cannot be tried before the commands exist.
 */
final class SchemaVerbs {

    private SchemaVerbs() {
    }

    static void register(Map<String, Verb> verbs) {
        verbs.put("cmphcl", SchemaVerbs::cmphcl);
        verbs.put("apply", SchemaVerbs::apply);
        verbs.put("synced", SchemaVerbs::synced);
    }

    /** {@code cmphcl F}: the schema {@code $db} inspected as HCL equals F (variables replaced), trimmed. */
    private static void cmphcl(ScriptRun run, boolean neg, List<String> args) throws IOException {
        Builtins.usage(args.size() == 1, "cmphcl file");
        run.require(Feature.SCHEMA_INSPECT);
        StrataProcess.Result inspected = run.strata(List.of("schema", "inspect", "--url", run.db().url()));
        if (inspected.exitCode() != 0) {
            throw new ScriptFailure("inspect schema \"" + run.env().get("db") + "\": " + inspected.stderr());
        }
        String file = HarnessVerbs.versioned(run, args.get(0));
        String expected = hclVariables(run).replace(run.read(file)).strip();
        String actual = inspected.stdout().strip();
        if (!actual.equals(expected)) {
            throw new ScriptFailure("\n" + TextDiff.of("inspect", actual, file, expected));
        }
    }

    /**
     * {@code apply F.hcl ['ERR']}: brings the schema named in F to F (normalised on the dev database),
     * then the diff must be empty; negated, it must fail, with an error containing ERR when given. As
     * Atlas's harness applies through its Go driver (statements on one line each, which SQLite keeps
     * as the table's text), this applies through the Java API ({@code Strata.applySchema}).
     */
    private static void apply(ScriptRun run, boolean neg, List<String> args) throws IOException {
        // testscript quotes with single quotes only: a "double-quoted error" arrives as several words,
        // which Atlas's harness does not compare (it matches the error only when given as one word)
        Builtins.usage(!args.isEmpty(), "apply file.hcl ['error']");
        run.require(Feature.SCHEMA_APPLY);
        run.require(Feature.SCHEMA_DIFF);
        Path desired = desired(run, args.get(0));
        String error = null;
        try {
            Strata.builder().url(run.db().url()).devUrl(run.db().devUrl()).build()
                    .applySchema("file://" + desired, true);
        } catch (StrataException e) {
            error = e.getMessage();
        }
        run.log("[apply " + args.get(0) + (error == null ? "" : ": " + error) + "]");
        if (error != null) {
            if (!neg) {
                throw new ScriptFailure("apply changes: " + error);
            }
            if (args.size() == 2 && !error.contains(args.get(1))) {
                throw new ScriptFailure("mismatched errors: " + error + " != " + args.get(1));
            }
            return;
        }
        if (neg) {
            throw new ScriptFailure("unexpected apply success");
        }
        if (!diff(run, desired).isBlank()) {
            throw new ScriptFailure("unexpected schema changes after apply");
        }
    }

    /** {@code synced F.hcl}: the live schema and F do not differ; negated, they do. */
    private static void synced(ScriptRun run, boolean neg, List<String> args) throws IOException {
        Builtins.usage(args.size() == 1, "synced file.hcl");
        run.require(Feature.SCHEMA_DIFF);
        boolean synced = diff(run, desired(run, args.get(0))).isBlank();
        if (!synced && !neg) {
            throw new ScriptFailure("expect no schema changes, but there are some");
        }
        if (synced && neg) {
            throw new ScriptFailure("expect schema changes, but there are none");
        }
    }

    /** The planned statements from the live schema to F; empty when they are synced. */
    private static String diff(ScriptRun run, Path desired) {
        StrataProcess.Result diff = run.strata(List.of("schema", "diff", "--from", run.db().url(), "--to",
                "file://" + desired, "--dev-url", run.db().devUrl()));
        if (diff.exitCode() != 0) {
            throw new ScriptFailure("unexpected diff failure: " + diff.stderr().strip());
        }
        return diff.stdout();
    }

    /** F with the harness's variables replaced, written beside the work files where commands can read it. */
    private static Path desired(ScriptRun run, String name) throws IOException {
        Path file = run.path(".tmp").resolve(Path.of(name).getFileName());
        Files.createDirectories(file.getParent());
        Files.writeString(file, hclVariables(run).replace(run.read(name)), StandardCharsets.UTF_8);
        return file;
    }

    private static Replacer hclVariables(ScriptRun run) {
        Replacer r = new Replacer();
        for (String v : run.db().hclVariables()) {
            r.add(v, run.env().get(v.substring(1)));
        }
        return r;
    }
}
