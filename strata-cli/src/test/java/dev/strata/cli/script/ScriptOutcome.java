package dev.strata.cli.script;

import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/** How one script ended. */
sealed interface ScriptOutcome {

    /**
     * The lines whose command ran and held, and the listed deviation lines whose command ran and did
     * not hold (the run goes on after those).
     */
    record Trace(SortedSet<Integer> ran, SortedSet<Integer> deviated) {
        public Trace {
            ran = new TreeSet<>(ran);
            deviated = new TreeSet<>(deviated);
        }
    }

    /** Every line ran, and held unless it is a listed deviation. */
    record Passed(Trace trace) implements ScriptOutcome {
    }

    /** The command at {@code line} did not hold; the rest of the script did not run. */
    record Failed(int line, String command, String message, String log, Trace trace) implements ScriptOutcome {
    }

    /**
     * The script needs features Strata does not have yet. {@code stoppedAt} is the line where a
     * state-changing pending command ended the run (0 when it ran to the end, skipping the read-only
     * pending commands and the checks of their output).
     */
    record Pending(Set<Feature> features, int stoppedAt, Trace trace) implements ScriptOutcome {
        public Pending {
            features = Set.copyOf(features);
        }
    }

    /** The script's own version gate excludes this database. */
    record Skipped(String reason) implements ScriptOutcome {
    }
}
