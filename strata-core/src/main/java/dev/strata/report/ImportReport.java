package dev.strata.report;

import dev.strata.migrate.SumFile;
import dev.strata.migrate.format.ImportResult;
import dev.strata.migrate.format.LeftOut;
import dev.strata.migrate.format.SourceFile;

/** What {@code migrate import} converted, and every file it left out with why. */
public final class ImportReport {

    private ImportReport() {
    }

    /**
     * @param from the source directory, as messages name it
     * @param to   the directory written
     */
    public static String text(ImportResult r, String from, String to, Style t) {
        if (r.imported().isEmpty()) {
            return "nothing to import";
        }
        StringBuilder b = new StringBuilder("Imported ").append(count(r.imported().size(), r.format() + " migration"))
                .append(" from ").append(from).append(" into ").append(to).append(":\n\n");
        for (ImportResult.Imported f : r.imported()) {
            b.append("  ").append(f.source()).append(" -> ").append(t.cyan(f.target())).append(" (");
            if (f.kind() == SourceFile.Kind.BASELINE) {
                b.append("baseline, ");
            } else if (f.kind() == SourceFile.Kind.REPEATABLE) {
                b.append("repeatable, runs once in Strata, ");
            }
            if (f.noTransaction()) {
                b.append("outside a transaction, ");
            }
            b.append(count(f.statements(), "statement")).append(")\n");
        }
        if (!r.leftOut().isEmpty()) {
            b.append("\nLeft out ").append(count(r.leftOut().size(), "file")).append(":\n\n");
            for (LeftOut l : r.leftOut()) {
                b.append("  ").append(l.name()).append(": ").append(l.reason()).append('\n');
            }
        }
        b.append('\n');
        for (String w : r.warnings()) {
            b.append(t.yellow("Warning: ")).append(w).append('\n');
        }
        return b.append("Wrote ").append(to).append('/').append(SumFile.FILE_NAME).append(".\n").toString();
    }

    /** {@code 1 file}, {@code 2 files}. */
    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
