package dev.strata.config;

import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What a reference navigates: a block type's blocks by label ({@code table}), or one block's name,
 * {@code __ref} and nested block types ({@code table.users}). A name that is not there is a broken
 * reference, reported where the expression uses it.
 */
final class BlockMap extends AbstractMap<String, Object> {

    static final String REF = "__ref";
    static final String NAME = "name";

    private final String path;
    private final Map<String, Object> entries = new LinkedHashMap<>();

    BlockMap(String path) {
        this.path = path;
    }

    String path() {
        return path;
    }

    HclRef ref() {
        return entries.get(REF) instanceof HclRef r ? r : null;
    }

    /** The block's final name, or null for a map of blocks or a block without one. */
    String name() {
        return entries.get(NAME) instanceof String n ? n : null;
    }

    void put(String key, Object value, boolean replace) {
        if (replace || !entries.containsKey(key)) {
            entries.put(key, value);
        }
    }

    /**
     * The map of nested blocks of type {@code key}. A block type named like a reserved key
     * ({@code name}, {@code __ref}) gets a map no reference reaches, so it cannot hide the block's name.
     */
    BlockMap child(String key) {
        if (key.equals(NAME) || key.equals(REF)) {
            return new BlockMap(path.isEmpty() ? key : path + "." + key);
        }
        Object v = entries.get(key);
        if (v instanceof BlockMap m) {
            return m;
        }
        BlockMap m = new BlockMap(path.isEmpty() ? key : path + "." + key);
        entries.put(key, m);
        return m;
    }

    @Override
    public boolean containsKey(Object key) {
        if (!entries.containsKey(key)) {
            throw new UndefinedException("broken reference to \"" + (path.isEmpty() ? key : path + "." + key) + "\"");
        }
        return true;
    }

    @Override
    public Object get(Object key) {
        return entries.get(key);
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return entries.entrySet();
    }
}
