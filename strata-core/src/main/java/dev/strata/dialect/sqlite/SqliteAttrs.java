package dev.strata.dialect.sqlite;

import dev.strata.schema.AttrTarget;
import dev.strata.schema.DialectAttr;

import java.util.List;

/** SQLite's table options, printed after the table's blocks as Atlas does. */
public final class SqliteAttrs {

    private SqliteAttrs() {
    }

    /** {@code WITHOUT ROWID}. */
    public static final TableOption WITHOUT_ROWID = new TableOption("without_rowid");
    /** {@code STRICT}. */
    public static final TableOption STRICT = new TableOption("strict");

    /**
     * A table option that is on or absent.
     *
     * @param key {@code without_rowid} or {@code strict}
     */
    public record TableOption(String key) implements DialectAttr {
        @Override
        public Object value() {
            return Boolean.TRUE;
        }

        @Override
        public boolean trailing() {
            return true;
        }
    }

    /**
     * Reads the attribute {@code key} of a {@code target} back from its printed value into {@code into};
     * an option set to false adds nothing.
     *
     * @return whether SQLite knows the attribute
     */
    public static boolean read(AttrTarget target, String key, Object value, List<DialectAttr> into) {
        if (target != AttrTarget.TABLE || !(key.equals(WITHOUT_ROWID.key()) || key.equals(STRICT.key()))) {
            return false;
        }
        if (Boolean.TRUE.equals(value)) {
            into.add(new TableOption(key));
        }
        return true;
    }
}
