package dev.strata.cli;

import picocli.CommandLine;
import picocli.CommandLine.IFactory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The picocli command tree for one command line. picocli reflects over every command it
 * registers, and a cold JVM pays for each class and annotation type it meets: that is most of a
 * short command's start-up. So only the subcommands the arguments name are registered, and all of
 * a level's subcommands where the arguments name none of them (help, a usage error, a typo), so
 * that help and errors read exactly as with the whole tree.
 *
 * <p>The tree is data: a new command is one entry in {@link #TREE} ({@code schema inspect} is a
 * {@code group("schema", SchemaCommand.class, ...)} beside {@code migrate}; {@code migrate lint} a
 * {@code leaf} in the migrate group).
 */
final class CommandTree {

    /** A command and its subcommands by name, in the order help lists them. */
    record Node(Class<?> command, Map<String, Node> children) {
    }

    /** The whole tree. A group's command only prints its usage; a leaf does the work. */
    static final Node TREE = group(RootCommand.class,
            "migrate", group(MigrateCommand.class,
                    "apply", leaf(ApplyCommand.class),
                    "status", leaf(StatusCommand.class),
                    "set", leaf(SetCommand.class),
                    "hash", leaf(HashCommand.class),
                    "validate", leaf(ValidateCommand.class),
                    "new", leaf(NewCommand.class),
                    "diff", leaf(MigrateDiffCommand.class),
                    "import", leaf(ImportCommand.class),
                    "adopt", leaf(AdoptCommand.class),
                    "report", leaf(ReportCommand.class),
                    "lint", leaf(LintCommand.class),
                    "down", leaf(DownCommand.class),
                    "checkpoint", leaf(CheckpointCommand.class),
                    "rebase", leaf(RebaseCommand.class)),
            "schema", group(SchemaCommand.class,
                    "apply", leaf(SchemaApplyCommand.class),
                    "diff", leaf(SchemaDiffCommand.class),
                    "inspect", leaf(InspectCommand.class),
                    "drift", leaf(DriftCommand.class),
                    "clean", leaf(SchemaCleanCommand.class)),
            "completion", leaf(CompletionCommand.class),
            "version", leaf(VersionCommand.class));

    /** The subcommands of {@code strata}, in the order help lists them. */
    static final Map<String, Class<?>> ROOT = commands(TREE);

    /** The subcommands of {@code strata schema}, in the order help lists them. */
    static final Map<String, Class<?>> SCHEMA = commands(TREE.children().get("schema"));

    /** The subcommands of {@code strata migrate}, in the order help lists them. */
    static final Map<String, Class<?>> MIGRATE = commands(TREE.children().get("migrate"));

    private CommandTree() {
    }

    static CommandLine build(String[] args, IFactory factory) {
        // No group has an option that takes a value: the first words that are not options name
        // the subcommands, level by level.
        List<String> words = new ArrayList<>();
        for (String arg : args) {
            if (!arg.startsWith("-")) {
                words.add(arg);
            }
        }
        CommandLine root = new CommandLine(TREE.command(), factory);
        register(root, TREE, words, 0, factory);
        SpaceWrappedHelp.install(root);
        return root;
    }

    /**
     * Adds a level's subcommands, top down (as picocli adds annotated ones: a level inherits
     * {@code --debug} when it is added): the one the word at {@code depth} names, else all of
     * them, each with its own level below.
     */
    private static void register(CommandLine parent, Node node, List<String> words, int depth, IFactory factory) {
        String word = depth < words.size() ? words.get(depth) : null;
        Map<String, Node> level = node.children().containsKey(word) ? Map.of(word, node.children().get(word))
                : node.children();
        level.forEach((name, child) -> {
            CommandLine cl = new CommandLine(child.command(), factory);
            parent.addSubcommand(name, cl);
            if (!child.children().isEmpty()) {
                register(cl, child, words, name.equals(word) ? depth + 1 : words.size(), factory);
            }
        });
    }

    private static Node leaf(Class<?> command) {
        return new Node(command, Map.of());
    }

    private static Node group(Class<?> command, Object... namesAndNodes) {
        Map<String, Node> children = new LinkedHashMap<>();
        for (int i = 0; i < namesAndNodes.length; i += 2) {
            children.put((String) namesAndNodes[i], (Node) namesAndNodes[i + 1]);
        }
        return new Node(command, Collections.unmodifiableMap(children));
    }

    private static Map<String, Class<?>> commands(Node node) {
        Map<String, Class<?>> m = new LinkedHashMap<>();
        node.children().forEach((name, child) -> m.put(name, child.command()));
        return Collections.unmodifiableMap(m);
    }
}
