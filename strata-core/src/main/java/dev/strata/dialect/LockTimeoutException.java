package dev.strata.dialect;

import dev.strata.StrataException;
import dev.strata.text.Durations;

import java.time.Duration;

/** Another session held the migration lock for longer than the lock timeout. */
public final class LockTimeoutException extends StrataException {

    private static final long serialVersionUID = 1L;

    public LockTimeoutException(String name, Duration waited) {
        super("acquiring database lock: lock \"" + name + "\" is held by another session"
                + (waited.isZero() ? "" : " (waited " + Durations.format(waited) + "; raise --lock-timeout to wait longer)"));
    }
}
