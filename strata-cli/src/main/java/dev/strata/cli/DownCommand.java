package dev.strata.cli;

import dev.strata.UsageException;
import dev.strata.config.EnvConfig;
import dev.strata.declare.Declarative;
import dev.strata.dialect.Dialects;
import dev.strata.dialect.Session;
import dev.strata.down.Down;
import dev.strata.down.DownPlan;
import dev.strata.down.DownRun;
import dev.strata.down.DownTarget;
import dev.strata.report.DownText;
import dev.strata.text.Durations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

/** {@code strata migrate down [N]}: a database taken back to an earlier version, computed from the schemas. */
@Command(name = "down", mixinStandardHelpOptions = true,
        description = {"Revert the last N applied versions (1 by default), or those after --to-version or"
                + " --to-tag: the directory is replayed on the dev database up to the target, and the statements"
                + " that take the database from its schema to that one are planned, checked and run.",
                "Refused when a statement would lose data (a dropped table or column that holds rows, a narrowed"
                        + " column whose values do not fit) unless --allow-data-loss, and when a reverted file"
                        + " changed data only unless --force. Exit 0 when done, 1 when refused or failed,"
                        + " 2 on bad usage."})
final class DownCommand implements Callable<Integer> {

    private final Cli cli;

    @Option(names = {"-u", "--url"}, paramLabel = "URL", description = "The database to take down.")
    String url;

    @Option(names = "--to-version", paramLabel = "VERSION",
            description = "Revert every applied version after this one. Mutually exclusive with the amount argument.")
    String toVersion;

    @Option(names = "--to-tag", paramLabel = "TAG",
            description = "Revert every applied version after the newest file the directory had at this git tag (or"
                    + " commit) of the project.")
    String toTag;

    @Option(names = "--dry-run", description = "Print the plan and its data checks; change nothing.")
    boolean dryRun;

    @Option(names = "--allow-data-loss", description = "Run even when a statement would lose rows.")
    boolean allowDataLoss;

    @Option(names = "--force", description = "Run even when a reverted file changed data only.")
    boolean force;

    @Option(names = "--revisions-schema", paramLabel = "SCHEMA",
            description = "The schema of the atlas_schema_revisions table.")
    String revisionsSchema;

    @Option(names = "--lock-timeout", paramLabel = "DURATION",
            description = "How long to wait for another run's lock, e.g. 30s (default: 10s).")
    String lockTimeout;

    @Parameters(arity = "0..1", paramLabel = "AMOUNT", description = "How many applied versions to revert (default 1).")
    String amount;

    @Mixin
    DirOptions dir;

    @Mixin
    SchemaScopeOptions scope;

    @Mixin
    ProjectOptions project;

    DownCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        DownTarget target = target();
        EnvConfig env = SchemaEnv.single(project);
        Terminal term = cli.term();
        ReplayTarget t = ReplayTarget.of(term, url, env, scope, dir);
        DownRun.Options options = new DownRun.Options(allowDataLoss, force, revisionsSchema,
                lockTimeout == null ? null : Durations.parse(lockTimeout));
        try (Declarative d = Declarative.open(t.dev()); Session session = Dialects.forUrl(t.url()).open(t.url())) {
            DownPlan plan = Down.plan(d, session, t.dir(), target, revisionsSchema, scope.scope(env, project.vars()));
            if (plan.isEmpty()) {
                term.print(DownText.nothing(plan));
                return 0;
            }
            String unfinished = DownText.unfinished(plan);
            if (unfinished != null) {
                term.notice(unfinished);
            }
            term.print(DownText.plan(plan));
            if (dryRun) {
                return 0;
            }
            DownRun.Result r = DownRun.apply(session, plan, options);
            term.print(DownText.done(plan, r.statements(), r.took()));
        }
        return 0;
    }

    private DownTarget target() {
        int given = (toVersion != null ? 1 : 0) + (toTag != null ? 1 : 0) + (amount != null ? 1 : 0);
        if (given > 1) {
            throw new UsageException("--to-version, --to-tag and the amount argument are mutually exclusive");
        }
        if (toVersion != null) {
            return new DownTarget.Version(toVersion);
        }
        if (toTag != null) {
            return new DownTarget.Tag(toTag);
        }
        if (amount == null) {
            return new DownTarget.Steps(1);
        }
        try {
            return new DownTarget.Steps(Integer.parseInt(amount));
        } catch (NumberFormatException e) {
            throw new UsageException("migrate down: the amount must be a number, got \"" + amount + "\"");
        }
    }
}
