package dev.strata.dialect;

import dev.strata.dialect.mysql.MySqlDevReset;
import dev.strata.dialect.postgres.PostgresDevReset;
import dev.strata.dialect.sqlite.SqliteDevReset;

/**
 * Hands out the {@link DevReset} of a session's dialect. A registry of its own, by the dialect's
 * name, while {@code Dialect} and {@code Session} are being split into capability interfaces; it
 * belongs on the dialect once that lands.
 */
public final class DevResets {

    private DevResets() {
    }

    /** The dev-database reset for an open session. */
    public static DevReset of(Session session) {
        return switch (session.dialect().name()) {
            case "postgres" -> new PostgresDevReset(session);
            case "mysql", "mariadb" -> new MySqlDevReset(session);
            case "sqlite3" -> new SqliteDevReset(session);
            default -> throw new IllegalArgumentException("no dev database support for " + session.dialect().name());
        };
    }
}
