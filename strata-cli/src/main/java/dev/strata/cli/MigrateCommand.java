package dev.strata.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code strata migrate}: versioned migrations. */
@Command(name = "migrate",
        description = "Manage versioned migrations: apply them, check them, write new ones, import them from"
                + " another tool and adopt its databases.",
        mixinStandardHelpOptions = true,
        subcommands = {ApplyCommand.class, StatusCommand.class, SetCommand.class, HashCommand.class,
            ValidateCommand.class, NewCommand.class, ImportCommand.class, AdoptCommand.class})
final class MigrateCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
