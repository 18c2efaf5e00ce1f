package dev.strata.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The command tree registers what the arguments name, and everything where they name nothing. */
class CommandTreeTest {

    private final Cli cli = new Cli(new Terminal(new ByteArrayOutputStream(), new ByteArrayOutputStream(), false),
            Map.of());

    private CommandLine tree(String... args) {
        return CommandTree.build(args, cli.factory());
    }

    private static List<String> subcommands(CommandLine cl) {
        return List.copyOf(cl.getSubcommands().keySet());
    }

    @Test
    void theNamedCommandOnly() {
        assertThat(subcommands(tree("version"))).containsExactly("version");
        CommandLine apply = tree("--debug", "migrate", "apply", "--url", "sqlite://x.db", "2");
        assertThat(subcommands(apply)).containsExactly("migrate");
        assertThat(subcommands(apply.getSubcommands().get("migrate"))).containsExactly("apply");
    }

    @Test
    void everythingWhereNothingIsNamed() {
        for (String[] args : List.of(new String[0], new String[] {"--help"}, new String[] {"migrat"})) {
            assertThat(subcommands(tree(args))).containsExactly("migrate", "schema", "completion", "version");
        }
        for (String[] args : List.of(new String[] {"migrate"}, new String[] {"migrate", "--help"},
                new String[] {"migrate", "aply"})) {
            assertThat(subcommands(tree(args).getSubcommands().get("migrate")))
                    .containsExactly("apply", "status", "set", "hash", "validate", "new", "diff", "import", "adopt", "report", "lint",
                            "down", "checkpoint", "rebase");
        }
    }

    @Test
    void theNamesAreTheCommandsOwn() {
        CommandTree.ROOT.forEach((name, cls) ->
                assertThat(new CommandLine(cls, cli.factory()).getCommandName()).isEqualTo(name));
        CommandTree.MIGRATE.forEach((name, cls) ->
                assertThat(new CommandLine(cls, cli.factory()).getCommandName()).isEqualTo(name));
        CommandTree.SCHEMA.forEach((name, cls) ->
                assertThat(new CommandLine(cls, cli.factory()).getCommandName()).isEqualTo(name));
    }

    /** A command list shows each command's first description line alone: it is a whole sentence (issue 20, 13). */
    @Test
    void everySummaryIsAWholeSentence() {
        for (java.util.Map<String, Class<?>> level : List.of(CommandTree.ROOT, CommandTree.MIGRATE,
                CommandTree.SCHEMA)) {
            level.forEach((name, cls) -> {
                String[] description = new CommandLine(cls, cli.factory()).getCommandSpec().usageMessage().description();
                if (description.length > 0) {
                    assertThat(description[0]).as(name).doesNotEndWith(":").doesNotEndWith(",");
                }
            });
        }
    }

    /** --debug is declared on strata and inherited by every level, however the tree was built. */
    @Test
    void debugIsInheritedByEveryLevel() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Cli debug = new Cli(new Terminal(new ByteArrayOutputStream(), err, false), Map.of());
        int code = debug.run(new String[] {"migrate", "apply", "--debug", "--url", "bogus://x", "--dir", "file://."});
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("Error: ").contains("\tat dev.strata.");
        assertThat(tree("migrate", "status").getSubcommands().get("migrate").getSubcommands().get("status")
                .getCommandSpec().findOption("--debug")).isNotNull();
    }
}
