package dev.strata.report;

/**
 * How a report colours its parts. A terminal colours them; a log file, a pipe or a build log does
 * not ({@link #PLAIN}).
 */
public interface Style {

    /** No colour: every part as it is. */
    Style PLAIN = new Style() {
    };

    /** Versions and the statement arrow. */
    default String cyan(String s) {
        return s;
    }

    /** The {@code --} markers, durations, pending status. */
    default String yellow(String s) {
        return s;
    }

    /** An OK status, a row set. */
    default String green(String s) {
        return s;
    }

    /** An error label, a row removed. */
    default String red(String s) {
        return s;
    }

    /** The text of an error. */
    default String redBackground(String s) {
        return s;
    }
}
