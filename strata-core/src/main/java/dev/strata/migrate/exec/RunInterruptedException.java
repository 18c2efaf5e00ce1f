package dev.strata.migrate.exec;

import dev.strata.StrataException;

/**
 * The run stopped because its {@link Interruption} was interrupted; the message says how it left the
 * database ({@code interrupted: version 3 rolled back}).
 */
public final class RunInterruptedException extends StrataException {

    private static final long serialVersionUID = 1L;

    RunInterruptedException(String message) {
        super(message);
    }
}
