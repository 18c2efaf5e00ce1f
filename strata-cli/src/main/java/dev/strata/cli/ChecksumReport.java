package dev.strata.cli;

import dev.strata.migrate.ChecksumException;

/** The report Atlas prints on stdout for a checksum error, before the {@code Error:} line. */
final class ChecksumReport {

    private ChecksumReport() {
    }

    static void print(Terminal term, ChecksumException e) {
        StringBuilder b = new StringBuilder("You have a checksum error in your migration directory.\n");
        if (e.reason() != null) {
            b.append("\n\tL").append(e.line()).append(": ").append(e.file()).append(" was ").append(e.reason())
                    .append("\n\n");
        }
        b.append("Please check your migration files and run ").append(term.cyan("'strata migrate hash'"))
                .append(" to re-hash the contents\n\n");
        term.print(b.toString());
    }
}
