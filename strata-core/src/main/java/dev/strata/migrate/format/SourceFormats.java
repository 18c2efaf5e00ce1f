package dev.strata.migrate.format;

import dev.strata.UsageException;

import java.util.List;

/** The source formats the import reads, by their {@code ?format=} name. */
public final class SourceFormats {

    /** The names, as {@code --help} lists them. */
    public static final List<String> NAMES = List.of("flyway", "liquibase", "golang-migrate", "goose", "dbmate");

    private SourceFormats() {
    }

    /**
     * Checks a name before anything is read.
     *
     * @throws UsageException for {@code atlas} (nothing to import) or an unknown name
     */
    public static void check(String name) {
        named(name);
    }

    /**
     * The format of a name.
     *
     * @throws UsageException for {@code atlas} (nothing to import) or an unknown name
     */
    static SourceFormat named(String name) {
        return switch (name) {
            case "flyway" -> new FlywayFormat();
            case "liquibase" -> new LiquibaseFormat();
            case "golang-migrate" -> new GolangMigrateFormat();
            case "goose" -> new GooseFormat();
            case "dbmate" -> new DbmateFormat();
            case "", "atlas" -> throw new UsageException(
                    "cannot import a migration directory already in \"atlas\" format");
            default -> throw new UsageException("unknown dir format \"" + name + "\" (supported: "
                    + String.join(", ", NAMES) + ")");
        };
    }
}
