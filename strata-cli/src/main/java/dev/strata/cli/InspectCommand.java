package dev.strata.cli;

import dev.strata.UsageException;
import dev.strata.config.EnvConfig;
import dev.strata.declare.Declarative;
import dev.strata.declare.Source;
import dev.strata.declare.State;
import dev.strata.report.PlanText;
import dev.strata.report.erd.ErdPage;
import dev.strata.report.erd.Mermaid;
import dev.strata.schema.hcl.SchemaHcl;
import dev.strata.schema.json.SchemaJson;
import dev.strata.url.DatabaseUrl;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code strata schema inspect}: a database (or schema files) printed as HCL, SQL or JSON. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = {"Inspect a database and print its schema: in Atlas's HCL schema language (default), as the SQL"
                + " that creates it, or as JSON.",
                "The URL may also be file://schema.hcl, file://schema.sql, a folder of them or a migration"
                        + " directory; those are read on the dev database (--dev-url)."})
final class InspectCommand implements Callable<Integer> {

    private final Cli cli;

    @Option(names = {"-u", "--url"}, paramLabel = "URL",
            description = "The database to inspect, or file:// schema files or a migration directory.")
    String url;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "hcl (default), sql, json, html (a self-contained ERD page) or mermaid; Atlas's '{{ sql . }}', '{{ sql . \"  \" }}' and '{{ json . }}'"
                    + " are accepted.")
    String format;

    @Option(names = "--log", hidden = true, description = "Deprecated name of --format.")
    String log;

    @Mixin
    SchemaScopeOptions scope;

    @Mixin
    ProjectOptions project;

    InspectCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        if (format != null && log != null) {
            throw new UsageException("--log and --format are mutually exclusive");
        }
        EnvConfig env = SchemaEnv.single(project);
        String given = format != null ? format : log;
        SchemaFormat f = SchemaFormat.parse(given != null || env == null ? given : env.formats().get("schema.inspect"),
                SchemaFormat.Kind.HCL, "--format");
        String u = SchemaEnv.url(url, env);
        if (u == null) {
            throw new UsageException("required flag(s) \"url\" not set");
        }
        Terminal term = cli.term();
        Source source = Source.parse("--url", List.of(u), term::parseUrl);
        DatabaseUrl dev = source.needsDev() ? scope.dev(term, env) : null;
        try (Declarative d = Declarative.open(dev)) {
            State state = d.read(source, scope.scope(env, project.vars()));
            try (TextStream out = new TextStream(term)) {
                render(d, state, f, out);
            }
        }
        return 0;
    }

    /** HCL and SQL in parts as they are laid out (a schema of thousands of tables is megabytes of text). */
    private static void render(Declarative d, State s, SchemaFormat f, TextStream out) {
        switch (f.kind()) {
            case HCL -> SchemaHcl.print(s.realm(), s.dialect(), out);
            case SQL -> d.creation(s, f.indent(), statement -> out.accept(PlanText.statement(statement)));
            case JSON -> out.accept(SchemaJson.print(s.realm(), f.jsonPrefix(), f.jsonIndent()));
            case HTML -> out.accept(ErdPage.render(s.realm()));
            case MERMAID -> out.accept(Mermaid.render(s.realm()));
        }
    }
}
