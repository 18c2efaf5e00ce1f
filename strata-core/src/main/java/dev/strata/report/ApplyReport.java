package dev.strata.report;

import dev.strata.migrate.exec.ApplyEvent;
import dev.strata.migrate.exec.ApplyResult;
import dev.strata.migrate.exec.MigrationListener;
import dev.strata.text.Durations;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Atlas's {@code migrate apply} report, streamed: the header when the plan is known, each
 * {@code -> statement} line before the statement runs, each {@code -- ok (duration)} after its file,
 * and the {@link #summary summary} at the end. Byte for byte what Atlas's template prints, with
 * {@link Style#PLAIN}.
 */
public final class ApplyReport implements MigrationListener {

    private static final String DASHES = "-------------------------";

    private final Style style;
    private final Consumer<String> out;
    private final Consumer<String> notices;
    private final boolean dryRun;

    /**
     * @param style   how parts are coloured
     * @param out     receives the report text, in pieces that end with a line break
     * @param notices receives notices that are not part of the report (one line each, no line break)
     */
    public ApplyReport(Style style, Consumer<String> out, Consumer<String> notices) {
        this(style, out, notices, false);
    }

    /**
     * @param dryRun the run is a dry run: a file's closing line says it was not executed, where Atlas
     *               prints {@code -- ok (0s)} for a file that never ran
     */
    public ApplyReport(Style style, Consumer<String> out, Consumer<String> notices, boolean dryRun) {
        this.style = Objects.requireNonNull(style);
        this.out = Objects.requireNonNull(out);
        this.notices = Objects.requireNonNull(notices);
        this.dryRun = dryRun;
    }

    @Override
    public void on(ApplyEvent event) {
        Style t = style;
        if (event instanceof ApplyEvent.Planned p) {
            out.accept("Migrating to version " + t.cyan(p.target())
                    + (p.current().isEmpty() ? "" : " from " + t.cyan(p.current()))
                    + " (" + p.pending().size() + " migrations in total):\n");
            if (!p.current().isEmpty() && p.pending().get(0).version().equals(p.current())) {
                // Atlas's line reads "to version 6 from 6": say why (issue 20, item 15).
                notices.accept("strata: resuming version " + p.current() + ", which stopped partway: the statements"
                        + " of it that ran are not run again");
            }
        } else if (event instanceof ApplyEvent.FileStarted s) {
            out.accept("\n  " + t.yellow("--") + " migrating version " + t.cyan(s.file().version()) + "\n");
        } else if (event instanceof ApplyEvent.StatementStarted s) {
            out.accept("    " + t.cyan("->") + " " + s.statement().text().replace("\n", "\n       ") + "\n");
        } else if (event instanceof ApplyEvent.FileApplied && dryRun) {
            out.accept("  " + t.yellow("--") + " not executed (dry run)\n");
        } else if (event instanceof ApplyEvent.FileApplied a) {
            out.accept("  " + t.yellow("--") + " ok (" + t.yellow(Durations.format(a.took())) + ")\n");
        } else if (event instanceof ApplyEvent.FileFailed f) {
            out.accept("    " + t.redBackground(f.error()) + "\n");
        } else if (event instanceof ApplyEvent.Failed f) {
            out.accept("\n    " + t.redBackground(f.error()) + "\n");
        } else if (event instanceof ApplyEvent.Notice n) {
            notices.accept("strata: " + n.message());
        }
    }

    /**
     * Writes the closing lines: the total time, the files and statements that passed and failed; or
     * {@code No migration files to execute} when nothing was pending.
     */
    public void summary(ApplyResult r) {
        if (r.nothingPending()) {
            if (r.error() == null) {
                out.accept("No migration files to execute\n");
            }
            return;
        }
        Counts c = Counts.of(r);
        StringBuilder b = new StringBuilder("\n  ").append(style.cyan(DASHES)).append('\n');
        line(b, Durations.format(Duration.between(r.start(), r.end())));
        counts(b, c.passedFiles(), c.failedFiles(), "migration");
        counts(b, c.passedStatements(), c.failedStatements(), "sql statement");
        out.accept(b.toString());
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
        b.append("  ").append(style.yellow("--")).append(' ').append(text).append('\n');
    }

    private static String plural(int n) {
        return n > 1 ? "s" : "";
    }

    /**
     * The files and statements of a run that passed and failed.
     *
     * @param passedFiles      files that ran to their end
     * @param failedFiles      files that failed
     * @param passedStatements statements that ran
     * @param failedStatements statements that failed (at most one)
     */
    public record Counts(int passedFiles, int failedFiles, int passedStatements, int failedStatements) {

        /** Counts the files and statements of a result. */
        public static Counts of(ApplyResult r) {
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
            return new Counts(passedFiles, failedFiles, passedStatements, failedStatements);
        }
    }
}
