package dev.strata.cli.script;

/** A check of the output (or of a file) of a command that was skipped as pending. */
final class DependsOnPending extends RuntimeException {

    DependsOnPending(String what) {
        super(what + " comes from a pending command", null, false, false);
    }
}
