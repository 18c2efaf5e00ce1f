package dev.strata.cli;

import dev.strata.migrate.LocalDir;
import dev.strata.migrate.Rebase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code strata migrate rebase VERSION...}: merged files moved after the latest. */
@Command(name = "rebase", mixinStandardHelpOptions = true,
        description = {"Rename the files of the given versions to new versions after the latest file, in their"
                + " order, and write atlas.sum again (it is not checked first: after a merge it is usually the file"
                + " in conflict).",
                "For files a merged branch added that sort before files already applied: with --exec-order linear"
                        + " migrate apply refuses them until they are rebased. Rebase only files no database has run."})
final class RebaseCommand implements Callable<Integer> {

    private final Cli cli;

    @Parameters(arity = "1..*", paramLabel = "VERSION", description = "The versions of the files to move.")
    List<String> versions = new ArrayList<>();

    @Mixin
    DirOptions dir;

    @Mixin
    ProjectOptions project;

    RebaseCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        LocalDir local = dir.url(SchemaEnv.single(project)).open();
        Map<String, String> renamed = Rebase.rebase(local, versions, Instant.now());
        renamed.forEach((from, to) -> cli.term().println("Renamed " + from + " to " + to));
        return 0;
    }
}
