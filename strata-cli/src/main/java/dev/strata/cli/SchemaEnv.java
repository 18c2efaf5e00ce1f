package dev.strata.cli;

import dev.strata.UsageException;
import dev.strata.config.EnvConfig;

import java.util.List;

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

    /** A flag's value, else the environment's ({@code env://} followed); null when neither has one. */
    static String value(String flagValue, String fromEnv, EnvConfig env, String flag) {
        String v = ProjectOptions.fromEnv(flagValue, env, flag);
        return v == null || v.isEmpty() ? (env == null ? null : fromEnv) : v;
    }
}
