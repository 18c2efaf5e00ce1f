package dev.strata.migrate.adopt;

import dev.strata.StrataException;

import java.util.List;

/**
 * The old tool's history cannot be adopted as it is: a failed or half-applied migration, or an
 * applied migration with no file in the directory. Nothing was written.
 */
public final class AdoptRefusedException extends StrataException {

    private static final long serialVersionUID = 1L;

    private final String table;
    private final List<String> problems;

    AdoptRefusedException(String table, List<String> problems) {
        super("cannot adopt " + table + ": " + problems.get(0)
                + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
        this.table = table;
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, one line each. */
    public List<String> problems() {
        return problems;
    }

    /** The list as the command line prints it before the error line. */
    public String report() {
        StringBuilder b = new StringBuilder(table).append(" has ").append(problems.size())
                .append(problems.size() == 1 ? " entry" : " entries").append(" Strata cannot adopt:\n");
        for (String p : problems) {
            b.append("  ").append(p).append('\n');
        }
        return b.append("Nothing was written.\n").toString();
    }
}
