package dev.strata.migrate.exec;

import dev.strata.StrataException;

/**
 * A statement that commits on its own was started by a run that stopped before recording whether it
 * completed. Strata will not guess: repeating it could apply it twice, skipping it could lose it.
 */
public final class InDoubtException extends StrataException {

    private static final long serialVersionUID = 1L;

    InDoubtException(String file, int statement, int line, String text) {
        super("statement " + statement + " of " + file + " (line " + line + ") is in doubt: a previous run started "
                + GoQuoteShort.of(text) + " and stopped before recording whether it completed. Check the database, then"
                + " run 'strata migrate set --in-doubt done' if it took effect, or 'strata migrate set --in-doubt"
                + " not-done' if it did not, and apply again");
    }
}
