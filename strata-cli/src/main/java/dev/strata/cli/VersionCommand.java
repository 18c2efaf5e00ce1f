package dev.strata.cli;

import dev.strata.Version;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** {@code strata version}. */
@Command(name = "version", description = "Print the version of Strata.", mixinStandardHelpOptions = true)
final class VersionCommand implements Runnable {

    private final Cli cli;

    VersionCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public void run() {
        cli.term().println("strata version v" + Version.current());
    }

    /** Answers {@code strata --version}. */
    static final class Provider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"strata version v" + Version.current()};
        }
    }
}
