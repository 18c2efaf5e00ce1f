package dev.strata.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code strata migrate}: versioned migrations (its subcommands: {@link CommandTree}). */
@Command(name = "migrate",
        description = "Manage versioned migrations: apply them, check them, write new ones, import them from"
                + " another tool and adopt its databases.",
        mixinStandardHelpOptions = true)
final class MigrateCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
