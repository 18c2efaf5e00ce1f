package dev.strata.config;

import java.util.AbstractMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A namespace ({@code local}, {@code data.sql}) whose values are computed on first access, so only
 * what the selected environment refers to is evaluated; a value that needs itself is a cycle error.
 */
final class LazyMap<T> extends AbstractMap<String, Object> {
    private final String file;
    private final String what;
    private final Map<String, T> definitions;
    private final Function<T, Object> compute;
    private final Map<String, Object> done = new LinkedHashMap<>();
    private final Set<String> running = new HashSet<>();

    LazyMap(String file, String what, Map<String, T> definitions, Function<T, Object> compute) {
        this.file = file;
        this.what = what;
        this.definitions = definitions;
        this.compute = compute;
    }

    @Override
    public boolean containsKey(Object key) {
        if (!definitions.containsKey(key)) {
            throw new UndefinedException(what, String.valueOf(key));
        }
        return true;
    }

    @Override
    public Object get(Object key) {
        if (done.containsKey(key)) {
            return done.get(key);
        }
        T def = definitions.get(key);
        if (def == null) {
            return null;
        }
        if (!running.add((String) key)) {
            throw new ConfigException(file, "cyclic reference to \"" + what + "." + key + "\"");
        }
        try {
            Object v = compute.apply(def);
            done.put((String) key, v);
            return v;
        } finally {
            running.remove(key);
        }
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        Map<String, Object> all = new LinkedHashMap<>();
        definitions.keySet().forEach(k -> all.put(k, get(k)));
        return all.entrySet();
    }

    @Override
    public Set<String> keySet() {
        return definitions.keySet();
    }

    @Override
    public int size() {
        return definitions.size();
    }
}
