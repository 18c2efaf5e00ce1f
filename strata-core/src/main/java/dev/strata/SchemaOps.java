package dev.strata;

import dev.strata.declare.Declarative;
import dev.strata.declare.Drift;
import dev.strata.declare.SchemaDiff;
import dev.strata.declare.Scope;
import dev.strata.declare.Source;
import dev.strata.declare.State;
import dev.strata.dialect.DdlPlan;
import dev.strata.dialect.Session;
import dev.strata.down.Down;
import dev.strata.down.DownPlan;
import dev.strata.down.DownRun;
import dev.strata.down.DownTarget;
import dev.strata.migrate.LocalDir;
import dev.strata.migrate.MigrationDir;
import dev.strata.schema.Realm;
import dev.strata.url.DatabaseUrl;

import java.util.List;

/**
 * The declarative operations of {@link Strata}: each opens what it needs (the database, the dev
 * database) through a {@link Declarative} and closes it before it returns.
 *
 * @param database the database of the {@code Strata}
 * @param devUrl   the dev database, or null
 * @param scope    schemas and exclusions
 */
record SchemaOps(Database database, DatabaseUrl devUrl, Scope scope) {

    Realm inspect() {
        try (Session s = database.open(); Declarative d = Declarative.open(null)) {
            return d.inspect(s, scope).realm();
        }
    }

    SchemaDiff diff(String from, String to) {
        try (Declarative d = Declarative.open(devUrl)) {
            State current = d.read(source("from", from), scope);
            return d.diff(current, d.read(source("to", to), scope, current));
        }
    }

    DdlPlan plan(String to) {
        return onDatabase(to, (d, diff, current) -> null);
    }

    DdlPlan applySchema(String to, boolean allowDestructive) {
        return onDatabase(to, (d, diff, current) -> {
            List<String> losses = allowDestructive ? List.of() : d.destructiveOn(diff, current);
            if (!losses.isEmpty()) {
                throw new StrataException("refusing a plan that may lose data (allow destructive changes to apply"
                        + " it): " + String.join("; ", losses));
            }
            return diff;
        });
    }

    /**
     * Plans this database to the desired state; runs the plan when {@code check} lets a diff through
     * (returns it), else returns the plan only.
     */
    /** Whether a plan may run: the diff to run, or null for none. */
    private interface Check {
        SchemaDiff apply(Declarative d, SchemaDiff diff, State current);
    }

    private DdlPlan onDatabase(String to, Check check) {
        try (Session s = database.open(); Declarative d = Declarative.open(devUrl)) {
            State current = d.inspect(s, scope);
            SchemaDiff diff = d.diff(current, d.read(source("to", to), scope, current));
            DdlPlan plan = d.planOn(diff, current, "");
            if (!plan.isEmpty() && check.apply(d, diff, current) != null) {
                d.apply(plan, current);
            }
            return plan;
        }
    }

    Drift.Result drift(MigrationDir dir, String revisionsSchema) {
        if (database.url() == null) {
            throw new UsageException("drift needs the database as a URL, not a DataSource");
        }
        if (devUrl == null) {
            throw new UsageException("drift needs a dev database (devUrl): the migration directory is replayed on it");
        }
        if (!(dir instanceof LocalDir local)) {
            throw new UsageException("drift needs a migration directory on disk, not " + dir.location());
        }
        try (Declarative d = Declarative.open(devUrl)) {
            return Drift.check(d, database.url(), local.path(), revisionsSchema, scope);
        }
    }

    /** Plans a down on the database and, unless {@code dryRun}, applies it. */
    DownPlan down(MigrationDir dir, DownTarget target, DownRun.Options options, boolean dryRun) {
        if (devUrl == null) {
            throw new UsageException("down needs a dev database (devUrl): the migration directory is replayed on it");
        }
        if (!(dir instanceof LocalDir local)) {
            throw new UsageException("down needs a migration directory on disk, not " + dir.location());
        }
        try (Session s = database.open(); Declarative d = Declarative.open(devUrl)) {
            DownPlan plan = Down.plan(d, s, local.path(), target, options.revisionsSchema(), scope);
            if (!dryRun) {
                DownRun.apply(s, plan, options);
            }
            return plan;
        }
    }

    private static Source source(String what, String url) {
        return Source.parse(what, List.of(url), DatabaseUrl::parse);
    }
}
