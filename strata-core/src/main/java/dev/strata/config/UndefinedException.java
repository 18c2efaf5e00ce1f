package dev.strata.config;

/**
 * Raised by {@link StrictMap}, {@link LazyMap} and {@link BlockMap} for a name that is not declared; the evaluator
 * turns it into an error at the reference, where the file position is known.
 */
final class UndefinedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UndefinedException(String what, String key) {
        this("undefined " + what + " \"" + key + "\"");
    }

    UndefinedException(String message) {
        super(message, null, false, false);
    }
}
