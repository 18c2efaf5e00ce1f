package dev.strata.schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An attribute only one database has (MySQL's storage engine, SQLite's {@code WITHOUT ROWID}), as a
 * record of that dialect's package (for example {@code dev.strata.dialect.mysql.MySqlAttrs}). The
 * model's own records cover what several databases share; this interface is the one open door,
 * so the printers and the differ handle a new attribute without knowing its class.
 *
 * <p>An object holds at most one attribute per {@link #key()}, kept sorted by key.
 */
public interface DialectAttr {

    /** The name it is printed and read under: the HCL attribute, the JSON key ({@code engine}). */
    String key();

    /**
     * Its value: a {@code String}, a {@code Long}, a {@code Boolean}, a {@link Word} printed bare
     * ({@code engine = InnoDB}) or a {@link Sql} expression printed as {@code sql("...")}.
     */
    Object value();

    /** Printed after the object's blocks rather than before them, where Atlas puts it (SQLite's table options). */
    default boolean trailing() {
        return false;
    }

    /** A value printed as a bare word, such as a storage engine. */
    record Word(String word) {
        public Word {
            Canon.require(word, "a word");
        }
    }

    /** A value that is an SQL expression, such as {@code CURRENT_TIMESTAMP}. */
    record Sql(String sql) {
        public Sql {
            Canon.require(sql, "an SQL expression");
        }
    }

    /** The value of the attribute named {@code key} among {@code attrs}. */
    static Optional<DialectAttr> find(List<DialectAttr> attrs, String key) {
        for (DialectAttr a : attrs) {
            if (a.key().equals(key)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** The attributes sorted by key; a key given twice is a mistake of the caller. */
    static List<DialectAttr> canonical(List<DialectAttr> attrs) {
        if (attrs == null || attrs.isEmpty()) {
            return List.of();
        }
        List<DialectAttr> copy = new ArrayList<>(attrs);
        copy.sort(Comparator.comparing(DialectAttr::key));
        for (int i = 1; i < copy.size(); i++) {
            if (copy.get(i).key().equals(copy.get(i - 1).key())) {
                throw new IllegalArgumentException("attribute \"" + copy.get(i).key() + "\" given twice");
            }
        }
        return List.copyOf(copy);
    }
}
