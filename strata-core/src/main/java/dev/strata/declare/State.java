package dev.strata.declare;

import dev.strata.dialect.Session;
import dev.strata.schema.Realm;

/**
 * A schema state read from a {@link Source}: the realm, and where it can be planned.
 *
 * A state is valid while the {@link Declarative} that read it is open.
 */
public final class State {

    private final Realm realm;
    private final String boundSchema;
    private final boolean hcl;
    private final Session session;

    State(Realm realm, String boundSchema, boolean hcl, Session session) {
        this.realm = realm;
        this.boundSchema = boundSchema;
        this.hcl = hcl;
        this.session = session;
    }

    public Realm realm() {
        return realm;
    }

    /**
     * The one schema the state is scoped to (a URL bound to a schema, or HCL of one schema read for
     * a bound database), or null for a realm.
     */
    public String boundSchema() {
        return boundSchema;
    }

    /** Whether the state was read from HCL files. */
    public boolean hcl() {
        return hcl;
    }

    /** The dialect's name ({@code postgres}, {@code mysql}, {@code mariadb}, {@code sqlite3}). */
    public String dialect() {
        return session.dialect().name();
    }

    /** The session that plans this state's DDL: its database's, or the dev database's. */
    Session session() {
        return session;
    }
}
