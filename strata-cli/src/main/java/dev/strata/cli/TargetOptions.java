package dev.strata.cli;

import dev.strata.Strata;
import dev.strata.config.EnvConfig;
import dev.strata.migrate.DirUrl;
import dev.strata.migrate.LocalDir;
import dev.strata.migrate.exec.MigrateOptions;
import dev.strata.url.DatabaseUrl;
import picocli.CommandLine.Mixin;

import java.util.List;

/**
 * What a command works on: the migration directory, the database, and the project environment
 * either may come from ({@code --dir}, {@code --url}, {@code --revisions-schema}, {@code --env},
 * {@code --var}, {@code -c}). Shared by {@code migrate apply}, {@code status} and {@code set}, and
 * meant for the schema commands to come. Each value is the flag's, else the environment's, else
 * the default: the settings through {@link MigrateOptions#over}, in {@link #resolve} only.
 */
final class TargetOptions {

    @Mixin
    DirOptions dir;

    @Mixin
    DatabaseOptions db;

    @Mixin
    ProjectOptions project;

    /**
     * One instance's target, resolved.
     *
     * @param url      the database
     * @param dirUrl   the migration directory's URL, as reports show it
     * @param dir      the directory, opened
     * @param settings the flags' settings over the environment's
     */
    record Target(DatabaseUrl url, DirUrl dirUrl, LocalDir dir, MigrateOptions settings) {

        /** A builder for this target; the command adds what only it knows. */
        Strata.Builder strata() {
            return Strata.builder().url(url).dir(dir).settings(settings);
        }
    }

    /** The selected environment's instances; one null without {@code --env}. */
    List<EnvConfig> instances() {
        return project.instances();
    }

    /**
     * The target of one instance. The directory is opened first, so a missing one is refused before
     * the database URL is even looked for.
     *
     * @param flags the command's own settings flags
     */
    Target resolve(Cli cli, Terminal term, EnvConfig env, MigrateOptions flags) {
        DirUrl dirUrl = dir.url(env);
        LocalDir local = DirOptions.open(dirUrl, term);
        DatabaseUrl url = db.resolve(cli, term, env, local);
        MigrateOptions given = new MigrateOptions(db.revisionsSchema(env), null, null, null, null, null, null)
                .over(flags);
        MigrateOptions fromEnv = env == null ? MigrateOptions.NONE : env.migration().options();
        return new Target(url, dirUrl, local, given.over(fromEnv));
    }
}
