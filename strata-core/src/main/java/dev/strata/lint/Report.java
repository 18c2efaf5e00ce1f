package dev.strata.lint;

import java.util.List;

/**
 * What one analyzer found in one file.
 *
 * @param analyzer    the analyzer's configuration name ({@code destructive})
 * @param heading     Atlas's heading ({@code destructive changes detected})
 * @param diagnostics the findings, in statement order; never empty
 * @param error       whether the analyzer is error-level, so the file fails
 */
public record Report(String analyzer, String heading, List<Diagnostic> diagnostics, boolean error) {

    public Report {
        diagnostics = List.copyOf(diagnostics);
    }
}
