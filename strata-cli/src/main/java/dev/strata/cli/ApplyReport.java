package dev.strata.cli;

import dev.strata.Durations;
import dev.strata.migrate.exec.ApplyEvent;
import dev.strata.migrate.exec.ApplyResult;
import dev.strata.migrate.exec.MigrationListener;

import java.time.Duration;

/**
 * Atlas's {@code migrate apply} report, streamed: the header when the plan is known, each
 * {@code -> statement} line before the statement runs, each {@code -- ok (duration)} after its file,
 * and the summary at the end. Byte for byte what Atlas's template prints, when colour is off.
 */
final class ApplyReport implements MigrationListener {

    private static final String DASHES = "-------------------------";

    private final Terminal term;

    ApplyReport(Terminal term) {
        this.term = term;
    }

    @Override
    public void on(ApplyEvent event) {
        if (event instanceof ApplyEvent.Planned p) {
            term.print("Migrating to version " + term.cyan(p.target())
                    + (p.current().isEmpty() ? "" : " from " + term.cyan(p.current()))
                    + " (" + p.pending().size() + " migrations in total):\n");
        } else if (event instanceof ApplyEvent.FileStarted s) {
            term.print("\n  " + term.yellow("--") + " migrating version " + term.cyan(s.file().version()) + "\n");
        } else if (event instanceof ApplyEvent.StatementStarted s) {
            term.print("    " + term.cyan("->") + " " + s.statement().text().replace("\n", "\n       ") + "\n");
        } else if (event instanceof ApplyEvent.FileApplied a) {
            term.print("  " + term.yellow("--") + " ok (" + term.yellow(Durations.format(a.took())) + ")\n");
        } else if (event instanceof ApplyEvent.FileFailed f) {
            term.print("    " + term.redBackground(f.error()) + "\n");
        } else if (event instanceof ApplyEvent.Failed f) {
            term.print("\n    " + term.redBackground(f.error()) + "\n");
        } else if (event instanceof ApplyEvent.Notice n) {
            term.notice("strata: " + n.message());
        }
    }

    /** The closing lines: the total time, the files and statements that passed and failed. */
    void summary(ApplyResult r) {
        if (r.nothingPending()) {
            if (r.error() == null) {
                term.print("No migration files to execute\n");
            }
            return;
        }
        int passedFiles = 0;
        int failedFiles = 0;
        int passedStatements = 0;
        int failedStatements = 0;
        for (ApplyResult.FileResult f : r.files()) {
            passedStatements += f.statements().size();
            if (f.error() == null) {
                passedFiles++;
            } else {
                failedFiles++;
                if (f.failedStatement() != null) {
                    passedStatements--;
                    failedStatements++;
                }
            }
        }
        StringBuilder b = new StringBuilder("\n  ").append(term.cyan(DASHES)).append('\n');
        line(b, Durations.format(Duration.between(r.start(), r.end())));
        counts(b, passedFiles, failedFiles, "migration");
        counts(b, passedStatements, failedStatements, "sql statement");
        term.print(b.toString());
    }

    private void counts(StringBuilder b, int passed, int failed, String noun) {
        if (passed > 0 && failed > 0) {
            line(b, passed + " " + noun + plural(passed) + " ok, " + failed + " with errors");
        } else if (passed > 0) {
            line(b, passed + " " + noun + plural(passed));
        } else if (failed > 0) {
            line(b, failed + " " + noun + plural(failed) + " with errors");
        }
    }

    private void line(StringBuilder b, String text) {
        b.append("  ").append(term.yellow("--")).append(' ').append(text).append('\n');
    }

    private static String plural(int n) {
        return n > 1 ? "s" : "";
    }
}
