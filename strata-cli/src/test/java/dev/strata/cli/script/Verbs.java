package dev.strata.cli.script;

import java.util.HashMap;
import java.util.Map;

/**
 * The commands a script can use, by name: testscript's built-ins and Atlas's custom commands. To give
 * a custom command another implementation (say, {@code cmphcl} through the Java API rather than the
 * command line), {@link #with} it here.
 */
final class Verbs {

    private final Map<String, Verb> byName;

    private Verbs(Map<String, Verb> byName) {
        this.byName = Map.copyOf(byName);
    }

    static Verbs standard() {
        Map<String, Verb> all = new HashMap<>();
        Builtins.register(all);
        HarnessVerbs.register(all);
        SchemaVerbs.register(all);
        all.put("atlas", new AtlasVerb());
        return new Verbs(all);
    }

    /** These verbs with one added or replaced. */
    Verbs with(String name, Verb verb) {
        Map<String, Verb> all = new HashMap<>(byName);
        all.put(name, verb);
        return new Verbs(all);
    }

    Verb get(String name) {
        return byName.get(name);
    }
}
