package dev.strata;

/** Input the command could not even start from: exit code 2. */
public class UsageException extends StrataException {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(EXIT_USAGE, message, null);
    }

    public UsageException(String message, Throwable cause) {
        super(EXIT_USAGE, message, cause);
    }
}
