package dev.strata.cli.script;

/** The script's own gate ({@code only}) excludes this database version. */
final class ScriptSkip extends RuntimeException {

    ScriptSkip(String message) {
        super(message, null, false, false);
    }
}
