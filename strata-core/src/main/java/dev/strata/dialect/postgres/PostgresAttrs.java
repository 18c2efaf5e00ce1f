package dev.strata.dialect.postgres;

import dev.strata.schema.AttrTarget;
import dev.strata.schema.DialectAttr;

import java.util.List;

/** PostgreSQL's attributes that no other database has. */
public final class PostgresAttrs {

    private PostgresAttrs() {
    }

    /**
     * A BRIN index's {@code pages_per_range} storage parameter.
     *
     * @param pages the number of table pages per range
     */
    public record PagesPerRange(long pages) implements DialectAttr {
        @Override
        public String key() {
            return "page_per_range";
        }

        @Override
        public Object value() {
            return pages;
        }
    }

    /** An {@code UNLOGGED} table. */
    public record Unlogged() implements DialectAttr {
        @Override
        public String key() {
            return "unlogged";
        }

        @Override
        public Object value() {
            return Boolean.TRUE;
        }
    }

    /**
     * Reads the attribute {@code key} of a {@code target} back from its printed value into {@code into}.
     *
     * @return whether PostgreSQL knows the attribute
     */
    public static boolean read(AttrTarget target, String key, Object value, List<DialectAttr> into) {
        if (target == AttrTarget.INDEX && key.equals("page_per_range")) {
            into.add(new PagesPerRange(Long.parseLong(String.valueOf(value))));
            return true;
        }
        if (target == AttrTarget.TABLE && key.equals("unlogged")) {
            if (Boolean.TRUE.equals(value)) {
                into.add(new Unlogged());
            }
            return true;
        }
        return false;
    }
}
