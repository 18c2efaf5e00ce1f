package dev.strata.config;

/**
 * Raised by {@link StrictMap} and {@link LazyMap} for a name that is not declared; the evaluator
 * turns it into an error at the reference, where the file position is known.
 */
final class UndefinedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UndefinedException(String what, String key) {
        super("undefined " + what + " \"" + key + "\"", null, false, false);
    }
}
