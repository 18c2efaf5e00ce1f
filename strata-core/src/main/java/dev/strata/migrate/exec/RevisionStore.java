package dev.strata.migrate.exec;

import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;

/**
 * Where the revision rows are kept (Atlas's {@code RevisionReadWriter}): the table
 * {@code atlas_schema_revisions} ({@link RevisionTable}), or a test's memory. Writes take part in
 * the session's transaction, so a row written in a file's transaction commits or rolls back with it.
 */
interface RevisionStore {

    /** The schema the rows live in. */
    String schema();

    /** Whether the store existed when it was opened. */
    boolean existed();

    /** Creates the store, or brings it up to Atlas's shape. */
    void ensure() throws SQLException;

    /** Every row, in version order. */
    List<Revision> read() throws SQLException;

    /** Inserts the row, or updates it keeping its version, description and first execution time. */
    void write(Revision r) throws SQLException;

    /**
     * Writes the row and commits the session's transaction (everything in it, the row included), in
     * one round trip where the database allows. Either both happen or the call fails.
     */
    void writeAndCommit(Revision r) throws SQLException;

    /**
     * Whether {@link #writeThenRun} can send a row and this migration statement in one round trip.
     * Only for a statement the database commits before it runs (MySQL DDL), so that commit makes
     * the row durable before the statement starts, as when they are sent apart.
     */
    boolean canWriteBefore(String statement);

    /** Writes the row, then runs the statement, in one round trip (see {@link #canWriteBefore}). */
    void writeThenRun(Revision r, String statement, Consumer<java.sql.Statement> running) throws SQLException;

    void delete(String version) throws SQLException;

    /** Opens the store a session keeps its rows in. */
    @FunctionalInterface
    interface Opener {
        /** @param revisionsSchema the schema a flag names, or null */
        RevisionStore open(dev.strata.dialect.Session session, String revisionsSchema) throws SQLException;
    }
}
