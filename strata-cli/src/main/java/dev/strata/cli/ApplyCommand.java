package dev.strata.cli;

import dev.strata.ConnectAhead;
import dev.strata.Strata;
import dev.strata.StrataException;
import dev.strata.UsageException;
import dev.strata.config.EnvConfig;
import dev.strata.dialect.Dialects;
import dev.strata.migrate.exec.ApplyException;
import dev.strata.migrate.exec.ApplyResult;
import dev.strata.migrate.exec.ExecOrder;
import dev.strata.migrate.exec.Interruption;
import dev.strata.migrate.exec.MigrateOptions;
import dev.strata.migrate.exec.MigrateSettings;
import dev.strata.migrate.exec.MigrationListener;
import dev.strata.migrate.exec.TxMode;
import dev.strata.report.ApplyJson;
import dev.strata.report.ApplyReport;
import dev.strata.text.Durations;
import dev.strata.url.DatabaseUrl;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code strata migrate apply [amount]}: the release command. */
@Command(name = "apply", mixinStandardHelpOptions = true,
        description = {"Apply pending migration files to the database.",
            "Exit code 0 when the database is at the latest version (also when there was nothing to do),"
                    + " 1 when the run failed, 2 when the command could not start."})
final class ApplyCommand implements Callable<Integer> {

    private final Cli cli;

    @Mixin
    TargetOptions target;

    @Mixin
    OutputFormat format;

    @Mixin
    FleetOptions fleet;

    @Option(names = "--dry-run", description = "Print the statements that would run; change nothing.")
    boolean dryRun;

    @Option(names = "--lock-timeout", paramLabel = "DURATION",
            description = "How long to wait for another run's lock, e.g. 30s or 2m (default: the env's"
                    + " migration.lock_timeout, else 10s).")
    String lockTimeout;

    @Option(names = "--baseline", paramLabel = "VERSION",
            description = "On a first run against a database that is not empty: the version up to which files"
                    + " are taken as applied.")
    String baseline;

    @Option(names = "--tx-mode", paramLabel = "MODE", defaultValue = "file",
            description = "Transactions: file (one per file), all (one for the run) or none (default: ${DEFAULT-VALUE}).")
    String txMode;

    @Option(names = "--exec-order", paramLabel = "ORDER",
            description = "Files added out of order: linear (refuse), linear-skip (skip them) or non-linear (run"
                    + " them) (default: the env's migration.exec_order, else linear).")
    String execOrder;

    @Option(names = "--allow-dirty", description = "On a first run, allow a database that is not empty.")
    boolean allowDirty;

    @Option(names = "--ddl-lock-timeout", paramLabel = "DURATION",
            description = "How long a migration statement may wait for a lock the application holds before it"
                    + " gives up (PostgreSQL lock_timeout, MySQL lock_wait_timeout), e.g. 2s. A file can set its"
                    + " own with the header directive '-- strata:lock_timeout 2s'. Default: the database's.")
    String ddlLockTimeout;

    @Option(names = "--ddl-retries", paramLabel = "N",
            description = "How many times to retry a statement that gave up waiting for a lock (default: 0).")
    Integer ddlRetries;

    @Option(names = "--to-version", paramLabel = "VERSION",
            description = "The target version to apply migrations to (that file included). Mutually exclusive with"
                    + " the amount argument.")
    String toVersion;

    @Option(names = "--verify-applied",
            description = "Before applying, check that no applied file was edited since it ran (the hash the"
                    + " revisions table stored against atlas.sum's); refuse to run if one was. Strata's own.")
    boolean verifyApplied;

    @Parameters(arity = "0..*", paramLabel = "AMOUNT", description = "Apply at most this many files.")
    List<String> args = new ArrayList<>();

    /** The connection {@link Cli} started as soon as it read {@code --url} (the lean reading), or null. */
    ConnectAhead connectAhead;

    ApplyCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        int amount = amount(args);
        if (toVersion != null && !args.isEmpty()) {
            throw new UsageException("--to-version and the amount argument are mutually exclusive");
        }
        MigrateOptions flags = settingsFlags();
        format.json();
        List<EnvConfig> instances = fleet.select(target.instances(), cli.env());
        boolean tenantLocks = fleet.parallel != null;
        Interruption interruption = new Interruption();
        try (InterruptHook hook = InterruptHook.install(interruption, cli.term())) {
            return Fleet.run(cli, instances, fleet, List.of("FROM", "TO", "FILES"), new Fleet.Job() {
                @Override
                public List<String> run(EnvConfig env, Terminal term) {
                    return applyOne(env, term, amount, flags, tenantLocks, interruption);
                }

                @Override
                public List<String> cellsOf(RuntimeException failure) {
                    return failure instanceof ApplyException a ? cells(a.result()) : List.of();
                }
            });
        } catch (RuntimeException e) {
            if (interruption.requested()) {
                // The shutdown hook prints the one line; the JVM exits with the signal's code.
                return StrataException.EXIT_FAILURE;
            }
            throw e;
        }
    }

    private List<String> applyOne(EnvConfig env, Terminal term, int amount, MigrateOptions flags,
                                  boolean tenantLocks, Interruption interruption) {
        boolean json = format.json(env == null ? null : env.formats().get("apply"));
        TargetOptions.Target t = target.resolve(cli, term, env, flags);
        ApplyReport report = new ApplyReport(term, term::print, term::notice, dryRun);
        String lock = tenantLocks ? tenantLock(t.url(), t.settings().revisionsSchema()) : MigrateSettings.ATLAS_LOCK;
        Strata strata = t.strata().connectAhead(connectAhead).allowDirty(allowDirty).dryRun(dryRun).lockName(lock)
                .verifyApplied(verifyApplied)
                .interruption(interruption)
                .listener(json ? MigrationListener.NONE : report).build();
        try {
            ApplyResult r = toVersion == null ? strata.apply(amount) : strata.applyTo(toVersion);
            render(term, report, json, t, r);
            return cells(r);
        } catch (ApplyException e) {
            render(term, report, json, t, e.result());
            throw e;
        }
    }

    /** The settings the flags give, parsed before anything is read; null where a flag is absent. */
    private MigrateOptions settingsFlags() {
        return new MigrateOptions(null, baseline, execOrder == null ? null : ExecOrder.parse(execOrder),
                TxMode.parse(txMode), duration("--lock-timeout", lockTimeout),
                duration("--ddl-lock-timeout", ddlLockTimeout), ddlRetries);
    }

    /**
     * A lock per tenant, named after where its revisions table is, so tenants migrate in parallel.
     * Atlas's one lock per database (PostgreSQL) or server (MySQL) would serialise them.
     */
    static String tenantLock(DatabaseUrl url, String revisionsSchema) {
        String schema = revisionsSchema != null ? revisionsSchema
                : Dialects.forUrl(url).boundSchema(url).orElse("");
        return MigrateSettings.ATLAS_LOCK + ":" + url.scheme() + "://" + url.host() + ":" + url.port() + "/"
                + url.path() + "#" + schema;
    }

    /** FROM, TO and FILES of the fleet summary. */
    private static List<String> cells(ApplyResult r) {
        String to = r.current();
        int files = 0;
        for (ApplyResult.FileResult f : r.files()) {
            if (f.error() == null) {
                to = f.file().version();
                files++;
            }
        }
        return List.of(r.current().isEmpty() ? "-" : r.current(), to.isEmpty() ? "-" : to, Integer.toString(files));
    }

    private static void render(Terminal term, ApplyReport report, boolean json, TargetOptions.Target t,
                               ApplyResult result) {
        if (json) {
            term.println(ApplyJson.of(t.url(), t.dirUrl().url(), result));
        } else {
            report.summary(result);
        }
    }

    /** Atlas's amount argument: at most one positive integer. */
    static int amount(List<String> args) {
        if (args.size() > 1) {
            throw new UsageException("accepts at most 1 arg(s), received " + args.size());
        }
        if (args.isEmpty()) {
            return 0;
        }
        String a = args.get(0);
        int n;
        try {
            n = Integer.parseInt(a);
        } catch (NumberFormatException e) {
            throw new UsageException("invalid amount argument \"" + a
                    + "\" (invalid syntax). Omit the argument or pass a valid integer instead");
        }
        if (n < 1) {
            throw new UsageException("cannot apply '" + n + "' migration files");
        }
        return n;
    }

    /** A duration flag's value; null when the flag was not given. */
    static Duration duration(String flag, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Durations.parse(value);
        } catch (IllegalArgumentException e) {
            throw new UsageException("invalid value for " + flag + ": " + e.getMessage());
        }
    }
}
