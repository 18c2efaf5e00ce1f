package dev.strata.schema;

/**
 * A sequence. An option is null when it has the database's default for the sequence's type and
 * direction; inspectors leave defaults out, so a sequence written without them is equal.
 *
 * @param name      its name
 * @param type      its data type ({@code AS bigint}), or null for the default
 * @param start     START WITH, or null
 * @param increment INCREMENT BY, or null
 * @param min       MINVALUE, or null
 * @param max       MAXVALUE, or null
 * @param cache     CACHE, or null
 * @param cycle     CYCLE
 * @param ownedBy   OWNED BY a column of the same schema, or null
 * @param comment   its comment, or null
 */
public record Sequence(String name, ColumnType type, Long start, Long increment, Long min, Long max, Long cache,
                       boolean cycle, ColumnRef ownedBy, String comment) {

    public Sequence {
        Canon.require(name, "a sequence's name");
        if (increment != null && increment == 0) {
            throw new IllegalArgumentException("sequence \"" + name + "\" cannot increment by 0");
        }
        comment = Canon.text(comment);
    }

    /** A sequence with every option at its default. */
    public static Sequence of(String name) {
        return new Sequence(name, null, null, null, null, null, null, false, null, null);
    }
}
