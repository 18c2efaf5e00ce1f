package dev.strata.dialect;

import dev.strata.schema.InspectScope;
import dev.strata.schema.Realm;

import java.sql.SQLException;

/**
 * Reads a live database into the schema model: Atlas's {@code Inspector}. One implementation per
 * dialect ({@code PostgresInspector}, ...), handed out by {@link Dialect#inspector(Session)}.
 *
 * <p>Inspection is batched: one catalog query per kind of object for the whole set of schemas
 * (every column of every table at once), never one per table, and the result is in the model's
 * normal form (see {@code dev.strata.schema}), so an inspected realm equals the same schema read
 * from HCL.
 */
public interface Inspector {

    /**
     * The schemas the scope names (the session's bound schema when the URL binds one, else every
     * user schema), with the scope's exclusions applied and the revisions table left out unless
     * the scope asks for it.
     */
    Realm inspect(InspectScope scope) throws SQLException;
}
