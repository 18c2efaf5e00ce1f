package dev.strata.cli;

import dev.strata.UsageException;
import dev.strata.config.EnvConfig;

import java.util.List;
import java.util.function.Function;

/** The one environment a schema command runs in: Atlas runs the schema commands on one instance only. */
final class SchemaEnv {

    private SchemaEnv() {
    }

    /** The selected environment, or null without {@code --env}. */
    static EnvConfig single(ProjectOptions project) {
        List<EnvConfig> all = project.instances();
        if (all.size() != 1) {
            throw new UsageException("multiple envs found for \"" + project.env + "\"");
        }
        return all.get(0);
    }

    /** {@code --url}, else the environment's {@code url}; null when neither has one. */
    static String url(String flagValue, EnvConfig env) {
        return value(flagValue, env, EnvConfig::url, "--url");
    }

    /** {@code --dev-url}, else the environment's {@code dev}; null when neither has one. */
    static String devUrl(String flagValue, EnvConfig env) {
        return value(flagValue, env, EnvConfig::dev, "--dev-url");
    }

    /** A flag's value ({@code env://} followed), else the environment's. */
    private static String value(String flagValue, EnvConfig env, Function<EnvConfig, String> field, String flag) {
        String v = ProjectOptions.fromEnv(flagValue, env, flag);
        return v == null || v.isEmpty() ? (env == null ? null : field.apply(env)) : v;
    }

    /**
     * The format of a printed plan: the flag's, else the environment's {@code format { schema { ... } }}
     * for the command; SQL by default, HCL refused.
     */
    static SchemaFormat planFormat(String flag, EnvConfig env, String command) {
        String value = flag != null ? flag : env == null ? null : env.formats().get(command);
        SchemaFormat f = SchemaFormat.parse(value, SchemaFormat.Kind.SQL, "--format");
        if (f.kind() != SchemaFormat.Kind.SQL && f.kind() != SchemaFormat.Kind.JSON) {
            throw new UsageException("unsupported --format " + value + " for a plan: use sql or json");
        }
        return f;
    }

    /** {@code src} of the environment as URLs: a path without a scheme is a {@code file://} one. */
    static List<String> sources(EnvConfig env) {
        if (env == null) {
            return List.of();
        }
        return env.src().stream().map(s -> s.contains("://") ? s : "file://" + s).toList();
    }
}
