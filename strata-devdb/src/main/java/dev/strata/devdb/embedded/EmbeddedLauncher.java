package dev.strata.devdb.embedded;

import dev.strata.UsageException;
import dev.strata.devdb.EmbeddedDatabase;
import dev.strata.devdb.EmbeddedSpec;

/**
 * The entry point strata-core finds by name ({@link EmbeddedDatabase#LAUNCHER}) for an
 * {@code embedded://} URL.
 */
public final class EmbeddedLauncher implements EmbeddedDatabase.Launcher {

    @Override
    public EmbeddedDatabase start(EmbeddedSpec spec) {
        return switch (spec.engine()) {
            case "postgres" -> EmbeddedPostgres.start(spec);
            case "mariadb" -> EmbeddedMariaDb.start(spec);
            default -> throw new UsageException("no embedded " + spec.engine() + " in this build");
        };
    }
}
