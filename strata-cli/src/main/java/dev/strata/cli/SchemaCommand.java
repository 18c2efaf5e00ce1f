package dev.strata.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code strata schema}: the declarative workflow (its subcommands: {@link CommandTree}). */
@Command(name = "schema",
        description = "Work with schemas declaratively: inspect a database, diff two states, apply a desired state.",
        mixinStandardHelpOptions = true)
final class SchemaCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
