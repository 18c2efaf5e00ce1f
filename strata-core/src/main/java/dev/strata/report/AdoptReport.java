package dev.strata.report;

import dev.strata.migrate.adopt.AdoptResult;
import dev.strata.migrate.adopt.AdoptedFile;
import dev.strata.text.Durations;

/** What {@code migrate adopt} recorded (or would, in a dry run), and what is left for the next apply. */
public final class AdoptReport {

    private AdoptReport() {
    }

    public static String text(AdoptResult r, Style t) {
        StringBuilder b = new StringBuilder(r.dryRun() ? "Would adopt" : "Adopted").append(" the ").append(r.tool())
                .append(" history of ").append(r.historyTable()).append(":\n\n");
        int width = r.adopted().stream().mapToInt(a -> a.file().length()).max().orElse(0);
        for (AdoptedFile a : r.adopted()) {
            b.append("  ").append(t.green("+")).append(' ').append(a.file())
                    .append(" ".repeat(width - a.file().length())).append("  ").append(a.source());
            if (a.executedAt() != null) {
                b.append(", applied ").append(a.executedAt());
            }
            if (!a.executionTime().isZero()) {
                b.append(" in ").append(Durations.format(a.executionTime()));
            }
            b.append('\n');
        }
        if (r.adopted().isEmpty()) {
            b.append("  (").append(r.tool()).append(" applied none of the files: the next 'strata migrate apply' is a"
                    + " first run, which needs --allow-dirty on a database that holds tables, ")
                    .append(r.historyTable()).append(" included)\n");
        }
        b.append('\n');
        for (String note : r.notes()) {
            b.append("Note: ").append(note).append('\n');
        }
        b.append(r.dryRun() ? "Dry run: would record " : "Recorded ")
                .append(ImportReport.count(r.adopted().size(), "file")).append(" as applied in ")
                .append(r.revisionsTable()).append(r.dryRun() ? "; nothing was written.\n" : ".\n");
        if (r.pending().isEmpty()) {
            b.append("No file is pending: the next 'strata migrate apply' has nothing to run.\n");
        } else {
            b.append(ImportReport.count(r.pending().size(), "file")).append(" pending, for the next 'strata migrate"
                    + " apply': ").append(String.join(", ", r.pending())).append('\n');
        }
        if (!r.outOfOrder().isEmpty()) {
            b.append(t.yellow("Warning: ")).append(String.join(", ", r.outOfOrder())).append(r.outOfOrder().size() == 1
                    ? " was" : " were").append(" not applied by ").append(r.tool()).append(" but sort")
                    .append(r.outOfOrder().size() == 1 ? "s" : "").append(" before files it applied: 'migrate apply'"
                    + " refuses such files as out of order (--exec-order non-linear runs them), and never runs"
                    + " one that sorts before every recorded file\n");
        }
        return b.toString();
    }
}
