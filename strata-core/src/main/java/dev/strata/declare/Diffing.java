package dev.strata.declare;

import dev.strata.schema.Realm;
import dev.strata.schema.diff.DiffDialect;
import dev.strata.schema.diff.DiffOptions;
import dev.strata.schema.diff.DiffResult;
import dev.strata.schema.diff.Differ;

/** The one call into the generic differ ({@code dev.strata.schema.diff}). */
final class Diffing {

    private Diffing() {
    }

    static DiffResult changes(Realm from, Realm to, DiffDialect dialect, DiffOptions options) {
        if (from.equals(to)) {
            return new DiffResult(java.util.List.of(), java.util.List.of());
        }
        return Differ.diff(from, to, dialect, options);
    }
}
