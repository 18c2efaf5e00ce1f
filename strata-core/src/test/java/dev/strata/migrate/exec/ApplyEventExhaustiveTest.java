package dev.strata.migrate.exec;

import dev.strata.migrate.MigrationFile;
import dev.strata.migrate.lex.Statement;
import dev.strata.report.ApplyReport;
import dev.strata.report.LoggingListener;
import dev.strata.report.Style;
import dev.strata.testing.Exhaustive;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Every kind of {@link ApplyEvent} reaches every listener that takes events apart. */
class ApplyEventExhaustiveTest {

    private static final MigrationFile FILE = new MigrationFile("1_users.sql",
            "CREATE TABLE users (id int);\n".getBytes(StandardCharsets.UTF_8));
    private static final Statement STATEMENT = new Statement("CREATE TABLE users (id int);", 1, 0, List.of());

    static final List<ApplyEvent> SAMPLES = List.of(
            new ApplyEvent.Planned("", "1", List.of(FILE)),
            new ApplyEvent.FileStarted(FILE, 0),
            new ApplyEvent.StatementStarted(FILE, STATEMENT),
            new ApplyEvent.FileApplied(FILE, Duration.ofMillis(3)),
            new ApplyEvent.FileFailed(FILE, STATEMENT, "relation \"users\" already exists"),
            new ApplyEvent.Failed("1_users.sql: unclosed quote"),
            new ApplyEvent.Notice("tx-mode all: mysql commits DDL on its own"));

    @Test
    void everyEventIsRenderedAndCollected() {
        Exhaustive.check(ApplyEvent.class, SAMPLES, Map.of(
                "ApplyReport (the text report, notices on the side)", text(),
                "ApplyCollector (the result; passes every event on)", collected(),
                "LoggingListener (a log line per event)", logged()));
    }

    private static Function<ApplyEvent, ?> text() {
        return e -> {
            StringBuilder out = new StringBuilder();
            new ApplyReport(Style.PLAIN, out::append, out::append).on(e);
            return out.toString();
        };
    }

    private static Function<ApplyEvent, ?> logged() {
        return e -> {
            StringBuilder out = new StringBuilder();
            new LoggingListener((level, line) -> out.append(level).append(' ').append(line.get())).on(e);
            return out.toString();
        };
    }

    private static Function<ApplyEvent, ?> collected() {
        return e -> {
            List<ApplyEvent> passed = new ArrayList<>();
            ApplyCollector collector = new ApplyCollector(passed::add);
            collector.on(new ApplyEvent.FileStarted(FILE, 0));
            passed.clear();
            collector.on(e);
            return passed.equals(List.of(e)) ? collector.result(null) : null;
        };
    }
}
