package dev.strata.migrate.exec;

/**
 * How to settle a statement left in doubt by a run that died while it ran ({@code strata migrate set
 * --in-doubt}), once the operator has looked at the database.
 */
public enum InDoubt {
    /** It took effect: count it as applied. */
    DONE,
    /** It did not take effect: the next run starts with it. */
    NOT_DONE
}
