package dev.strata.migrate.lex;

/**
 * Input the scanner cannot split: an unclosed quote, dollar quote or parenthesis. The message reads
 * {@code <line>:<column>: <problem>}, as Atlas's does; callers prefix the file name.
 */
public final class ScanException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;
    private final String problem;

    ScanException(int line, int column, String problem) {
        super(line + ":" + column + ": " + problem);
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    ScanException(String problem) {
        super(problem);
        this.line = 0;
        this.column = 0;
        this.problem = problem;
    }

    /** The 1-based line of the offending character, or 0 when the problem has no position. */
    public int line() {
        return line;
    }

    /** The 1-based column of the offending character, or 0 when the problem has no position. */
    public int column() {
        return column;
    }

    /** The problem without its position. */
    public String problem() {
        return problem;
    }
}
