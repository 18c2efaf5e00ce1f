package dev.strata.cli;

import dev.strata.Strata;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code strata migrate hash}: rewrites {@code atlas.sum} from the files as they are. */
@Command(name = "hash", mixinStandardHelpOptions = true,
        description = "Hash the migration directory: rewrite atlas.sum from the current files.")
final class HashCommand implements Runnable {

    private final Cli cli;

    @Mixin
    DirOptions dir;

    @Mixin
    ProjectOptions project;

    @Option(names = "--force", hidden = true, description = "Deprecated: has no effect.")
    boolean force;

    HashCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public void run() {
        if (force) {
            cli.term().notice("Flag --force has been deprecated, you can safely omit it.");
        }
        project.dirs(dir).forEach(d -> Strata.builder().dir(DirOptions.open(d, cli.term())).build().hash());
    }
}
