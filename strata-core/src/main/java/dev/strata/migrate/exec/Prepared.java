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
    private List<String> hashes;

    Prepared(MigrationFile file, TxMode mode, Duration lockWait, List<Statement> statements, String hash) {
        this.file = file;
        this.mode = mode;
        this.lockWait = lockWait;
        this.statements = statements;
        this.hash = hash;
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

    /**
     * The running statement hashes, made when first needed: only a partial row (a resumed file,
     * progress recorded between statements) stores or checks them.
     */
    List<String> hashes() {
        if (hashes == null) {
            hashes = StatementHashes.of(statements);
        }
        return hashes;
    }
}
