package dev.strata.report;

import dev.strata.migrate.MigrationFile;
import dev.strata.migrate.exec.ApplyEvent;
import dev.strata.migrate.lex.Statement;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

class LoggingListenerTest {

    static final MigrationFile FILE = new MigrationFile("2_pets.sql",
            "CREATE TABLE pets (id int);\n".getBytes(StandardCharsets.UTF_8));
    static final Statement STATEMENT = new Statement("CREATE TABLE pets (id int);", 1, 0, List.of());

    /** One sample of every event: a new kind of event must be added here, and so to the listener. */
    static final List<ApplyEvent> EVENTS = List.of(
            new ApplyEvent.Planned("1", "2", List.of(FILE)),
            new ApplyEvent.FileStarted(FILE, 0),
            new ApplyEvent.StatementStarted(FILE, STATEMENT),
            new ApplyEvent.FileApplied(FILE, Duration.ofMillis(12)),
            new ApplyEvent.FileFailed(FILE, STATEMENT, "relation \"pets\" already exists"),
            new ApplyEvent.Failed("lock timeout"),
            new ApplyEvent.Notice("schema \"apps\" does not exist"));

    @Test
    void everyEventIsOneLineAtItsLevel() {
        assertThat(EVENTS.stream().map(Object::getClass).toList())
                .containsExactlyInAnyOrderElementsOf(Arrays.asList(ApplyEvent.class.getPermittedSubclasses()));
        List<String> lines = new ArrayList<>();
        LoggingListener listener = new LoggingListener((level, line) -> lines.add(level + " " + line.get()));
        EVENTS.forEach(listener::on);
        assertThat(lines).containsExactly(
                "INFO Strata: migrating to version 2 from 1 (1 migrations in total)",
                "DEBUG Strata: migrating 2_pets.sql",
                "DEBUG Strata:   -> CREATE TABLE pets (id int);",
                "INFO Strata: applied 2_pets.sql (12ms)",
                "ERROR Strata: 2_pets.sql failed: relation \"pets\" already exists",
                "ERROR Strata: lock timeout",
                "WARNING Strata: schema \"apps\" does not exist");
    }

    @Test
    void systemLoggerGetsTheLinesAtItsLevels() {
        List<String> logged = new ArrayList<>();
        System.Logger logger = new System.Logger() {
            @Override
            public String getName() {
                return "dev.strata";
            }

            @Override
            public boolean isLoggable(Level level) {
                return level.compareTo(Level.INFO) >= 0;
            }

            @Override
            public void log(Level level, Supplier<String> line) {
                if (isLoggable(level)) {
                    logged.add(level + " " + line.get());
                }
            }

            @Override
            public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
                logged.add(level + " " + msg);
            }

            @Override
            public void log(Level level, ResourceBundle bundle, String format, Object... params) {
                logged.add(level + " " + format);
            }
        };
        LoggingListener listener = LoggingListener.systemLogger(logger);
        EVENTS.forEach(listener::on);
        assertThat(logged).containsExactly(
                "INFO Strata: migrating to version 2 from 1 (1 migrations in total)",
                "INFO Strata: applied 2_pets.sql (12ms)",
                "ERROR Strata: 2_pets.sql failed: relation \"pets\" already exists",
                "ERROR Strata: lock timeout",
                "WARNING Strata: schema \"apps\" does not exist");
        assertThat(LoggingListener.systemLogger()).isNotNull();
    }
}
