package dev.strata.migrate.exec;

import dev.strata.migrate.MigrationFile;
import dev.strata.migrate.lex.Statement;

import java.time.Duration;
import java.util.List;

/** What happens during {@code migrate apply}, in order, as it happens. */
public sealed interface ApplyEvent {

    /** The files to run are known. {@code current} is empty on a fresh database. */
    record Planned(String current, String target, List<MigrationFile> pending) implements ApplyEvent {
        public Planned {
            pending = List.copyOf(pending);
        }
    }

    /** A file starts; {@code skipped} statements already ran in an earlier, partial attempt. */
    record FileStarted(MigrationFile file, int skipped) implements ApplyEvent {
    }

    /** A statement is about to run. */
    record StatementStarted(MigrationFile file, Statement statement) implements ApplyEvent {
    }

    /** A file ran to its end. */
    record FileApplied(MigrationFile file, Duration took) implements ApplyEvent {
    }

    /** A file failed: at a statement, or (when {@code statement} is null) before any ran. */
    record FileFailed(MigrationFile file, Statement statement, String error) implements ApplyEvent {
    }

    /** The run failed before any file started (a file that cannot be read or split, a bad directive). */
    record Failed(String error) implements ApplyEvent {
    }

    /** Something the operator should know that is not an error. */
    record Notice(String message) implements ApplyEvent {
    }
}
