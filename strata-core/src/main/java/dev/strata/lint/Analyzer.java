package dev.strata.lint;

import java.util.List;

/**
 * One family of checks over a replayed file, as Atlas's {@code sqlcheck.Analyzer}: its name is what
 * {@code atlas:nolint NAME} and the project file's {@code lint { NAME { error = true } }} refer to.
 */
public interface Analyzer {

    /** The configuration name: {@code destructive}, {@code data_depend}, {@code pg_locks} ... */
    String name();

    /** The report heading, such as {@code destructive changes detected}. */
    String heading();

    /** Whether a finding fails the file unless the project file says otherwise. */
    boolean errorByDefault();

    /** The findings in the file, in statement order. */
    List<Diagnostic> analyze(FileChanges file);
}
