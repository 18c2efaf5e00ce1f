package dev.strata.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every command's {@code --help} is wrapped at spaces only: no name, URL, path or flag is broken
 * across lines (issue 20, item 13; picocli alone gives {@code strata.} / {@code hcl} and
 * {@code host:} / {@code 5432}).
 */
class HelpTextTest {

    private final Cli cli = new Cli(new Terminal(new ByteArrayOutputStream(), new ByteArrayOutputStream(), false),
            Map.of());

    /** Every command of the tree, as the words that name it. */
    private static List<List<String>> commands(CommandTree.Node node, List<String> path) {
        List<List<String>> all = new ArrayList<>();
        all.add(path);
        node.children().forEach((name, child) -> {
            List<String> sub = new ArrayList<>(path);
            sub.add(name);
            all.addAll(commands(child, sub));
        });
        return all;
    }

    /** The same help as picocli lays it out on one line per paragraph: the words to be kept whole. */
    private String unwrapped(List<String> path) {
        CommandLine cl = CommandTree.build(path.toArray(String[]::new), cli.factory());
        // picocli's own sections (not the installed ones), on a line as wide as a paragraph.
        cl.setHelpSectionMap(new CommandLine(RootCommand.class, cli.factory()).getHelpSectionMap());
        cl.setUsageHelpWidth(10_000);
        CommandLine command = cl;
        for (String word : path) {
            command = command.getSubcommands().get(word);
        }
        StringWriter out = new StringWriter();
        command.usage(new PrintWriter(out, true));
        return out.toString();
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.trim().split("\\s+")).toList();
    }

    @Test
    void noWordIsBrokenAcrossLines() {
        List<List<String>> commands = commands(CommandTree.TREE, List.of());
        assertThat(commands).hasSizeGreaterThan(15);
        for (List<String> path : commands) {
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            StrataProcess.Result help = InProcess.run(args.toArray(String[]::new));
            String name = String.join(" ", args);
            assertThat(help.exitCode()).as(name).isZero();
            assertThat(words(help.stdout())).as(name).containsExactlyElementsOf(words(unwrapped(path)));
            for (String line : help.stdout().split("\\R")) {
                assertThat(line.length() <= SpaceWrappedHelp.WIDTH || line.strip().indexOf(' ') < 0)
                        .as(name + ": a line over " + SpaceWrappedHelp.WIDTH + " columns that could break: " + line)
                        .isTrue();
                assertThat(line).as(name + ": a directive cut after its comment marker")
                        .doesNotEndWith(" --").doesNotEndWith("'--");
                assertThat(line).as(name + ": a <placeholder> cut").doesNotMatch(".*<[A-Za-z][^>]*");
                assertThat(line.split("\\{\\{", -1).length).as(name + ": a {{ template }} cut: " + line)
                        .isEqualTo(line.split("}}", -1).length);
            }
        }
    }

    @Test
    void continuationLinesKeepPicocliIndentation() {
        String help = InProcess.run("migrate", "apply", "--help").stdout();
        assertThat(help).contains("Usage: strata migrate apply [-hV]")
                .contains("\n                            [")
                .contains("  -u, --url=URL              The database URL, e.g.\n"
                        + "                               postgres://user:pass@host:5432/db?sslmode=disable,");
        // A command list's continuation lines: two columns right of the descriptions.
        List<String> lines = List.of(InProcess.run("migrate", "--help").stdout().split("\\R"));
        String status = lines.stream().filter(l -> l.startsWith("  status ")).findFirst().orElseThrow();
        String next = lines.get(lines.indexOf(status) + 1);
        int column = status.indexOf("Show the current version");
        assertThat(next).startsWith(" ".repeat(column + 2)).doesNotStartWith(" ".repeat(column + 3));
    }
}
