package dev.strata.migrate.exec;

import dev.strata.migrate.MigrationFile;
import dev.strata.migrate.lex.Statement;

import java.time.Duration;
import java.util.List;

/** A pending file, read and split, with its transaction mode and lock wait. */
final class Prepared {
    private final MigrationFile file;
    private final TxMode mode;
    private final Duration lockWait;
    private final List<Statement> statements;
    private final String hash;
    private final StatementHashes hashes;

    Prepared(MigrationFile file, TxMode mode, Duration lockWait, List<Statement> statements, String hash) {
        this.file = file;
        this.mode = mode;
        this.lockWait = lockWait;
        this.statements = statements;
        this.hash = hash;
        this.hashes = new StatementHashes(statements);
    }

    MigrationFile file() {
        return file;
    }

    TxMode mode() {
        return mode;
    }

    Duration lockWait() {
        return lockWait;
    }

    List<Statement> statements() {
        return statements;
    }

    String hash() {
        return hash;
    }

    /** The running statement hashes of all the statements (a resumed file checks those that ran). */
    List<String> hashes() {
        return hashes.first(statements.size());
    }

    /**
     * The stored running hashes of the first {@code count} statements, for a partial row; only
     * those are hashed.
     */
    List<String> storedHashes(int count) {
        return hashes.stored(count);
    }
}
