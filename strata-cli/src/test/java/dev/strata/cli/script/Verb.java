package dev.strata.cli.script;

import java.util.List;

/** One script command: a testscript built-in or one of Atlas's custom commands. */
@FunctionalInterface
interface Verb {

    /**
     * Runs the command.
     *
     * @param negated the line starts with {@code !}: the command must fail, or the match must not be found
     * @throws ScriptFailure when its expectation does not hold
     * @throws Pending when it needs a feature Strata does not have yet
     */
    void run(ScriptRun run, boolean negated, List<String> args) throws Exception;
}
