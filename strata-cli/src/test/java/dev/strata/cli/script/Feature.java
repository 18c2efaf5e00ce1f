package dev.strata.cli.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A Strata command (or a capability behind a custom verb) that some scripts need and Strata may not
 * have yet. A script that reaches a missing feature is pending, never passed and never failed.
 */
enum Feature {
    SCHEMA_INSPECT("schema inspect", false),
    SCHEMA_DIFF("schema diff", false),
    SCHEMA_APPLY("schema apply", true),
    SCHEMA_CLEAN("schema clean", true),
    MIGRATE_DIFF("migrate diff", true),
    MIGRATE_LINT("migrate lint", false),
    MIGRATE_CHECKPOINT("migrate checkpoint", true);

    /** The flags Atlas takes before a subcommand, with their values: {@code migrate --env dev diff}. */
    private static final Set<String> VALUED_FLAGS = Set.of("--env", "-c", "--config", "--var");

    private final String command;
    private final boolean changesState;

    Feature(String command, boolean changesState) {
        this.command = command;
        this.changesState = changesState;
    }

    /** The {@code strata} command that provides it, e.g. {@code schema inspect}. */
    String command() {
        return command;
    }

    /**
     * Whether skipping it leaves the database or the work directory other than the script expects, so
     * the rest of the script cannot be run meaningfully; a read-only feature is skipped together with
     * the checks of its output, and the script goes on.
     */
    boolean changesState() {
        return changesState;
    }

    /**
     * The feature an {@code atlas} command line needs, by its first two words that are not flags
     * ({@code migrate --env dev diff} is {@code migrate diff}).
     */
    static Optional<Feature> of(List<String> args) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < args.size() && words.size() < 2; i++) {
            String a = args.get(i);
            if (VALUED_FLAGS.contains(a)) {
                i++;
            } else if (!a.startsWith("-")) {
                words.add(a);
            }
        }
        String command = String.join(" ", words);
        for (Feature f : values()) {
            if (f.command.equals(command)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The name used in {@code -Dstrata.script.features}: {@code schema-inspect}. */
    String key() {
        return command.replace(' ', '-');
    }
}
