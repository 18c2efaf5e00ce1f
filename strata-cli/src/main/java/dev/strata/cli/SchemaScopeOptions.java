package dev.strata.cli;

import dev.strata.config.EnvConfig;
import dev.strata.declare.Scope;
import dev.strata.schema.diff.DiffOptions;
import dev.strata.url.DatabaseUrl;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The flags every schema command shares: {@code --dev-url}, {@code --schema} and {@code --exclude},
 * each falling back to the project environment's {@code dev}, {@code schemas} and {@code exclude}.
 */
final class SchemaScopeOptions {

    @Option(names = "--dev-url", paramLabel = "URL",
            description = "A dev database Strata may empty, to read SQL and HCL files and replay migrations on:"
                    + " a scratch database or schema, sqlite://dev?mode=memory, or embedded://postgres[/VERSION]"
                    + " and embedded://mariadb.")
    String devUrl;

    @Option(names = {"-s", "--schema"}, paramLabel = "SCHEMA",
            description = "Limit to these schemas (repeatable, or comma-separated).")
    List<String> schemas = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB",
            description = "Leave out what the glob names: table, schema.table, schema.table.column, * (repeatable).")
    List<String> exclude = new ArrayList<>();

    @Option(names = "--rename", paramLabel = "OLD:NEW",
            description = "Plan a rename instead of a drop and an add: schema.table:new or schema.table.column:new"
                    + " (table:new and table.column:new when a side is bound to one schema; repeatable).")
    List<String> renames = new ArrayList<>();

    /** The differ's options: the renames asked for. */
    DiffOptions diffOptions() {
        return DiffOptions.defaults().withRenames(renames.stream().map(DiffOptions.Rename::parse).toList());
    }

    /** The dev database: the flag's, else the environment's; null when neither gives one. */
    DatabaseUrl dev(Terminal term, EnvConfig env) {
        String u = ProjectOptions.fromEnv(devUrl, env, "--dev-url");
        if ((u == null || u.isEmpty()) && env != null) {
            u = env.dev();
        }
        return u == null || u.isEmpty() ? null : term.parseUrl(u);
    }

    /** As {@link #dev}, for the commands that cannot run without a dev database. */
    DatabaseUrl requireDev(Terminal term, EnvConfig env) {
        DatabaseUrl dev = dev(term, env);
        if (dev == null) {
            throw new dev.strata.UsageException("required flag(s) \"dev-url\" not set");
        }
        return dev;
    }

    /**
     * The scope: the flags', else the environment's; HCL variables from the environment's other
     * attributes and {@code --var}.
     */
    Scope scope(EnvConfig env, Map<String, List<String>> flagVars) {
        List<String> s = !schemas.isEmpty() || env == null ? csv(schemas) : env.schemas();
        List<String> e = !exclude.isEmpty() || env == null ? csv(exclude) : env.exclude();
        Map<String, List<String>> vars = new LinkedHashMap<>();
        if (env != null) {
            env.extras().forEach((k, v) -> {
                if (v instanceof String str) {
                    vars.put(k, List.of(str));
                } else if (v instanceof List<?> l && l.stream().allMatch(x -> x instanceof String)) {
                    vars.put(k, l.stream().map(String.class::cast).toList());
                }
            });
        }
        flagVars.forEach(vars::putIfAbsent);
        return new Scope(s, e, vars);
    }

    /**
     * Values of a list flag as Atlas's flag library reads them: each is a CSV line, so
     * {@code a,b} is two values and {@code "x.y"} one without its quotes.
     */
    private static List<String> csv(List<String> values) {
        List<String> out = new ArrayList<>();
        values.forEach(v -> out.addAll(ProjectOptions.csv(v)));
        return out;
    }
}
