package dev.strata.config;

import java.util.AbstractMap;
import java.util.Set;

/**
 * {@code each} of a {@code for_each} env evaluated for a command that needs only its migration
 * directory ({@code migrate validate}, {@code hash}, {@code new}): the for_each collection, often a
 * {@code data "sql"} query, is not computed, so those CI steps need no database. Reading
 * {@code each} throws {@link Needed}; a directory that depends on it falls back to the full evaluation.
 */
final class UnknownEach extends AbstractMap<String, Object> {

    static final UnknownEach INSTANCE = new UnknownEach();

    /** The expression read {@code each}: its value needs the for_each collection. */
    static final class Needed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Needed() {
            super("each is not known without evaluating for_each", null, false, false);
        }
    }

    private UnknownEach() {
    }

    @Override
    public boolean containsKey(Object key) {
        throw new Needed();
    }

    @Override
    public Object get(Object key) {
        throw new Needed();
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        throw new Needed();
    }

    /** The value, or null when it depends on {@code each}. */
    static <T> T orNull(java.util.function.Supplier<T> value) {
        try {
            return value.get();
        } catch (Needed e) {
            return null;
        }
    }
}
