package dev.strata.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code strata}: the root of the command tree (its subcommands: {@link CommandTree}). */
@Command(name = "strata",
        description = "Database schema migrations: Atlas-compatible migration directories, on the JVM.",
        mixinStandardHelpOptions = true,
        versionProvider = VersionCommand.Provider.class,
        footer = {"", "Run 'strata <command> --help' for the flags of a command.%n"})
final class RootCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Print stack traces of errors (for bug reports).")
    boolean debug;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
