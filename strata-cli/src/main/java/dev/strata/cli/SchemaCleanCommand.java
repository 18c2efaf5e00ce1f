package dev.strata.cli;

import dev.strata.UsageException;
import dev.strata.config.EnvConfig;
import dev.strata.declare.Declarative;
import dev.strata.declare.SchemaDiff;
import dev.strata.declare.Source;
import dev.strata.declare.State;
import dev.strata.dialect.DdlPlan;
import dev.strata.report.PlanText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code strata schema clean}: everything in the database's schemas dropped, after approval. The
 * schemas themselves stay (Atlas drops them too when the URL is bound to none): what a reset of a
 * scratch or dev database needs, without the rights to create a schema again.
 */
@Command(name = "clean", mixinStandardHelpOptions = true,
        description = {"Drop every table, view, routine, trigger, sequence and type of the database's schemas (the"
                + " one the URL is bound to, else all of them; the schemas themselves stay), after approval.",
                "Approval is asked on a terminal; unattended runs need --auto-approve."})
final class SchemaCleanCommand implements Callable<Integer> {

    private final Cli cli;

    @Option(names = {"-u", "--url"}, paramLabel = "URL", description = "The database to empty.")
    String url;

    @Option(names = "--dry-run", description = "Print the plan and change nothing.")
    boolean dryRun;

    @Option(names = "--auto-approve", description = "Drop without asking.")
    boolean autoApprove;

    @Mixin
    SchemaScopeOptions scope;

    @Mixin
    ProjectOptions project;

    SchemaCleanCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        EnvConfig env = SchemaEnv.single(project);
        String u = SchemaEnv.url(url, env);
        if (u == null) {
            throw new UsageException("required flag(s) \"url\" not set");
        }
        Terminal term = cli.term();
        Source target = Source.parse("--url", List.of(u), term::parseUrl);
        if (!(target instanceof Source.Database)) {
            throw new UsageException("--url must be a database connection");
        }
        try (Declarative d = Declarative.open(null)) {
            State current = d.read(target, scope.scope(env, project.vars()));
            SchemaDiff diff = d.diff(current, d.emptied(current), scope.diffOptions());
            if (diff.synced()) {
                term.print("Nothing to drop\n");
                return 0;
            }
            DdlPlan plan = d.planOn(diff, current, "  ");
            term.print(PlanText.PLANNED + PlanText.statements(plan));
            if (dryRun) {
                return 0;
            }
            if (!Prompt.approved(term, autoApprove, "schema clean")) {
                return 0;
            }
            d.apply(plan, current);
        }
        return 0;
    }
}
