package dev.strata.migrate.exec;

/**
 * Receives the events of a run as they happen, on the thread that runs it; the command line renders
 * them as Atlas's report. A listener that throws stops the run.
 */
@FunctionalInterface
public interface MigrationListener {

    /** A listener that ignores everything. */
    MigrationListener NONE = event -> { };

    /** Called for each event, in order. */
    void on(ApplyEvent event);
}
