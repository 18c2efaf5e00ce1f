package dev.strata;

/** Input the command could not even start from: exit code 2. */
public class UsageException extends StrataException {

    private static final long serialVersionUID = 1L;

    /** Input that cannot be used, described in one line naming the setting or flag. */
    public UsageException(String message) {
        super(EXIT_USAGE, message, null);
    }

    /** Input that cannot be used, with the exception that says why. */
    public UsageException(String message, Throwable cause) {
        super(EXIT_USAGE, message, cause);
    }
}
