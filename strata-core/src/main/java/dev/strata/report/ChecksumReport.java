package dev.strata.report;

import dev.strata.migrate.ChecksumException;

/** The explanation Atlas prints for a checksum error, before the error line itself. */
public final class ChecksumReport {

    private ChecksumReport() {
    }

    /**
     * The explanation, ending with a blank line.
     *
     * @param hashCommand how the reader re-hashes the directory, such as {@code strata migrate hash}
     */
    public static String text(ChecksumException e, Style t, String hashCommand) {
        StringBuilder b = new StringBuilder("You have a checksum error in your migration directory.\n");
        if (e.reason() != null) {
            b.append("\n\tL").append(e.line()).append(": ").append(e.file()).append(" was ").append(e.reason())
                    .append("\n\n");
        }
        b.append("Please check your migration files and run ").append(t.cyan("'" + hashCommand + "'"))
                .append(" to re-hash the contents\n\n");
        return b.toString();
    }
}
