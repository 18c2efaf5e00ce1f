import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A stand-in for the Flyway command line (whose distribution is not on Maven Central) over
 * flyway-core's Java API: {@code FlywayRunner [-key=value ...] migrate|info|version}. Each
 * {@code -key=value} becomes the configuration property {@code flyway.key}, as the command line does,
 * and everything else keeps Flyway's defaults.
 */
public class FlywayRunner {

    public static void main(String[] args) throws IOException {
        Map<String, String> conf = new LinkedHashMap<>();
        String verb = null;
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (arg.startsWith("-") && eq > 1) {
                conf.put("flyway." + arg.substring(1, eq), arg.substring(eq + 1));
            } else if (verb == null) {
                verb = arg;
            } else {
                usage("unexpected argument " + arg);
            }
        }
        if (verb == null) {
            usage("no verb");
        }
        try {
            switch (verb) {
                case "version" -> version();
                case "migrate" -> migrate(Flyway.configure().configuration(conf).load());
                case "info" -> info(Flyway.configure().configuration(conf).load());
                default -> usage("unknown verb " + verb);
            }
        } catch (RuntimeException e) {
            System.err.println("ERROR: " + e.getMessage());
            System.exit(1);
        }
    }

    private static void version() throws IOException {
        Flyway.configure(); // loads the plugins, as the command line's version verb does
        try (InputStream in = Flyway.class.getResourceAsStream("internal/version.txt")) {
            String version = in == null ? "?" : new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            System.out.println("Flyway " + version + " (flyway-core API runner)");
        }
    }

    private static void migrate(Flyway flyway) {
        MigrateResult result = flyway.migrate();
        System.out.println("Successfully applied " + result.migrationsExecuted + " migrations"
                + (result.targetSchemaVersion == null ? "" : ", now at version v" + result.targetSchemaVersion));
    }

    private static void info(Flyway flyway) {
        MigrationInfo[] all = flyway.info().all();
        System.out.printf("%-10s | %-10s | %-20s | %-6s | %-19s | %s%n", "Category", "Version", "Description",
                "Type", "Installed On", "State");
        for (MigrationInfo m : all) {
            System.out.printf("%-10s | %-10s | %-20s | %-6s | %-19s | %s%n",
                    m.isVersioned() ? "Versioned" : "Repeatable", m.getVersion(), m.getDescription(), m.getType(),
                    m.getInstalledOn() == null ? "" : m.getInstalledOn(), m.getState().getDisplayName());
        }
    }

    private static void usage(String why) {
        System.err.println(why + "\nusage: FlywayRunner [-url=JDBC_URL -user=USER -locations=filesystem:DIR ...]"
                + " migrate|info|version");
        System.exit(2);
    }
}
