package dev.strata;

/**
 * A failure reported to the user: a one-line message that names what is at fault (a file, a line,
 * a flag) and the process exit code it maps to. Messages never hold a database password.
 */
public class StrataException extends RuntimeException {

    /** The operation ran and failed: a statement, a checksum, a lock, a connection. */
    public static final int EXIT_FAILURE = 1;
    /** The command could not start: bad usage, a malformed URL, a missing directory or project file. */
    public static final int EXIT_USAGE = 2;

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    /** A failure of the work itself (exit code 1), described in one line. */
    public StrataException(String message) {
        this(EXIT_FAILURE, message, null);
    }

    /** A failure of the work itself (exit code 1), with the exception that caused it. */
    public StrataException(String message, Throwable cause) {
        this(EXIT_FAILURE, message, cause);
    }

    /** A failure with its own exit code, for subclasses. */
    protected StrataException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /** The exit code the command line ends with for this failure. */
    public int exitCode() {
        return exitCode;
    }
}
