package dev.strata.schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** The normal forms the model's constructors apply, so that two equal schemas are equal records. */
final class Canon {

    private Canon() {
    }

    /** Nulls first, then by the natural order of the key: names compared by their UTF-16 units. */
    static <T> Comparator<T> byName(Function<T, String> name) {
        return Comparator.comparing(name, Comparator.nullsFirst(Comparator.naturalOrder()));
    }

    /** An immutable copy, in the order given. */
    static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : List.copyOf(items);
    }

    /** An immutable copy sorted by {@code order}. */
    static <T> List<T> sorted(List<T> items, Comparator<? super T> order) {
        if (items == null || items.isEmpty()) {
            return List.of();
        }
        List<T> copy = new ArrayList<>(items);
        copy.forEach(Objects::requireNonNull);
        copy.sort(order);
        return List.copyOf(copy);
    }

    /** Empty text means absent: PostgreSQL drops a comment set to '' and MySQL reports none as ''. */
    static String text(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /**
     * A definition as stored: line ends as LF and no surrounding white space, so a text read back
     * from a heredoc (which ends with a newline) equals the one the database returned.
     */
    static String definition(String s) {
        if (s == null) {
            return null;
        }
        String t = s.replace("\r\n", "\n").strip();
        return t.isEmpty() ? null : t;
    }

    static String require(String s, String what) {
        if (s == null || s.isEmpty()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        return s;
    }
}
