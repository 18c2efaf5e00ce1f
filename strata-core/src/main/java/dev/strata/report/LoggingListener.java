package dev.strata.report;

import dev.strata.migrate.exec.ApplyEvent;
import dev.strata.migrate.exec.MigrationListener;
import dev.strata.text.Durations;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A ready listener that logs a run, one line an event: the plan, each file applied and each failure
 * at {@code INFO}/{@code ERROR}, notices at {@code WARNING}, each file started and each statement at
 * {@code DEBUG}. {@link #systemLogger()} logs through {@link System.Logger} (no dependency: it reaches
 * java.util.logging, or SLF4J and Log4j through their {@code System.Logger} bridges); any other
 * logging library plugs in as a {@link Sink}, as the Spring Boot integration does.
 *
 * <pre>{@code
 * Strata.builder().dataSource(dataSource).location("classpath:db/migrations")
 *         .listener(LoggingListener.systemLogger()).build().apply();
 * }</pre>
 */
public final class LoggingListener implements MigrationListener {

    /** The levels the lines are logged at. */
    public enum Level { DEBUG, INFO, WARNING, ERROR }

    /** Where the lines go: the text is built only when the level is logged. */
    @FunctionalInterface
    public interface Sink {
        void log(Level level, Supplier<String> line);
    }

    private final Sink sink;

    /** @param sink where the lines go */
    public LoggingListener(Sink sink) {
        this.sink = Objects.requireNonNull(sink);
    }

    /** Logs through the {@link System.Logger} named {@code dev.strata}. */
    public static LoggingListener systemLogger() {
        return systemLogger(System.getLogger("dev.strata"));
    }

    /** Logs through the given {@link System.Logger}. */
    public static LoggingListener systemLogger(System.Logger logger) {
        Objects.requireNonNull(logger);
        return new LoggingListener((level, line) -> logger.log(System.Logger.Level.valueOf(level.name()), line));
    }

    @Override
    public void on(ApplyEvent event) {
        if (event instanceof ApplyEvent.Planned p) {
            sink.log(Level.INFO, () -> "Strata: migrating to version " + p.target()
                    + (p.current().isEmpty() ? "" : " from " + p.current()) + " (" + p.pending().size()
                    + " migrations in total)");
        } else if (event instanceof ApplyEvent.FileStarted s) {
            sink.log(Level.DEBUG, () -> "Strata: migrating " + s.file().name()
                    + (s.skipped() > 0 ? " from statement " + (s.skipped() + 1) : ""));
        } else if (event instanceof ApplyEvent.StatementStarted s) {
            sink.log(Level.DEBUG, () -> "Strata:   -> " + s.statement().text());
        } else if (event instanceof ApplyEvent.FileApplied a) {
            sink.log(Level.INFO, () -> "Strata: applied " + a.file().name() + " (" + Durations.format(a.took()) + ")");
        } else if (event instanceof ApplyEvent.FileFailed f) {
            sink.log(Level.ERROR, () -> "Strata: " + f.file().name() + " failed: " + f.error());
        } else if (event instanceof ApplyEvent.Failed f) {
            sink.log(Level.ERROR, () -> "Strata: " + f.error());
        } else if (event instanceof ApplyEvent.Notice n) {
            sink.log(Level.WARNING, () -> "Strata: " + n.message());
        }
    }
}
