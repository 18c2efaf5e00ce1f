package dev.strata.migrate.exec;

import dev.strata.StrataException;

/** A statement of a migration file failed on the database. */
public final class StatementFailedException extends StrataException {

    private static final long serialVersionUID = 1L;

    StatementFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
