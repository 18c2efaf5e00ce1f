package dev.strata.cli;

import dev.strata.UsageException;
import dev.strata.config.EnvConfig;
import dev.strata.declare.Declarative;
import dev.strata.declare.Drift;
import dev.strata.report.DriftText;
import dev.strata.report.PlanText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/**
 * {@code strata schema drift}: whether a database still is what its migration directory gives at the
 * version it records. Exit 0 and {@code No drift}, or exit 1 with each object that differs and the
 * statements that bring it back: a scheduled CI job fails when someone changed production by hand.
 */
@Command(name = "drift", mixinStandardHelpOptions = true,
        description = {"Check that a database matches its migration directory at the version its revisions table"
                + " records: the directory is replayed on the dev database up to that version and both are compared.",
                "Exit 0 when they match; 1 when they differ, naming each object, with the statements that remove the"
                        + " drift (--format sql prints only those, --format json the structured difference)."})
final class DriftCommand implements Callable<Integer> {

    private final Cli cli;

    @Option(names = {"-u", "--url"}, paramLabel = "URL", description = "The database to check.")
    String url;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), sql or json.")
    String format;

    @Option(names = "--revisions-schema", paramLabel = "SCHEMA",
            description = "The schema of the atlas_schema_revisions table.")
    String revisionsSchema;

    @Mixin
    DirOptions dir;

    @Mixin
    SchemaScopeOptions scope;

    @Mixin
    ProjectOptions project;

    DriftCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        String f = format == null ? "text" : format;
        if (!f.equals("text") && !f.equals("sql") && !f.equals("json")) {
            throw new UsageException("invalid value for --format: \"" + format + "\" (expected text, sql or json)");
        }
        EnvConfig env = SchemaEnv.single(project);
        Terminal term = cli.term();
        ReplayTarget t = ReplayTarget.of(term, url, env, scope, dir);
        Drift.Result r;
        try (Declarative d = Declarative.open(t.dev())) {
            r = Drift.check(d, t.url(), t.dir(), revisionsSchema, scope.scope(env, project.vars()));
        }
        term.print(switch (f) {
            case "sql" -> PlanText.statements(r.repair());
            case "json" -> DriftText.json(r);
            default -> DriftText.text(r);
        });
        return r.drifted() ? 1 : 0;
    }
}
