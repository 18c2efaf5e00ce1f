package dev.strata.schema;

/** What a foreign key does when the referenced row is updated or deleted. */
public enum ReferenceAction {
    NO_ACTION("NO ACTION"),
    RESTRICT("RESTRICT"),
    CASCADE("CASCADE"),
    SET_NULL("SET NULL"),
    SET_DEFAULT("SET DEFAULT");

    private final String sql;

    ReferenceAction(String sql) {
        this.sql = sql;
    }

    /** The SQL words: {@code SET NULL}. */
    public String sql() {
        return sql;
    }

    /** The action for its SQL words or its constant name ({@code SET NULL}, {@code SET_NULL}), any case. */
    public static ReferenceAction of(String words) {
        String key = words.strip().replace(' ', '_').toUpperCase(java.util.Locale.ROOT);
        for (ReferenceAction a : values()) {
            if (a.name().equals(key)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown referential action \"" + words
                + "\" (known: NO_ACTION, RESTRICT, CASCADE, SET_NULL, SET_DEFAULT)");
    }
}
