package dev.strata.migrate.exec;

/** Receives the events of a run as they happen; the command line renders them as Atlas's report. */
@FunctionalInterface
public interface MigrationListener {

    /** A listener that ignores everything. */
    MigrationListener NONE = event -> { };

    void on(ApplyEvent event);
}
