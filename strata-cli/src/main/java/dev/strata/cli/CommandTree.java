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
 */
final class CommandTree {

    /** The subcommands of {@code strata}, in the order help lists them. */
    static final Map<String, Class<?>> ROOT = ordered("migrate", MigrateCommand.class, "version", VersionCommand.class);

    /** The subcommands of {@code strata migrate}, in the order help lists them. */
    static final Map<String, Class<?>> MIGRATE = ordered("apply", ApplyCommand.class, "status", StatusCommand.class,
            "set", SetCommand.class, "hash", HashCommand.class, "validate", ValidateCommand.class,
            "new", NewCommand.class, "import", ImportCommand.class, "adopt", AdoptCommand.class);

    private CommandTree() {
    }

    static CommandLine build(String[] args, IFactory factory) {
        // Neither strata nor strata migrate has an option that takes a value: their first words
        // that are not options are the subcommand names.
        List<String> words = new ArrayList<>();
        for (String arg : args) {
            if (!arg.startsWith("-") && words.size() < 2) {
                words.add(arg);
            }
        }
        CommandLine root = new CommandLine(RootCommand.class, factory);
        String first = words.isEmpty() ? null : words.get(0);
        // Top down, as picocli adds annotated subcommands: a level inherits --debug when it is added.
        named(ROOT, first).forEach((name, cls) -> root.addSubcommand(name, new CommandLine(cls, factory)));
        CommandLine migrate = root.getSubcommands().get("migrate");
        if (migrate != null) {
            String second = words.size() < 2 ? null : words.get(1);
            named(MIGRATE, second).forEach((name, cls) -> migrate.addSubcommand(name, new CommandLine(cls, factory)));
        }
        return root;
    }

    /** The one subcommand the word names, or all of them. */
    private static Map<String, Class<?>> named(Map<String, Class<?>> level, String word) {
        return level.containsKey(word) ? Map.of(word, level.get(word)) : level;
    }

    private static Map<String, Class<?>> ordered(Object... namesAndClasses) {
        Map<String, Class<?>> m = new LinkedHashMap<>();
        for (int i = 0; i < namesAndClasses.length; i += 2) {
            m.put((String) namesAndClasses[i], (Class<?>) namesAndClasses[i + 1]);
        }
        return Collections.unmodifiableMap(m);
    }
}
