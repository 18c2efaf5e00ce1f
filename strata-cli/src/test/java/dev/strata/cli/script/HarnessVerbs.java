package dev.strata.cli.script;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The custom commands of Atlas's harness ({@code internal/integration/script_test.go}) that work on
 * the database and the files directly: {@code only}, {@code execsql}, {@code exist},
 * {@code clearSchema}, {@code cmpshow}, {@code cmpmig} and {@code validJSON}.
 */
final class HarnessVerbs {

    private static final Pattern LIQUIBASE_CHANGESET = Pattern.compile("--changeset atlas:[0-9]+-[0-9]+");

    private HarnessVerbs() {
    }

    static void register(Map<String, Verb> verbs) {
        verbs.put("only", HarnessVerbs::only);
        verbs.put("execsql", (run, neg, args) -> {
            if (args.isEmpty()) {
                throw new ScriptFailure("missing statements for 'execsql'");
            }
            for (String sql : args) {
                run.db().execute(sql.replace("$db", run.env().get("db")));
            }
        });
        verbs.put("exist", (run, neg, args) -> {
            for (String table : args) {
                if (run.db().exists(run.env().get("db"), table) == neg) {
                    throw new ScriptFailure("table \"" + table + "\" existence failed");
                }
            }
        });
        verbs.put("clearSchema", (run, neg, args) ->
                run.db().clearSchema(args.isEmpty() ? run.env().get("db") : args.get(0)));
        verbs.put("cmpshow", HarnessVerbs::cmpshow);
        verbs.put("cmpmig", HarnessVerbs::cmpmig);
        verbs.put("validJSON", (run, neg, args) -> validJson(run.read(args.get(0))));
    }

    /**
     * {@code only RE...}: the script goes on when the version matches one of the patterns
     * (case-insensitive); {@code ! only RE}: when it does not. Otherwise it is skipped.
     */
    private static void only(ScriptRun run, boolean neg, List<String> args) {
        String version = run.env().get("version");
        for (String re : args) {
            if (!neg == GoRegex.multilineIgnoreCase(re).matcher(version).find()) {
                return;
            }
        }
        throw new ScriptSkip("skipped by the script's gate '" + (neg ? "! only " : "only ") + String.join(" ", args)
                + "' (version: " + (version.isEmpty() ? "none" : version) + ")");
    }

    /** {@code <version>/F} when the script has it, else {@code F}, as cmpshow, cmphcl and cmpmig look them up. */
    static String versioned(ScriptRun run, String name) {
        String version = run.env().get("version");
        if (!version.isEmpty() && Files.exists(run.path(version + "/" + name))) {
            return version + "/" + name;
        }
        return name;
    }

    /** {@code cmpshow T... F}: the tables as the database prints them equal F, trimmed. */
    private static void cmpshow(ScriptRun run, boolean neg, List<String> args) throws Exception {
        if (args.size() < 2) {
            throw new ScriptFailure("invalid number of args to 'cmpshow': " + args.size());
        }
        List<String> shown = new ArrayList<>();
        for (String table : args.subList(0, args.size() - 1)) {
            shown.add(run.db().show(run.env().get("db"), table));
        }
        String file = versioned(run, args.get(args.size() - 1));
        String actual = String.join("\n", shown);
        String expected = run.read(file);
        if (!actual.strip().equals(expected.strip())) {
            throw new ScriptFailure("\n" + TextDiff.of("show", actual.strip(), file, expected.strip()));
        }
    }

    /**
     * {@code cmpmig N F}: the N-th {@code .sql} file of {@code migrations/} (name order) equals F line by
     * line after trimming both; a line of F that is a Liquibase changeset comment is not compared.
     */
    private static void cmpmig(ScriptRun run, boolean neg, List<String> args) throws IOException {
        if (args.size() < 2) {
            throw new ScriptFailure("invalid number of args to 'cmpmig': " + args.size());
        }
        String file = versioned(run, args.get(1));
        String expected = run.read(file).strip();
        int index = Integer.parseInt(args.get(0));
        List<Path> sql;
        try (Stream<Path> files = Files.list(run.path("migrations"))) {
            sql = files.filter(p -> !Files.isDirectory(p) && p.getFileName().toString().endsWith(".sql"))
                    .sorted().toList();
        }
        if (index >= sql.size()) {
            throw new ScriptFailure("could not find the #" + index + " migration");
        }
        Path mig = sql.get(index);
        String actual = Files.readString(mig).strip();
        String[] act = actual.split("\n", -1);
        String[] exp = expected.split("\n", -1);
        boolean same = act.length == exp.length;
        for (int i = 0; same && i < act.length; i++) {
            same = LIQUIBASE_CHANGESET.matcher(exp[i]).find() || act[i].equals(exp[i]);
        }
        if (!same) {
            throw new ScriptFailure("\n" + TextDiff.of(mig.getFileName().toString(), actual, file, expected));
        }
    }

    /** {@code validJSON F}: F holds one JSON object (Go's json.Unmarshal into a map, which also takes null). */
    private static void validJson(String text) throws IOException {
        try (JsonParser p = new JsonFactory().createParser(text)) {
            JsonToken first = p.nextToken();
            if (first != JsonToken.START_OBJECT && first != JsonToken.VALUE_NULL) {
                throw new ScriptFailure("validJSON: not a JSON object: " + first);
            }
            p.skipChildren();
            if (p.nextToken() != null) {
                throw new ScriptFailure("validJSON: text after the JSON value");
            }
        } catch (JsonProcessingException e) {
            throw new ScriptFailure("validJSON: " + e.getOriginalMessage());
        }
    }
}
