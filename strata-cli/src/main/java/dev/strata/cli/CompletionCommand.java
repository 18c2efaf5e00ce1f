package dev.strata.cli;

import dev.strata.UsageException;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code strata completion bash|zsh}: the shell completion script, as picocli generates it. */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = "Print the shell completion script for bash or zsh.",
        footer = {"", "Load it in the current shell:%n  source <(strata completion bash)%n"
                + "or put it where the shell finds completions, e.g.%n"
                + "  strata completion bash > /etc/bash_completion.d/strata%n"})
final class CompletionCommand implements Runnable {

    private final Cli cli;

    @Parameters(paramLabel = "SHELL", description = "bash or zsh (zsh runs the bash script through bashcompinit).")
    String shell;

    CompletionCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public void run() {
        if (!shell.equals("bash") && !shell.equals("zsh")) {
            throw new UsageException("unknown shell \"" + shell + "\" for completion: bash or zsh");
        }
        // The whole tree: the command line that runs this one registered only the words it names.
        cli.term().print(AutoComplete.bash("strata", CommandTree.build(new String[0], cli.factory())));
    }
}
