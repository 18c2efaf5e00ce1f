package dev.strata.cli;

import dev.strata.Version;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** {@code strata version}. */
@Command(name = "version", description = "Print the version of Strata, the commit and the build time.",
        mixinStandardHelpOptions = true)
final class VersionCommand implements Runnable {

    private final Cli cli;

    VersionCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public void run() {
        for (String line : lines()) {
            cli.term().println(line);
        }
    }

    /** Answers {@code strata --version}. */
    static final class Provider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return lines();
        }
    }

    /** The version first, alone on its line for scripts; then where it was built from. */
    static String[] lines() {
        return new String[] {"strata version v" + Version.current(),
            "commit " + Version.commit() + ", built " + Version.built()};
    }
}
