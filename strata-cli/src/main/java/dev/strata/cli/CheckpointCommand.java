package dev.strata.cli;

import dev.strata.config.EnvConfig;
import dev.strata.declare.Checkpoint;
import dev.strata.declare.Declarative;
import dev.strata.migrate.LocalDir;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.Instant;
import java.util.concurrent.Callable;

/** {@code strata migrate checkpoint [NAME]}: the directory's whole schema as one checkpoint file. */
@Command(name = "checkpoint", mixinStandardHelpOptions = true,
        description = {"Write a checkpoint file: the directory is replayed on the dev database and the statements"
                + " that create its whole schema are written to <yyyyMMddHHmmss>_<name>.sql (the time in UTC,"
                + " default name checkpoint) under the header '-- atlas:checkpoint [name]', with atlas.sum updated.",
                "migrate apply on an empty database then starts from the newest checkpoint; a database past it"
                        + " skips it."})
final class CheckpointCommand implements Callable<Integer> {

    private final Cli cli;

    @Parameters(arity = "0..1", paramLabel = "NAME",
            description = "The description part of the file name, also written as the checkpoint's tag.")
    String name;

    @Option(names = "--lock-timeout", paramLabel = "DURATION", hidden = true,
            description = "Accepted for Atlas compatibility.")
    String lockTimeout;

    @Mixin
    DirOptions dir;

    @Mixin
    SchemaScopeOptions scope;

    @Mixin
    ProjectOptions project;

    CheckpointCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        EnvConfig env = SchemaEnv.single(project);
        Terminal term = cli.term();
        var devUrl = scope.requireDev(term, env);
        LocalDir local = dir.url(env).openOrCreate();
        try (Declarative d = Declarative.open(devUrl)) {
            String file = new Checkpoint(name).write(d, local, scope.scope(env, project.vars()), Instant.now());
            term.println(local.path().resolve(file).toString());
        }
        return 0;
    }
}
