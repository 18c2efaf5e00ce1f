package dev.strata.schema;

/**
 * A PostgreSQL identity column ({@code GENERATED ... AS IDENTITY}).
 *
 * @param generation ALWAYS or BY DEFAULT
 * @param start      the first value (1 unless set)
 * @param increment  the step (1 unless set)
 */
public record Identity(Generation generation, long start, long increment) {

    public enum Generation { ALWAYS, BY_DEFAULT }

    public Identity {
        if (generation == null) {
            throw new IllegalArgumentException("an identity needs a generation");
        }
        if (increment == 0) {
            throw new IllegalArgumentException("an identity's increment cannot be 0");
        }
    }

    /** Starts at 1 and counts by 1. */
    public static Identity of(Generation generation) {
        return new Identity(generation, 1, 1);
    }
}
