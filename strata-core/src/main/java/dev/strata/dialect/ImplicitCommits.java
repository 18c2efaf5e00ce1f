package dev.strata.dialect;

/**
 * Which statements commit on their own, whatever transaction is open: MySQL's DDL. The executor
 * brackets such a statement with progress records, so a crash leaves at most it in doubt.
 */
public interface ImplicitCommits {

    /** A database whose DDL runs inside transactions (PostgreSQL, SQLite): nothing commits on its own. */
    ImplicitCommits NONE = new ImplicitCommits() {
    };

    /** Whether DDL runs inside transactions, so a failed file leaves nothing behind. */
    default boolean transactionalDdl() {
        return true;
    }

    /** Whether a statement commits on its own even inside a transaction. */
    default boolean commitsImplicitly(String statement) {
        return false;
    }

    /**
     * Whether the database commits the open transaction before it starts the statement, so a record
     * written just before the statement is durable once the statement runs, without a commit of its
     * own. A statement that fails before it starts (a syntax error) commits nothing.
     */
    default boolean commitsBefore(String statement) {
        return false;
    }
}
