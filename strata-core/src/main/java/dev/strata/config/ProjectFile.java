package dev.strata.config;

import dev.strata.config.Hcl.Attribute;
import dev.strata.config.Hcl.Block;
import dev.strata.config.Hcl.Body;
import dev.strata.config.Hcl.Pos;

import dev.strata.StrataException;
import dev.strata.UsageException;
import dev.strata.migrate.exec.ExecOrder;
import dev.strata.text.Durations;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A project file ({@code strata.hcl}, or Atlas's {@code atlas.hcl}): variables, locals, data
 * sources and environments. Only what the selected environment needs is evaluated.
 */
public final class ProjectFile {

    /** The names looked for in the working directory, in order. */
    public static final List<String> DEFAULT_NAMES = List.of("strata.hcl", "atlas.hcl");

    private static final Set<String> ENV_ATTRIBUTES = Set.of("name", "url", "dev", "src", "schemas", "exclude",
            "include", "for_each");
    private static final Set<String> MIGRATION_ATTRIBUTES = Set.of("dir", "format", "baseline", "exec_order",
            "lock_timeout", "revisions_schema", "exclude", "ddl_lock_timeout", "ddl_retries");
    /** The object kinds a {@code naming} block may hold a rule for. */
    private static final List<String> NAMING_KINDS = List.of("schema", "table", "column", "index", "foreign_key", "check");

    /** Runs the query of a {@code data "sql"} block. */
    @FunctionalInterface
    public interface SqlQuery {
        /** The first column of every row the query returns. */
        List<Object> firstColumn(String url, String query, List<Object> args);
    }

    private final Path path;
    private final String name;
    private final Body body;

    private ProjectFile(Path path, Body body) {
        this.path = path;
        this.name = path.toString();
        this.body = body;
    }

    /**
     * Finds the project file: {@code --config file://PATH} when given, else {@code strata.hcl}, else
     * {@code atlas.hcl} in the directory.
     *
     * @throws ConfigException when the given file, or both defaults, are missing
     */
    public static Path locate(String configUrl, Path directory) {
        if (configUrl != null && !configUrl.isEmpty()) {
            if (!configUrl.startsWith("file://")) {
                throw new ConfigException("--config must be a file:// URL, got \"" + configUrl + "\"");
            }
            Path p = Path.of(configUrl.substring("file://".length()));
            if (!Files.isRegularFile(p)) {
                throw new ConfigException("config file \"" + p + "\" was not found");
            }
            return p;
        }
        for (String n : DEFAULT_NAMES) {
            Path p = directory.resolve(n);
            if (Files.isRegularFile(p)) {
                return directory.equals(Path.of("")) ? Path.of(n) : p;
            }
        }
        throw new ConfigException("no project file: --env needs strata.hcl or atlas.hcl in " + (directory.toString()
                .isEmpty() ? "the working directory" : directory) + ", or --config file://PATH");
    }

    /** Reads and parses a project file. */
    public static ProjectFile read(Path path) {
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ConfigException("config file \"" + path + "\" was not found");
        } catch (IOException e) {
            throw new ConfigException(path + ": cannot read: " + e.getMessage());
        }
        return new ProjectFile(path, HclParser.parse(text, path.toString()));
    }

    /** A project file from its text, named {@code name} in messages. */
    static ProjectFile of(String text, String name) {
        return new ProjectFile(Path.of(name), HclParser.parse(text, name));
    }

    /** The names of the environments the file defines, as {@code --env} accepts them. */
    public List<String> envNames() {
        Set<String> names = new LinkedHashSet<>();
        for (Block b : body.blocks("env")) {
            if (!b.labels().isEmpty()) {
                names.add(b.labels().get(0));
            }
        }
        return new ArrayList<>(names);
    }

    /**
     * Evaluates the environment {@code env}: one {@link EnvConfig} per instance ({@code for_each}).
     *
     * @param vars the {@code --var} values: a repeated key gives several
     * @throws ConfigException for an unknown env, a missing or mistyped variable, or an error in the file
     */
    public List<EnvConfig> env(String env, Map<String, List<String>> vars, SqlQuery sql) {
        return env(env, vars, sql, false);
    }

    /**
     * Evaluates the environment {@code env} for a command that needs only its migration directory
     * ({@code migrate validate}, {@code hash}, {@code new}): a {@code for_each} env whose directory does
     * not depend on {@code each} is one instance, and its collection (often a {@code data "sql"} query)
     * is not computed, so no database is needed. Attributes that depend on {@code each} (the URL) are null.
     */
    public List<EnvConfig> envForDirectory(String env, Map<String, List<String>> vars, SqlQuery sql) {
        return env(env, vars, sql, true);
    }

    private List<EnvConfig> env(String env, Map<String, List<String>> vars, SqlQuery sql, boolean dirOnly) {
        Map<String, Object> variables = variables(vars);
        Scope scope = new Scope(env, variables, sql);
        List<Block> selected = new ArrayList<>();
        for (Block b : body.blocks("env")) {
            if (b.labels().size() > 1) {
                throw error(b.pos(), "an env block takes one label, its name");
            }
            if (!b.labels().isEmpty() ? b.labels().get(0).equals(env) : unlabelledMatches(b, scope, env)) {
                selected.add(b);
            }
        }
        if (selected.isEmpty()) {
            List<String> known = envNames();
            throw new ConfigException(name, "env \"" + env + "\" not defined in config file"
                    + (known.isEmpty() ? " (it defines no env)" : " (defined: " + String.join(", ", known) + ")"));
        }
        List<EnvConfig> out = new ArrayList<>();
        for (Block b : selected) {
            out.addAll(dirOnly ? dirInstances(b, scope, env) : instances(b, scope, env));
        }
        return out;
    }

    /**
     * The lint settings: the project's {@code lint} block, under the selected env's own when
     * {@code env} is given (see {@link LintBlock#over}).
     *
     * @param env the selected env, or null for the project's block alone (Atlas's {@code -c} without {@code --env})
     * @throws ConfigException for a mistyped value or a second lint block
     */
    public LintBlock lint(String env, Map<String, List<String>> vars, SqlQuery sql) {
        Scope scope = new Scope(env == null ? "" : env, variables(vars), sql);
        LintBlock global = lintBlock(body, scope.evaluator());
        if (env == null) {
            return global;
        }
        for (Block b : body.blocks("env")) {
            boolean selected = !b.labels().isEmpty() ? b.labels().get(0).equals(env) : unlabelledMatches(b, scope, env);
            if (selected) {
                return lintBlock(b.body(), scope.evaluator()).over(global);
            }
        }
        return global;
    }

    private LintBlock lintBlock(Body parent, Evaluator ev) {
        List<Block> blocks = parent.blocks("lint");
        if (blocks.isEmpty()) {
            return LintBlock.NONE;
        }
        if (blocks.size() > 1) {
            throw error(blocks.get(1).pos(), "at most one lint block here");
        }
        Body lint = blocks.get(0).body();
        Integer latest = count(ev, lint.attribute("latest"));
        String base = null;
        String gitDir = null;
        Map<String, Boolean> errors = new LinkedHashMap<>();
        Map<String, LintBlock.NamingRule> naming = new LinkedHashMap<>();
        for (Block b : lint.blocks()) {
            if (b.type().equals("git")) {
                base = string(ev, b.body().attribute("base"));
                gitDir = string(ev, b.body().attribute("dir"));
                continue;
            }
            Attribute error = b.body().attribute("error");
            if (error != null) {
                Object v = ev.eval(error.value());
                if (!(v instanceof Boolean flag)) {
                    throw error(error.pos(), b.type() + ".error must be true or false, not " + Evaluator.typeName(v));
                }
                errors.put(b.type(), flag);
            }
            if (b.type().equals("naming")) {
                naming(b.body(), ev, "", naming);
                for (Block kind : b.body().blocks()) {
                    if (!NAMING_KINDS.contains(kind.type())) {
                        throw error(kind.pos(), "unknown block \"" + kind.type() + "\" in naming (known: "
                                + String.join(", ", NAMING_KINDS) + ")");
                    }
                    naming(kind.body(), ev, kind.type(), naming);
                }
            }
        }
        return new LintBlock(latest, base, gitDir, errors, naming);
    }

    private void naming(Body b, Evaluator ev, String kind, Map<String, LintBlock.NamingRule> out) {
        Attribute match = b.attribute("match");
        if (match == null) {
            return;
        }
        String regex = string(ev, match);
        try {
            java.util.regex.Pattern.compile(regex);
        } catch (java.util.regex.PatternSyntaxException e) {
            throw error(match.pos(), "naming match: not a regular expression: " + e.getDescription());
        }
        String message = string(ev, b.attribute("message"));
        out.put(kind, new LintBlock.NamingRule(regex, message));
    }

    private boolean unlabelledMatches(Block b, Scope scope, String env) {
        Attribute n = b.body().attribute("name");
        if (n == null) {
            throw error(b.pos(), "all envs must have names: add a label (env \"prod\" { ... }) or name = atlas.env");
        }
        return env.equals(scope.evaluator().string(scope.evaluator().eval(n.value()), n.pos(), "name"));
    }

    private List<EnvConfig> dirInstances(Block b, Scope scope, String env) {
        if (b.body().attribute("for_each") == null) {
            return instances(b, scope, env);
        }
        Evaluator ev = scope.evaluator().with("each", UnknownEach.INSTANCE);
        try {
            EnvConfig.Migration migration = migration(b.body(), ev);
            return List.of(envConfig(b, ev, env, null, migration));
        } catch (UnknownEach.Needed e) {
            return instances(b, scope, env); // The directory depends on each: every instance is needed.
        }
    }

    private List<EnvConfig> instances(Block b, Scope scope, String env) {
        Attribute forEach = b.body().attribute("for_each");
        Evaluator ev = scope.evaluator();
        if (forEach == null) {
            return List.of(envConfig(b, ev, env, null));
        }
        Object collection = ev.eval(forEach.value());
        List<EnvConfig> out = new ArrayList<>();
        if (collection instanceof List<?> list) {
            for (Object v : list) {
                Map<String, Object> each = new LinkedHashMap<>();
                each.put("key", v);
                each.put("value", v);
                out.add(envConfig(b, ev.with("each", each), env, ev.string(v, forEach.pos(), "a for_each element")));
            }
        } else if (collection instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                Map<String, Object> each = new LinkedHashMap<>();
                each.put("key", e.getKey());
                each.put("value", e.getValue());
                out.add(envConfig(b, ev.with("each", each), env, String.valueOf(e.getKey())));
            }
        } else {
            throw error(forEach.pos(), "for_each must be a set, a list or a map, not " + Evaluator.typeName(collection));
        }
        return out;
    }

    private EnvConfig envConfig(Block b, Evaluator ev, String env, String instance) {
        return envConfig(b, ev, env, instance, migration(b.body(), ev));
    }

    /** The env's values; under {@link UnknownEach}, those that depend on {@code each} are left out. */
    private EnvConfig envConfig(Block b, Evaluator ev, String env, String instance, EnvConfig.Migration migration) {
        Body env0 = b.body();
        Map<String, Object> extras = new LinkedHashMap<>();
        for (Attribute a : env0.attributes()) {
            if (!ENV_ATTRIBUTES.contains(a.name())) {
                Object v = UnknownEach.orNull(() -> ev.eval(a.value()));
                if (v != null) {
                    extras.put(a.name(), v);
                }
            }
        }
        List<String> src = UnknownEach.orNull(() -> strings(ev, env0.attribute("src")));
        for (Block schema : env0.blocks("schema")) {
            src = UnknownEach.orNull(() -> strings(ev, schema.body().attribute("src")));
        }
        Map<String, String> formats = new LinkedHashMap<>();
        for (String kind : List.of("format", "log")) {
            for (Block f : env0.blocks(kind)) {
                for (Block migrate : f.body().blocks("migrate")) {
                    for (Attribute a : migrate.body().attributes()) {
                        formats.put(a.name(), string(ev, a));
                    }
                }
                for (Block schema : f.body().blocks("schema")) {
                    for (Attribute a : schema.body().attributes()) {
                        formats.put("schema." + a.name(), string(ev, a));
                    }
                }
            }
        }
        return new EnvConfig(env, instance, UnknownEach.orNull(() -> string(ev, env0.attribute("url"))),
                UnknownEach.orNull(() -> string(ev, env0.attribute("dev"))), src == null ? List.of() : src,
                orEmpty(UnknownEach.orNull(() -> strings(ev, env0.attribute("schemas")))),
                orEmpty(UnknownEach.orNull(() -> strings(ev, env0.attribute("exclude")))), migration, formats, extras);
    }

    private static List<String> orEmpty(List<String> l) {
        return l == null ? List.of() : l;
    }

    /** The {@code migration} block, its attribute names checked and its values parsed. */
    private EnvConfig.Migration migration(Body env, Evaluator ev) {
        List<Block> blocks = env.blocks("migration");
        if (blocks.isEmpty()) {
            return EnvConfig.Migration.NONE;
        }
        if (blocks.size() > 1) {
            throw error(blocks.get(1).pos(), "an env has at most one migration block");
        }
        Body m = blocks.get(0).body();
        for (Attribute a : m.attributes()) {
            if (!MIGRATION_ATTRIBUTES.contains(a.name())) {
                throw error(a.pos(), "unknown attribute \"" + a.name() + "\" in the migration block (known: "
                        + String.join(", ", MIGRATION_ATTRIBUTES.stream().sorted().toList()) + ")");
            }
        }
        for (Block inner : m.blocks()) {
            if (!inner.type().equals("repo")) {
                throw error(inner.pos(), "unknown block \"" + inner.type() + "\" in the migration block");
            }
        }
        return new EnvConfig.Migration(string(ev, m.attribute("dir")), format(ev, m.attribute("format")),
                string(ev, m.attribute("baseline")), execOrder(ev, m.attribute("exec_order")),
                duration(ev, m.attribute("lock_timeout")), string(ev, m.attribute("revisions_schema")),
                duration(ev, m.attribute("ddl_lock_timeout")), count(ev, m.attribute("ddl_retries")));
    }

    /** Atlas's scripts spell the format as a bare word too ({@code format = atlas}); Strata also takes a string. */
    private String format(Evaluator ev, Attribute a) {
        return a != null && a.value() instanceof Hcl.Variable v ? v.name() : string(ev, a);
    }

    /** Atlas spells {@code exec_order} as a bare enum ({@code LINEAR_SKIP}); Strata also takes a string. */
    private ExecOrder execOrder(Evaluator ev, Attribute a) {
        String text = a != null && a.value() instanceof Hcl.Variable v ? v.name() : string(ev, a);
        return parsed(a, text, ExecOrder::parse);
    }

    private Duration duration(Evaluator ev, Attribute a) {
        return parsed(a, string(ev, a), Durations::parse);
    }

    private Integer count(Evaluator ev, Attribute a) {
        return parsed(a, string(ev, a), s -> {
            try {
                int n = Integer.parseInt(s.strip());
                if (n >= 0) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // Said below.
            }
            throw new IllegalArgumentException("\"" + s + "\" is not a whole number of at least 0");
        });
    }

    /** An attribute's text, parsed; what the parser refuses is an error at the attribute. */
    private <T> T parsed(Attribute a, String text, Function<String, T> parse) {
        try {
            return text == null ? null : parse.apply(text);
        } catch (IllegalArgumentException | UsageException e) {
            throw error(a.pos(), a.name() + ": " + e.getMessage());
        }
    }

    private static String string(Evaluator ev, Attribute a) {
        if (a == null) {
            return null;
        }
        Object v = ev.eval(a.value());
        return v == null ? null : ev.string(v, a.pos(), "\"" + a.name() + "\"");
    }

    private static List<String> strings(Evaluator ev, Attribute a) {
        if (a == null) {
            return List.of();
        }
        Object v = ev.eval(a.value());
        if (v == null) {
            return List.of();
        }
        if (v instanceof List<?> l) {
            List<String> out = new ArrayList<>();
            for (Object o : l) {
                out.add(ev.string(o, a.pos(), "an element of \"" + a.name() + "\""));
            }
            return out;
        }
        return List.of(ev.string(v, a.pos(), "\"" + a.name() + "\""));
    }

    private ConfigException error(Pos pos, String message) {
        return new ConfigException(name, pos.line(), pos.column(), message);
    }

    /** The values of the {@code variable} blocks: from {@code --var}, else the default. */
    private Map<String, Object> variables(Map<String, List<String>> given) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Block b : body.blocks("variable")) {
            Variables.evaluate(b, name, given, values);
        }
        return values;
    }

    /** The names an expression can start from, with locals and data sources evaluated on first use. */
    private final class Scope implements Evaluator.Roots {
        private final Map<String, Object> variables;
        private final Map<String, Object> atlas;
        private final Evaluator evaluator;
        private final Map<String, Object> locals;
        private final Map<String, Object> data;

        Scope(String env, Map<String, Object> variables, SqlQuery sql) {
            this.variables = variables;
            this.atlas = Map.of("env", env);
            this.evaluator = new Evaluator(name, this);
            Map<String, Attribute> localDefs = new LinkedHashMap<>();
            for (Block b : body.blocks("locals")) {
                for (Attribute a : b.body().attributes()) {
                    if (localDefs.put(a.name(), a) != null) {
                        throw error(a.pos(), "local \"" + a.name() + "\" is defined twice");
                    }
                }
            }
            this.locals = new LazyMap<>(name, "local", localDefs, a -> evaluator.eval(a.value()));
            Map<String, Map<String, Block>> dataDefs = new LinkedHashMap<>();
            for (Block b : body.blocks("data")) {
                if (b.labels().size() != 2) {
                    throw error(b.pos(), "a data block takes two labels: data \"sql\" \"name\"");
                }
                dataDefs.computeIfAbsent(b.labels().get(0), k -> new LinkedHashMap<>()).put(b.labels().get(1), b);
            }
            Map<String, Object> kinds = new LinkedHashMap<>();
            dataDefs.forEach((kind, blocks) -> kinds.put(kind, new LazyMap<>(name, "data." + kind, blocks,
                    block -> dataSource(block, sql))));
            this.data = kinds;
        }

        Evaluator evaluator() {
            return evaluator;
        }

        @Override
        public Object resolve(String root, Pos pos, Evaluator ev) {
            return switch (root) {
                case "var" -> new StrictMap("variable", variables);
                case "local" -> locals;
                case "data" -> data;
                case "atlas" -> atlas;
                case "each" -> throw error(pos, "each is only available in a block with for_each");
                default -> throw error(pos, "unknown name \"" + root + "\" (expressions start from var, local,"
                        + " data, each or atlas)");
            };
        }

        private Object dataSource(Block b, SqlQuery sql) {
            String kind = b.labels().get(0);
            if (!kind.equals("sql")) {
                throw error(b.pos(), "data source \"" + kind + "\" is not supported (supported: sql)");
            }
            Body d = b.body();
            for (Attribute a : d.attributes()) {
                if (!Set.of("url", "query", "args").contains(a.name())) {
                    throw error(a.pos(), "unknown attribute \"" + a.name() + "\" in data \"sql\" (known: args, query, url)");
                }
            }
            Attribute url = d.attribute("url");
            Attribute query = d.attribute("query");
            if (url == null || query == null) {
                throw error(b.pos(), "data \"sql\" \"" + b.labels().get(1) + "\" needs url and query");
            }
            Attribute argsAttr = d.attribute("args");
            List<Object> args = argsAttr == null ? List.of() : evaluator.list(evaluator.eval(argsAttr.value()),
                    argsAttr.pos());
            String where = "data \"sql\" \"" + b.labels().get(1) + "\"";
            List<Object> values;
            try {
                values = sql.firstColumn(string(evaluator, url), string(evaluator, query), args);
            } catch (ConfigException e) {
                throw e;
            } catch (UsageException e) {
                // The URL it was given is bad: say where it came from, since a variable left empty is the usual cause.
                throw error(url.pos(), where + ": url: " + e.getMessage() + References.in(url.value()));
            } catch (StrataException e) {
                throw new StrataException(name + ":" + query.pos().line() + ":" + query.pos().column() + ": " + where
                        + ": " + e.getMessage(), e);
            }
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("value", values.isEmpty() ? null : values.get(0));
            result.put("values", values);
            result.put("count", BigDecimal.valueOf(values.size()));
            return result;
        }
    }
}
