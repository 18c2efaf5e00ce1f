package dev.strata.cli.script;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The one place where a feature is switched on for the Atlas scripts once Strata has it. The engineer
 * who adds {@code schema inspect} adds {@link Feature#SCHEMA_INSPECT} here, and every script that was
 * pending on it runs. To try a feature before switching it on, run the suite with
 * {@code -Dstrata.script.features=schema-inspect,schema-diff}.
 */
final class Features {

    /** What Strata can run today. */
    private static final Set<Feature> AVAILABLE = Collections.unmodifiableSet(EnumSet.of(Feature.SCHEMA_INSPECT,
            Feature.SCHEMA_DIFF, Feature.SCHEMA_APPLY, Feature.MIGRATE_DIFF, Feature.MIGRATE_LINT,
            Feature.MIGRATE_CHECKPOINT, Feature.SCHEMA_CLEAN));

    private Features() {
    }

    static Set<Feature> enabled() {
        EnumSet<Feature> on = AVAILABLE.isEmpty() ? EnumSet.noneOf(Feature.class) : EnumSet.copyOf(AVAILABLE);
        String extra = System.getProperty("strata.script.features", "");
        for (String key : extra.split(",")) {
            if (key.isBlank()) {
                continue;
            }
            on.add(byKey(key.strip()));
        }
        return Collections.unmodifiableSet(on);
    }

    private static Feature byKey(String key) {
        for (Feature f : Feature.values()) {
            if (f.key().equals(key)) {
                return f;
            }
        }
        throw new IllegalArgumentException("-Dstrata.script.features: unknown feature \"" + key + "\"");
    }
}
