package dev.strata.cli;

import dev.strata.UsageException;
import dev.strata.config.EnvConfig;
import dev.strata.config.JdbcQuery;
import dev.strata.config.LintBlock;
import dev.strata.config.ProjectFile;
import dev.strata.migrate.DirUrl;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code --env}, {@code --var} and {@code -c/--config}: settings from the project file. */
final class ProjectOptions {

    @Option(names = "--env", paramLabel = "NAME",
            description = "The environment of the project file (strata.hcl, else atlas.hcl) to take settings from.")
    String env;

    @Option(names = "--var", paramLabel = "KEY=VALUE",
            description = "A project-file variable; repeat a key for a list (also key1=v1,key2=v2).")
    List<String> vars = new ArrayList<>();

    @Option(names = {"-c", "--config"}, paramLabel = "URL",
            description = "The project file, as file://PATH (default: strata.hcl, else atlas.hcl).")
    String config;

    /**
     * The selected environment's instances; a list holding one null when no {@code --env} was given
     * (the project file is then not read, as with Atlas).
     */
    List<EnvConfig> instances() {
        return instances(false);
    }

    /** @param dirOnly the command needs only the migration directory: a for_each query is not run */
    private List<EnvConfig> instances(boolean dirOnly) {
        if (env == null || env.isEmpty()) {
            if (!vars.isEmpty()) {
                throw new UsageException("--var needs --env: variables belong to the project file");
            }
            List<EnvConfig> none = new ArrayList<>();
            none.add(null);
            return none;
        }
        Path file = ProjectFile.locate(config, Path.of(""));
        ProjectFile project = ProjectFile.read(file);
        return dirOnly ? project.envForDirectory(env, vars(), new JdbcQuery())
                : project.env(env, vars(), new JdbcQuery());
    }

    /**
     * The instances of the selected environment; without {@code --env}, those of every environment of
     * the project file that names a database ({@code migrate report}); none without a project file.
     */
    List<EnvConfig> everyInstance() {
        if (env != null && !env.isEmpty()) {
            return instances();
        }
        if ((config == null || config.isEmpty()) && ProjectFile.DEFAULT_NAMES.stream()
                .noneMatch(n -> java.nio.file.Files.isRegularFile(Path.of(n)))) {
            return List.of();
        }
        ProjectFile file = ProjectFile.read(ProjectFile.locate(config, Path.of("")));
        List<EnvConfig> out = new ArrayList<>();
        for (String name : file.envNames()) {
            file.env(name, vars(), new JdbcQuery()).stream().filter(e -> e.url() != null && !e.url().isEmpty())
                    .forEach(out::add);
        }
        return out;
    }

    /**
     * The project file's lint settings, the selected env's over the project's; as with Atlas, the file
     * is read only with {@code --env} or {@code -c} (then its top-level {@code lint} block alone).
     */
    LintBlock lint() {
        boolean hasEnv = env != null && !env.isEmpty();
        if (!hasEnv && (config == null || config.isEmpty())) {
            return LintBlock.NONE;
        }
        ProjectFile file = ProjectFile.read(ProjectFile.locate(config, Path.of("")));
        return file.lint(hasEnv ? env : null, vars(), new JdbcQuery());
    }

    /** The migration directories of the selected instances, each once; the default without --env. */
    List<DirUrl> dirs(DirOptions dir) {
        Map<String, DirUrl> distinct = new LinkedHashMap<>();
        for (EnvConfig e : instances(true)) {
            DirUrl d = dir.url(e);
            distinct.putIfAbsent(d.url(), d);
        }
        return new ArrayList<>(distinct.values());
    }

    /** {@code --var} values; a repeated key collects several. Each flag may hold CSV key=value pairs. */
    Map<String, List<String>> vars() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String flag : vars) {
            for (String pair : csv(flag)) {
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    throw new UsageException("invalid --var \"" + pair + "\": expected KEY=VALUE");
                }
                out.computeIfAbsent(pair.substring(0, eq), k -> new ArrayList<>()).add(pair.substring(eq + 1));
            }
        }
        return out;
    }

    /** Splits at commas outside double quotes, as Go's csv reader does for Atlas's --var. */
    static List<String> csv(String s) {
        List<String> fields = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    b.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                fields.add(b.toString());
                b.setLength(0);
            } else {
                b.append(c);
            }
        }
        fields.add(b.toString());
        return fields;
    }

    /**
     * A flag's value, following Atlas's {@code env://ATTR} form back into the selected environment.
     *
     * @param flag the flag's name, for messages
     */
    static String fromEnv(String value, EnvConfig env, String flag) {
        if (value == null || !value.startsWith("env://")) {
            return value;
        }
        String attr = value.substring("env://".length());
        if (env == null) {
            throw new UsageException(flag + " " + value + " refers to the project environment: pass --env");
        }
        String resolved = env.attribute(attr);
        if (resolved == null) {
            throw new UsageException(flag + " " + value + ": env \"" + env.name() + "\" has no string attribute \""
                    + attr + "\"");
        }
        return resolved;
    }
}
