package dev.strata.migrate.exec;

import dev.strata.migrate.MigrationFile;
import dev.strata.migrate.lex.Statement;

import java.time.Duration;
import java.util.List;

/**
 * What happens during {@code migrate apply}, in order, as it happens: {@link Planned} once, then for
 * each file {@link FileStarted}, a {@link StatementStarted} per statement, and {@link FileApplied} or
 * {@link FileFailed}. {@link Failed} ends a run that could not start a file; {@link Notice} may come
 * at any time.
 */
public sealed interface ApplyEvent {

    /**
     * The files to run are known.
     *
     * @param current the version before the run, empty on a fresh database
     * @param target  the version of the last file to run
     * @param pending the files to run, in order
     */
    record Planned(String current, String target, List<MigrationFile> pending) implements ApplyEvent {
        /** Copies the list: an event does not change. */
        public Planned {
            pending = List.copyOf(pending);
        }
    }

    /**
     * A file starts.
     *
     * @param file    the file
     * @param skipped statements that already ran in an earlier, partial attempt and are not run again
     */
    record FileStarted(MigrationFile file, int skipped) implements ApplyEvent {
    }

    /**
     * A statement is about to run (or, in a dry run, would run).
     *
     * @param file      the file it belongs to
     * @param statement the statement, with its position in the file
     */
    record StatementStarted(MigrationFile file, Statement statement) implements ApplyEvent {
    }

    /**
     * A file ran to its end.
     *
     * @param file the file
     * @param took how long it took
     */
    record FileApplied(MigrationFile file, Duration took) implements ApplyEvent {
    }

    /**
     * A file failed.
     *
     * @param file      the file
     * @param statement the statement that failed, or null when the file failed before any ran
     * @param error     the error, as the run's exception says it
     */
    record FileFailed(MigrationFile file, Statement statement, String error) implements ApplyEvent {
    }

    /**
     * The run failed before any file started (a file that cannot be read or split, a bad directive).
     *
     * @param error the error
     */
    record Failed(String error) implements ApplyEvent {
    }

    /**
     * Something the operator should know that is not an error.
     *
     * @param message one line
     */
    record Notice(String message) implements ApplyEvent {
    }
}
