package dev.strata.migrate.exec;

import dev.strata.migrate.MigrationFile;

import java.time.Instant;
import java.util.List;

/**
 * What a {@code migrate apply} did.
 *
 * @param current the version before the run, empty on a fresh database
 * @param target  the version of the last file to run, empty when nothing was pending
 * @param pending the files the run set out to apply
 * @param files   the files it started, with their outcome
 * @param start   when the run started
 * @param end     when it ended
 * @param error   the error that ended it, or null
 */
public record ApplyResult(String current, String target, List<MigrationFile> pending, List<FileResult> files,
                          Instant start, Instant end, String error) {

    /** Copies the lists: a result does not change. */
    public ApplyResult {
        pending = List.copyOf(pending);
        files = List.copyOf(files);
    }

    /** Whether there was nothing to do. */
    public boolean nothingPending() {
        return pending.isEmpty();
    }

    /** Whether every started file ran to its end. */
    public boolean succeeded() {
        return error == null;
    }

    /**
     * One file of a run.
     *
     * @param file            the file
     * @param start           when it started
     * @param end             when it ended
     * @param skipped         statements skipped because an earlier attempt ran them
     * @param statements      the statements this run started, the failing one included
     * @param failedStatement the statement that failed, or null
     * @param error           the error, or null when the file ran to its end
     */
    public record FileResult(MigrationFile file, Instant start, Instant end, int skipped, List<String> statements,
                             String failedStatement, String error) {
        /** Copies the list: a result does not change. */
        public FileResult {
            statements = List.copyOf(statements);
        }
    }
}
