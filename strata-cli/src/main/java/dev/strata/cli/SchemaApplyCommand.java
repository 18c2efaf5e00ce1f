package dev.strata.cli;

import dev.strata.StrataException;
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

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code strata schema apply}: a database brought to a desired state, after approval. */
@Command(name = "apply", mixinStandardHelpOptions = true,
        description = {"Plan the statements that bring the database (--url) to the desired state (--to), print them"
                + " and, once approved, run them: in one transaction where the database allows.",
                "Approval is asked on a terminal; unattended runs need --auto-approve. Changes that may lose data"
                        + " (dropping a schema, a table or column that holds data, narrowing a type) are refused without"
                        + " --allow-destructive."})
final class SchemaApplyCommand implements Callable<Integer> {

    private final Cli cli;

    @Option(names = {"-u", "--url"}, paramLabel = "URL", description = "The database to bring to the desired state.")
    String url;

    @Option(names = "--to", split = ",", paramLabel = "URL",
            description = "The desired state: file:// HCL or SQL schema files, a migration directory, or a database URL.")
    List<String> to = new ArrayList<>();

    @Option(names = {"-f", "--file"}, split = ",", paramLabel = "PATH", hidden = true,
            description = "Atlas's legacy spelling of --to for schema files: paths without file://.")
    List<String> files = new ArrayList<>();

    @Option(names = "--dry-run", description = "Print the plan and change nothing (also with --auto-approve).")
    boolean dryRun;

    @Option(names = "--auto-approve", description = "Apply without asking.")
    boolean autoApprove;

    @Option(names = "--allow-destructive", description = "Allow changes that may lose data (drops).")
    boolean allowDestructive;

    @Option(names = "--tx-mode", paramLabel = "MODE", defaultValue = "file",
            description = "file (default): all statements in one transaction where the database allows; none.")
    String txMode;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "json: one document, {\"Applied\":[...]} or with --dry-run {\"Pending\":[...]}."
                    + " Only with --dry-run or --auto-approve.")
    String format;

    @Mixin
    SchemaScopeOptions scope;

    @Mixin
    ProjectOptions project;

    SchemaApplyCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        EnvConfig env = SchemaEnv.single(project);
        String u = SchemaEnv.url(url, env);
        if (!files.isEmpty() && !to.isEmpty()) {
            throw new UsageException("--file and --to are mutually exclusive");
        }
        List<String> toUrls = !to.isEmpty() ? to : !files.isEmpty()
                ? files.stream().map(p -> p.contains("://") ? p : "file://" + p).toList() : SchemaEnv.sources(env);
        checkFlags(u, toUrls);
        boolean json = format != null && SchemaEnv.planFormat(format, env, "schema.apply").kind()
                == SchemaFormat.Kind.JSON;
        Terminal term = cli.term();
        Source target = Source.parse("--url", List.of(u), term::parseUrl);
        if (!(target instanceof Source.Database)) {
            throw new UsageException("--url must be a database connection");
        }
        Source desiredSource = Source.parse("--to", toUrls, term::parseUrl);
        var sc = scope.scope(env, project.vars());
        try (Declarative d = Declarative.open(scope.dev(term, env))) {
            State current = d.read(target, sc);
            State desired = d.read(desiredSource, sc, current);
            SchemaDiff diff = d.diff(current, desired, scope.diffOptions());
            if (diff.synced()) {
                term.print(json ? "{}\n" : "Schema is synced, no changes to be made\n");
                return 0;
            }
            diff.notes().forEach(term::notice);
            // run as printed, indented, as Atlas's schema apply does: SQLite keeps that text in sqlite_master,
            // which Atlas's scripts compare
            DdlPlan plan = d.planOn(diff, current, "  ");
            if (txMode.equals("none")) {
                plan = new DdlPlan(plan.statements(), false);
            }
            if (!json) {
                term.print(PlanText.PLANNED + PlanText.statements(plan));
            }
            if (dryRun) {
                if (json) {
                    term.println(PlanText.changesJson("Pending", plan));
                }
                return 0;
            }
            List<String> destructive = d.destructiveOn(diff, current);
            if (!destructive.isEmpty() && !allowDestructive) {
                throw new StrataException("refusing a plan that may lose data (pass --allow-destructive to apply it): "
                        + String.join("; ", destructive));
            }
            if (!Prompt.approved(term, autoApprove, "schema apply")) {
                return 0;
            }
            d.apply(plan, current);
            if (json) {
                term.println(PlanText.changesJson("Applied", plan));
            }
        }
        return 0;
    }

    private void checkFlags(String u, List<String> toUrls) {
        if (u == null) {
            throw new UsageException("required flag(s) \"url\" not set");
        }
        if (toUrls.isEmpty()) {
            throw new UsageException("one of flag(s) \"file\" or \"to\" is required");
        }
        if (!txMode.equals("file") && !txMode.equals("none")) {
            throw new UsageException("unknown tx-mode \"" + txMode + "\"");
        }
        if (format != null && !dryRun && !autoApprove) {
            throw new UsageException("--format can only be used with --dry-run or --auto-approve");
        }
    }
}
