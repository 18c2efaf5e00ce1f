package dev.strata.cli;

import dev.strata.UsageException;
import dev.strata.config.EnvConfig;
import dev.strata.url.DatabaseUrl;

import java.nio.file.Path;

/**
 * The flags of a command that compares a database with its migration directory replayed on the dev
 * database ({@code schema drift}, {@code migrate down}): all three are required.
 *
 * @param url the database (flag, else the env's url)
 * @param dev the dev database the directory is replayed on
 * @param dir the local migration directory
 */
record ReplayTarget(DatabaseUrl url, DatabaseUrl dev, Path dir) {

    static ReplayTarget of(Terminal term, String urlFlag, EnvConfig env, SchemaScopeOptions scope, DirOptions dir) {
        String u = SchemaEnv.url(urlFlag, env);
        if (u == null) {
            throw new UsageException("required flag(s) \"url\" not set");
        }
        DatabaseUrl url = term.parseUrl(u);
        DatabaseUrl dev = scope.dev(term, env);
        if (dev == null) {
            throw new UsageException("--dev-url is required: the migration directory is replayed on it");
        }
        return new ReplayTarget(url, dev, dir.url(env).open().path());
    }
}
