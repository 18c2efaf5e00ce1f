package dev.strata.schema;

/** When a constraint is checked: at once, or (if deferrable) at commit. */
public enum Deferrable {
    /** NOT DEFERRABLE, the default. */
    NOT_DEFERRABLE,
    /** DEFERRABLE INITIALLY IMMEDIATE. */
    INITIALLY_IMMEDIATE,
    /** DEFERRABLE INITIALLY DEFERRED. */
    INITIALLY_DEFERRED
}
