package dev.strata.migrate.exec;

import dev.strata.migrate.MigrationFile;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One row of {@code atlas_schema_revisions}, with Atlas's meaning for each column.
 *
 * @param version         the file version (the primary key)
 * @param description     the file description
 * @param type            bit flags: {@link #BASELINE}, {@link #EXECUTED}, {@link #RESOLVED}
 * @param applied         how many statements ran successfully
 * @param total           how many statements the file has
 * @param executedAt      when the row was first written; null in a complete row an apply read to plan from
 *                        ({@code readToPlan}: it never rewrites one)
 * @param executionTime   how long the file took
 * @param error           the last error, empty when none
 * @param errorStatement  the statement that failed, empty when none
 * @param hash            the file's {@code atlas.sum} hash without {@code h1:}; empty for a baseline
 * @param partialHashes   running statement hashes ({@code h1:...}) while the file is partial, else empty
 * @param operatorVersion the tool that wrote the row, such as {@code Strata v0.1.0}
 */
public record Revision(String version, String description, int type, int applied, int total, Instant executedAt,
                       Duration executionTime, String error, String errorStatement, String hash,
                       List<String> partialHashes, String operatorVersion) {

    /** The row marks the baseline: files up to it are taken as applied. */
    public static final int BASELINE = 1;
    /** The file was executed. */
    public static final int EXECUTED = 2;
    /** The row was set by hand ({@code migrate set}). */
    public static final int RESOLVED = 4;

    /**
     * The prefix of the {@code error} Strata writes just before it runs a statement whose effect
     * commits on its own (DDL on MySQL, any statement without a transaction). If the process dies
     * before it records the outcome, the next run finds this text and stops instead of guessing.
     */
    public static final String IN_DOUBT = "strata: in doubt: ";

    /** The start of the note {@code migrate down} leaves in doubt on the newest revision it undoes. */
    public static final String DOWN_IN_DOUBT = IN_DOUBT + "migrate down ";
    /** The start of the note {@code migrate down} leaves when one of its statements failed. */
    public static final String DOWN_STOPPED = "strata: down ";

    /** Turns absent texts into empty ones and copies the list. */
    public Revision {
        partialHashes = partialHashes == null ? List.of() : List.copyOf(partialHashes);
        error = error == null ? "" : error;
        errorStatement = errorStatement == null ? "" : errorStatement;
        hash = hash == null ? "" : hash;
        operatorVersion = operatorVersion == null ? "" : operatorVersion;
        executionTime = executionTime == null ? Duration.ZERO : executionTime;
    }

    /** The row of a baseline: the files up to it count as applied. */
    public static Revision baseline(MigrationFile file, Instant at) {
        return new Revision(file.version(), file.description(), BASELINE, 0, 0, at, Duration.ZERO, "", "", "",
                List.of(), "");
    }

    /** The row of a file about to run, none of whose statements has run yet. */
    public static Revision executing(MigrationFile file, int total, String hash, Instant at, String operator) {
        return new Revision(file.version(), file.description(), EXECUTED, 0, total, at, Duration.ZERO, "", "", hash,
                List.of(), operator);
    }

    /** A row set by hand ({@code migrate set}) or by {@code migrate adopt}: the file counts as applied. */
    public static Revision resolved(String version, String description, String hash, Instant at, Duration took,
                                    String operator) {
        return new Revision(version, description, RESOLVED, 0, 0, at, took, "", "", hash, List.of(), operator);
    }

    /** Whether some statements of the file have not run (Atlas: applied differs from total). */
    public boolean isPartial() {
        return applied != total;
    }

    /** Whether a statement was started and its outcome never recorded. */
    public boolean isInDoubt() {
        return error.startsWith(IN_DOUBT);
    }

    /**
     * Whether a {@code migrate down} stopped while undoing this revision (killed in a statement, or
     * a statement failed): the schema is somewhere between two versions until a down finishes.
     */
    public boolean isUnfinishedDown() {
        return error.startsWith(DOWN_IN_DOUBT) || error.startsWith(DOWN_STOPPED);
    }

    /** The type as Atlas's status names it. */
    public String typeName() {
        return switch (type) {
            case BASELINE -> "baseline";
            case EXECUTED -> "applied";
            case RESOLVED -> "manually set";
            case EXECUTED | RESOLVED -> "applied + manually set";
            default -> "unknown";
        };
    }

    Revision withProgress(int applied, List<String> partialHashes, String error, String errorStatement,
                          Duration executionTime) {
        return new Revision(version, description, type, applied, total, executedAt, executionTime, error,
                errorStatement, hash, partialHashes, operatorVersion);
    }

    /** The same row for the file as it is now: a fixed, re-hashed file may have another total and hash. */
    Revision withFile(int total, String hash) {
        return new Revision(version, description, type, applied, total, executedAt, executionTime, error,
                errorStatement, hash, partialHashes, operatorVersion);
    }

    Revision withType(int type) {
        return new Revision(version, description, type, applied, total, executedAt, executionTime, error,
                errorStatement, hash, partialHashes, operatorVersion);
    }

    Revision withOperator(String operatorVersion) {
        return new Revision(version, description, type, applied, total, executedAt, executionTime, error,
                errorStatement, hash, partialHashes, operatorVersion);
    }
}
