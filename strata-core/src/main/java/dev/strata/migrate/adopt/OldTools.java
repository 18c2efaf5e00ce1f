package dev.strata.migrate.adopt;

import dev.strata.UsageException;

import java.util.List;

/** The tools {@code migrate adopt --from} knows. */
public final class OldTools {

    /** Their names, as {@code --help} lists them. */
    public static final List<String> NAMES = List.of("flyway", "liquibase", "golang-migrate", "goose", "dbmate");

    private OldTools() {
    }

    /** @throws UsageException for a name not in {@link #NAMES} */
    static OldTool named(String name) {
        return switch (name == null ? "" : name) {
            case "flyway" -> new FlywayHistory();
            case "liquibase" -> new LiquibaseHistory();
            case "golang-migrate" -> new GolangMigrateHistory();
            case "goose" -> new GooseHistory();
            case "dbmate" -> new DbmateHistory();
            default -> throw new UsageException("unknown tool \"" + name + "\" for --from (supported: "
                    + String.join(", ", NAMES) + ")");
        };
    }

    /** Checks a name before anything is opened. */
    public static void check(String name) {
        named(name);
    }
}
