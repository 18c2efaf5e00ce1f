package dev.strata.migrate.exec;

import dev.strata.StrataException;

/**
 * The connected schema has no revisions table but the schema {@code atlas_schema_revisions} has one,
 * and no {@code --revisions-schema} says which to use (Atlas's safety guard).
 */
public final class AmbiguousRevisionsException extends StrataException {

    private static final long serialVersionUID = 1L;

    /** Atlas's explanation, printed on stdout before the error line. */
    public static final String EXPLANATION = """
            We couldn't find a revision table in the connected schema but found one in\s
            the schema 'atlas_schema_revisions' and cannot determine the desired behavior.

            As a safety guard, we require you to specify whether to use the existing
            table in 'atlas_schema_revisions' or create a new one in the connected schema
            by providing the '--revisions-schema' flag or deleting the 'atlas_schema_revisions'
            schema if it is unused.

            """;

    AmbiguousRevisionsException(String boundSchema) {
        super("ambiguous revision table: schema \"" + boundSchema + "\" has none, schema \"atlas_schema_revisions\""
                + " has one; pass --revisions-schema");
    }
}
