package dev.strata.cli.script;

/** A script line needs a feature Strata does not have yet. */
final class Pending extends RuntimeException {

    private final Feature feature;

    Pending(Feature feature) {
        super("needs " + feature.command(), null, false, false);
        this.feature = feature;
    }

    Feature feature() {
        return feature;
    }
}
