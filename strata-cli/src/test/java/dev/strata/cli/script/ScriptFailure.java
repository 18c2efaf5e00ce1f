package dev.strata.cli.script;

/** A script command whose expectation does not hold (testscript's {@code Fatalf}). */
final class ScriptFailure extends RuntimeException {

    ScriptFailure(String message) {
        super(message, null, false, false);
    }
}
