package dev.strata.lint;

import dev.strata.migrate.MigrationFile;
import dev.strata.migrate.lex.Statement;

import java.util.ArrayList;
import java.util.List;

/**
 * Atlas's {@code atlas:nolint} directive: on a statement, or at the top of a file (separated from the
 * first statement by a blank line). Without arguments it silences everything (a file directive skips
 * the file); with arguments, the analyzers ({@code destructive}) and codes ({@code DS102}) named.
 */
final class Nolint {

    private static final String NAME = "nolint";

    private Nolint() {
    }

    /** Whether a bare file-level {@code atlas:nolint} leaves the file out of the lint. */
    static boolean skipsFile(MigrationFile file) {
        return file.directive(NAME).stream().anyMatch(a -> a.isBlank());
    }

    /** Whether the file's or the statement's directives silence this finding. */
    static boolean silences(MigrationFile file, Statement statement, Analyzer analyzer, Diagnostic d) {
        if (matches(file.directive(NAME), analyzer, d)) {
            return true;
        }
        return statement != null && matches(statement.directive(NAME), analyzer, d);
    }

    private static boolean matches(List<String> arguments, Analyzer analyzer, Diagnostic d) {
        for (String args : arguments) {
            List<String> words = words(args);
            if (words.isEmpty() || words.contains(analyzer.name()) || words.contains(d.code())) {
                return true;
            }
        }
        return false;
    }

    private static List<String> words(String args) {
        List<String> out = new ArrayList<>();
        for (String w : args.strip().split("\\s+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
