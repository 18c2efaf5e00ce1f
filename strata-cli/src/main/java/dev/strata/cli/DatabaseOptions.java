package dev.strata.cli;

import dev.strata.Strata;
import dev.strata.UsageException;
import dev.strata.config.EnvConfig;
import dev.strata.migrate.MigrationDir;
import dev.strata.url.DatabaseUrl;
import picocli.CommandLine.Option;

import java.util.Map;

/** The {@code --url} flag, with the release-command fallback to {@code STRATA_URL} and {@code DATABASE_URL}. */
final class DatabaseOptions {

    /** Read in this order when {@code --url} is not given: Strata's own, then the platforms' common one. */
    static final String[] ENV_VARIABLES = {"STRATA_URL", "DATABASE_URL"};

    @Option(names = {"-u", "--url"}, paramLabel = "URL",
            description = "The database URL, e.g. postgres://user:pass@host:5432/db?sslmode=disable,"
                    + " mysql://user:pass@host:3306/db, sqlite://file.db, or a JDBC URL (jdbc:postgresql://...)."
                    + " Default: $STRATA_URL, else $DATABASE_URL.")
    String url;

    @Option(names = "--revisions-schema", paramLabel = "SCHEMA",
            description = "The schema of the atlas_schema_revisions table.")
    String revisionsSchema;

    /**
     * The URL to use, telling the user on stderr (redacted) when it came from the environment. Its
     * password is registered with the terminal so no output can carry it.
     */
    DatabaseUrl resolve(Cli cli, Terminal term, EnvConfig env) {
        String given = ProjectOptions.fromEnv(url, env, "--url");
        if ((given == null || given.isEmpty()) && env != null) {
            given = env.url();
        }
        if (given == null || given.isEmpty()) {
            Map<String, String> variables = cli.env();
            for (String name : ENV_VARIABLES) {
                String value = variables.get(name);
                if (value != null && !value.isBlank()) {
                    DatabaseUrl parsed = parse(term, value);
                    term.notice("strata: using the database URL from " + name + ": " + parsed.redacted());
                    return parsed;
                }
            }
            throw new UsageException("no database URL: pass --url, or set STRATA_URL or DATABASE_URL");
        }
        return parse(term, given);
    }

    /**
     * As {@link #resolve(Cli, Terminal, EnvConfig)}, but a missing or malformed URL is reported only
     * after the directory has been validated, as Atlas does: a directory without its atlas.sum gets
     * the checksum error first.
     */
    DatabaseUrl resolve(Cli cli, Terminal term, EnvConfig env, MigrationDir dir) {
        try {
            return resolve(cli, term, env);
        } catch (UsageException e) {
            Strata.builder().dir(dir).build().validate();
            throw e;
        }
    }

    DatabaseUrl resolve(Cli cli) {
        return resolve(cli, cli.term(), null);
    }

    /** The {@code --revisions-schema} flag, following {@code env://} into the environment; null when not given. */
    String revisionsSchema(EnvConfig env) {
        return ProjectOptions.fromEnv(revisionsSchema, env, "--revisions-schema");
    }

    private static DatabaseUrl parse(Terminal term, String raw) {
        return term.parseUrl(raw);
    }
}
