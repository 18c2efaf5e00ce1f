package dev.strata.config;

import dev.strata.migrate.exec.ExecOrder;
import dev.strata.migrate.exec.MigrateOptions;
import dev.strata.text.Durations;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One environment of a project file, evaluated: what its attributes say, ready to fill the flags a
 * user did not give. An env with {@code for_each} yields one {@code EnvConfig} per instance.
 *
 * @param name      the env's name, as {@code --env} selects it
 * @param instance  the instance's key ({@code each.value} of a list, {@code each.key} of a map), or
 *                  null when the env has no {@code for_each}
 * @param url       {@code url}, or null
 * @param dev       {@code dev}, or null
 * @param src       {@code src} (or {@code schema { src }}), empty when unset
 * @param schemas   {@code schemas}, empty when unset
 * @param exclude   {@code exclude}, empty when unset
 * @param migration the {@code migration} block
 * @param formats   output templates by command from {@code format { migrate { ... } }} ({@code apply},
 *                  {@code status} ...) and {@code format { schema { ... } }} ({@code schema.inspect}, ...)
 * @param extras    every other attribute of the env: input values such as {@code tenant = each.value}
 */
public record EnvConfig(String name, String instance, String url, String dev, List<String> src, List<String> schemas,
                        List<String> exclude, Migration migration, Map<String, String> formats,
                        Map<String, Object> extras) {

    public EnvConfig {
        src = List.copyOf(src);
        schemas = List.copyOf(schemas);
        exclude = List.copyOf(exclude);
        formats = Map.copyOf(formats);
        extras = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extras));
    }

    /** How the env names itself in reports: the instance key when it has one. */
    public String label() {
        return instance == null ? name : instance;
    }

    /**
     * An attribute by Atlas's {@code env://} path: {@code url}, {@code dev}, {@code src},
     * {@code migration.dir} and the other migration attributes, or any string attribute.
     */
    public String attribute(String path) {
        return switch (path) {
            case "url" -> url;
            case "dev" -> dev;
            case "src", "schema.src" -> src.isEmpty() ? null : src.get(0);
            case "migration.dir" -> migration.dir();
            case "migration.format" -> migration.format();
            case "migration.baseline" -> migration.baseline();
            case "migration.exec_order" -> migration.execOrder() == null ? null : migration.execOrder().flag();
            case "migration.lock_timeout" -> migration.lockTimeout() == null ? null
                    : Durations.format(migration.lockTimeout());
            case "migration.revisions_schema" -> migration.revisionsSchema();
            default -> extras.get(path) instanceof String s ? s : null;
        };
    }

    /**
     * The {@code migration} block, its values parsed where the file was read (so a bad one names
     * its line and column); every field null when unset.
     *
     * @param execOrder      Atlas's {@code LINEAR_SKIP}, or the flag's {@code linear-skip}
     * @param ddlLockTimeout Strata's {@code ddl_lock_timeout} (not in Atlas)
     * @param ddlRetries     Strata's {@code ddl_retries} (not in Atlas)
     */
    public record Migration(String dir, String format, String baseline, ExecOrder execOrder, Duration lockTimeout,
                            String revisionsSchema, Duration ddlLockTimeout, Integer ddlRetries) {

        /** A missing block. */
        public static final Migration NONE = new Migration(null, null, null, null, null, null, null, null);

        /** The settings of the block, to merge under the flags ({@link MigrateOptions#over}). */
        public MigrateOptions options() {
            return new MigrateOptions(revisionsSchema, baseline, execOrder, null, lockTimeout, ddlLockTimeout,
                    ddlRetries);
        }
    }
}
