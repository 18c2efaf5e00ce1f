package dev.strata.config;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;

/** The {@code var} namespace: a reference to an undeclared variable is an error, not null. */
final class StrictMap extends AbstractMap<String, Object> {
    private final String what;
    private final Map<String, Object> values;

    StrictMap(String what, Map<String, Object> values) {
        this.what = what;
        this.values = values;
    }

    @Override
    public boolean containsKey(Object key) {
        if (!values.containsKey(key)) {
            throw new UndefinedException(what, String.valueOf(key));
        }
        return true;
    }

    @Override
    public Object get(Object key) {
        return values.get(key);
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return values.entrySet();
    }
}
