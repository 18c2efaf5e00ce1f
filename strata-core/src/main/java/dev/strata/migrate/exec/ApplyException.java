package dev.strata.migrate.exec;

import dev.strata.StrataException;

/** {@code migrate apply} failed; the result says how far it got. */
public final class ApplyException extends StrataException {

    private static final long serialVersionUID = 1L;

    private final transient ApplyResult result;

    ApplyException(StrataException cause, ApplyResult result) {
        super(cause.exitCode(), cause.getMessage(), cause);
        this.result = result;
    }

    /** How far the run got: the files it applied, and the one that failed. */
    public ApplyResult result() {
        return result;
    }
}
