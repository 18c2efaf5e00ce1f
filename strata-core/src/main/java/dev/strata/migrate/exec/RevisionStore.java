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

    /**
     * The rows an apply plans from: as {@link #read()}, except that a complete row (applied equals
     * total) may come without its execution time (null). An apply rewrites no complete row, only a
     * partial one, which keeps its first execution time; the time costs the driver a calendar or a
     * date parse per row, most of what reading hundreds of rows took beyond the rows themselves.
     */
    default List<Revision> readToPlan() throws SQLException {
        return read();
    }

    /** Inserts the row, or updates it keeping its version, description and first execution time. */
    void write(Revision r) throws SQLException;

    /**
     * Writes the row and commits the session's transaction (everything in it, the row included), in
     * one round trip where the database allows. Either both happen or the call fails.
     */
    void writeAndCommit(Revision r) throws SQLException;

    /**
     * Whether {@link #send} can take this migration statement and revision rows in one round trip
     * (the database runs several statements sent together, and the text is safe to send that way).
     */
    boolean canSendWith(String statement);

    /**
     * Whether a row can follow this statement in {@link #send}: as {@link #canSendWith}, and the
     * statement ends at its own {@code ;}, so what follows cannot become part of it.
     */
    boolean canSendAfter(String statement);

    /**
     * Sends, in one round trip and in this order: the row {@code before} (then {@code COMMIT} when
     * {@code commitBefore}), the migration statement, and the row {@code after} with {@code COMMIT}.
     * Either row may be null. The database stops at the first statement that fails, so a failure
     * leaves what follows it unrun; an error is the caller's to record.
     */
    void send(Revision before, boolean commitBefore, String statement, Revision after,
              Consumer<java.sql.Statement> running) throws SQLException;

    void delete(String version) throws SQLException;

    /** Opens the store a session keeps its rows in. */
    @FunctionalInterface
    interface Opener {
        /** @param revisionsSchema the schema a flag names, or null */
        RevisionStore open(dev.strata.dialect.Session session, String revisionsSchema) throws SQLException;
    }
}
