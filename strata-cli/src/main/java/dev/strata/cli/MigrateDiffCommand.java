package dev.strata.cli;

import dev.strata.config.EnvConfig;
import dev.strata.declare.Declarative;
import dev.strata.declare.MigrationDiff;
import dev.strata.declare.Source;
import dev.strata.migrate.LocalDir;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code strata migrate diff [name]}: the next migration file, planned from the desired state. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Write the next migration file: the directory is replayed on the dev database, compared with"
                + " the desired state (--to), and the statements between them are written to"
                + " <yyyyMMddHHmmss>_<name>.sql (the time in UTC), with atlas.sum updated.",
                "When the directory already gives the desired state, nothing is written."})
final class MigrateDiffCommand implements Callable<Integer> {

    private final Cli cli;

    @Parameters(arity = "0..1", paramLabel = "NAME", description = "The description part of the file name.")
    String name;

    @Option(names = "--to", split = ",", paramLabel = "URL",
            description = "The desired state: file:// HCL or SQL schema files, a migration directory, or a database"
                    + " URL (default: the env's src).")
    List<String> to = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Atlas's '{{ sql . \"  \" }}' indents multi-line statements; default one statement a line.")
    String format;

    @Option(names = "--qualifier", paramLabel = "SCHEMA",
            description = "Qualify names with this schema when the dev database is bound to one.")
    String qualifier;

    @Option(names = "--lock-timeout", paramLabel = "DURATION", hidden = true,
            description = "Accepted for Atlas compatibility.")
    String lockTimeout;

    @Mixin
    DirOptions dir;

    @Mixin
    SchemaScopeOptions scope;

    @Mixin
    ProjectOptions project;

    MigrateDiffCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        LocalDir.checkMigrationName(name);
        EnvConfig env = SchemaEnv.single(project);
        List<String> toUrls = to.isEmpty() ? SchemaEnv.sources(env) : to;
        if (toUrls.isEmpty()) {
            throw new dev.strata.UsageException("required flag(s) \"to\" not set");
        }
        SchemaFormat f = SchemaEnv.planFormat(format, env, "diff");
        Terminal term = cli.term();
        var devUrl = scope.requireDev(term, env);
        LocalDir local = dir.url(env).openOrCreate();
        Source desired = Source.parse("--to", toUrls, term::parseUrl);
        try (Declarative d = Declarative.open(devUrl)) {
            Optional<String> file = new MigrationDiff(name, f.indent(), qualifier, scope.diffOptions())
                    .write(d, local, desired, scope.scope(env, project.vars()), Instant.now());
            if (file.isEmpty()) {
                // On stdout, as Atlas prints it (its scripts match it there).
                term.println("The migration directory is synced with the desired state, no changes to be made");
            }
        }
        return 0;
    }
}
