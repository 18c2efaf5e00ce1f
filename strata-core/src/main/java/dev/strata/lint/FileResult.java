package dev.strata.lint;

import dev.strata.migrate.MigrationFile;

import java.time.Duration;
import java.util.List;

/**
 * The lint of one new file.
 *
 * @param file    the file
 * @param reports what the analyzers found after {@code atlas:nolint}, one report an analyzer with findings
 * @param changes how many schema changes its statements made
 * @param error   the replay error ({@code executing statement: ...}), or null
 * @param took    how long its replay and analysis took
 */
public record FileResult(MigrationFile file, List<Report> reports, int changes, String error, Duration took) {

    public FileResult {
        reports = List.copyOf(reports);
    }

    /** Whether the file fails the lint: a replay error or an error-level report. */
    public boolean hasError() {
        return error != null || reports.stream().anyMatch(Report::error);
    }

    public int diagnostics() {
        return reports.stream().mapToInt(r -> r.diagnostics().size()).sum();
    }
}
