package dev.strata.cli;

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

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code strata schema diff}: the statements that take one state to another, printed. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Print the statements that migrate the --from state to the --to state.",
                "A state is a database URL, file:// HCL or SQL schema files, or a migration directory; files are"
                        + " read on the dev database (--dev-url). When the two are synced, nothing is printed on"
                        + " stdout and 'Schemas are synced, no changes to be made.' on stderr."})
final class SchemaDiffCommand implements Callable<Integer> {

    private final Cli cli;

    @Option(names = "--from", split = ",", paramLabel = "URL", required = true,
            description = "The current state (repeatable for several schema files).")
    List<String> from = new ArrayList<>();

    @Option(names = "--to", split = ",", paramLabel = "URL", required = true,
            description = "The desired state (repeatable for several schema files).")
    List<String> to = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "sql (default) or json; Atlas's '{{ sql . }}' and '{{ sql . \"  \" }}' are accepted.")
    String format;

    @Mixin
    SchemaScopeOptions scope;

    @Mixin
    ProjectOptions project;

    SchemaDiffCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        EnvConfig env = SchemaEnv.single(project);
        SchemaFormat f = SchemaEnv.planFormat(format, env, "schema.diff");
        Terminal term = cli.term();
        Source a = Source.parse("--from", from, term::parseUrl);
        Source b = Source.parse("--to", to, term::parseUrl);
        var sc = scope.scope(env, project.vars());
        try (Declarative d = Declarative.open(scope.dev(term, env))) {
            State current = d.read(a, sc);
            State desired = d.read(b, sc, current);
            SchemaDiff diff = d.diff(current, desired, scope.diffOptions());
            if (diff.synced()) {
                if (f.kind() == SchemaFormat.Kind.JSON) {
                    term.println("{}");
                }
                term.notice("Schemas are synced, no changes to be made.");
                return 0;
            }
            diff.notes().forEach(term::notice);
            DdlPlan plan = d.plan(diff, desired, f.indent());
            term.print(f.kind() == SchemaFormat.Kind.JSON ? PlanText.json(plan) + "\n" : PlanText.statements(plan));
        }
        return 0;
    }
}
