package dev.strata.lint;

import java.time.Duration;
import java.util.List;

/**
 * A whole lint run.
 *
 * @param baseVersion the version of the last file before the new ones, or null when all are new
 * @param lastVersion the version of the last new file
 * @param newFiles    how many files were new (including ones {@code atlas:nolint} skips)
 * @param files       the analysed files, in order
 * @param took        the whole run
 */
public record LintResult(String baseVersion, String lastVersion, int newFiles, List<FileResult> files,
                         Duration took) {

    public LintResult {
        files = List.copyOf(files);
    }

    /** Whether any file fails: the command then exits 1. */
    public boolean hasError() {
        return files.stream().anyMatch(FileResult::hasError);
    }

    public int changes() {
        return files.stream().mapToInt(FileResult::changes).sum();
    }

    public int diagnostics() {
        return files.stream().mapToInt(FileResult::diagnostics).sum();
    }
}
