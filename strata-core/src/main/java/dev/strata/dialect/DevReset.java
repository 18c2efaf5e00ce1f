package dev.strata.dialect;

import java.sql.SQLException;
import java.util.Optional;

/**
 * How one database checks and empties a scratch database that Strata uses as its dev database
 * ({@code --dev-url}): the scope is the schema the URL binds (PostgreSQL {@code search_path}, the
 * MySQL database), else the whole database. Implementations live in the dialect packages and are
 * handed out by {@link Dialect#devReset(Session)}.
 *
 * <p>Strata's mark of ownership is a comment on the database (PostgreSQL), on the bound schema
 * (MariaDB) or the file's {@code application_id} (SQLite): never an object in the scope, so it does
 * not show up when the dev database is inspected. A database that holds objects is emptied only when
 * it carries the mark (what an interrupted run of Strata left); otherwise it is refused.
 */
public interface DevReset {

    /** The comment Strata puts on a dev database it uses. */
    String MARK = "strata dev database: emptied before and after each use";

    /**
     * The first object in scope, as an error names it ({@code table "users" in schema "public"}), or
     * empty when the scope is clean.
     */
    Optional<String> firstObject() throws SQLException;

    /** Whether the database carries Strata's mark. */
    boolean isMarked() throws SQLException;

    /**
     * Marks the database as Strata's dev database. Best effort: a user who may not comment on the
     * database still gets a working dev database, only a leftover of a killed run is then refused
     * instead of emptied.
     */
    void mark();

    /** Drops every object in scope, so that {@link #firstObject()} is empty afterwards. */
    void empty() throws SQLException;
}
