package dev.strata.migrate.exec;

import dev.strata.StrataException;
import dev.strata.dialect.ImplicitCommits;
import dev.strata.dialect.Session;
import dev.strata.migrate.MigrationFile;
import dev.strata.migrate.SumFile;
import dev.strata.migrate.lex.GoQuote;
import dev.strata.migrate.lex.ScanException;
import dev.strata.migrate.lex.Scanner;
import dev.strata.migrate.lex.Statement;
import dev.strata.text.Durations;

import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs pending files and records each in the revisions table.
 *
 * <p>How progress is recorded is what makes a run safe to kill at any moment:
 * <ul>
 *   <li>A file inside a transaction on a database with transactional DDL (PostgreSQL, SQLite) writes
 *       its row once, at its end, in its transaction: it is applied whole or not at all.</li>
 *   <li>A statement that commits on its own (MySQL DDL, or any statement under {@code --tx-mode none})
 *       is preceded by a committed row that says it is about to run ("in doubt"). Once it returns,
 *       the next record says it ran. A crash in between leaves exactly that statement in doubt, and
 *       the next run stops and says so rather than repeating or skipping it. Where the database
 *       commits before such a statement starts (MySQL DDL), that commit makes the row durable and
 *       no commit of its own is sent.</li>
 *   <li>Between such statements, the transactional statements (MySQL DML) and the row that counts
 *       them commit together.</li>
 * </ul>
 * All pending files are read and split before the first statement runs, so a file that cannot be
 * split fails the run before it changes anything. Between files in their own transactions the
 * session stays out of autocommit: each file's commit ends its transaction, and the next file's
 * first statement starts one, without a round trip to switch modes.
 */
final class Executor {

    private final Session session;
    private final ImplicitCommits commits;
    private final RevisionStore table;
    private final TxMode txMode;
    private final boolean dryRun;
    private final String operator;
    /** atlas.sum's hashes by file name: each pending file looks its own up. */
    private final Map<String, String> sumHashes;
    private final String dirLocation;
    private final Map<String, Revision> rows;
    private final MigrationListener listener;
    private final Duration lockWait;
    private final int retries;
    private final Interruption.Run interruption;
    private boolean oneTransaction;
    /** The files this run applied whole, for what an interruption reports. */
    private final List<String> applied = new ArrayList<>();
    /** The lock wait the session has now; null is the database's default. */
    private Duration sessionLockWait;

    Executor(Session session, RevisionStore table, MigrateSettings settings, SumFile sums, String dirLocation,
             Map<String, Revision> rows, MigrationListener listener, Interruption.Run interruption) {
        this.session = session;
        this.interruption = interruption;
        this.commits = session.dialect().implicitCommits();
        this.table = table;
        this.txMode = settings.txMode();
        this.dryRun = settings.dryRun();
        this.operator = settings.operator();
        this.lockWait = settings.ddlLockTimeout();
        this.retries = settings.ddlRetries();
        this.sumHashes = sums.hashesByName();
        this.dirLocation = dirLocation;
        this.rows = rows;
        this.listener = listener;
    }

    /** Reads and splits every pending file, checking its directives: a refusal comes before any change. */
    List<Prepared> prepare(List<MigrationFile> pending) {
        List<Prepared> files = new ArrayList<>(pending.size());
        try {
            for (MigrationFile f : pending) {
                files.add(prepare(f));
            }
        } catch (StrataException e) {
            listener.on(new ApplyEvent.Failed(e.getMessage()));
            throw e;
        }
        return files;
    }

    void run(List<Prepared> files) {
        if (files.isEmpty()) {
            return;
        }
        oneTransaction = txMode == TxMode.ALL && commits.transactionalDdl() && !dryRun;
        if (txMode == TxMode.ALL && !commits.transactionalDdl() && !dryRun) {
            listener.on(new ApplyEvent.Notice("tx-mode all: " + session.dialect().name()
                    + " commits DDL on its own, so each file runs in its own transaction"));
        }
        try {
            if (oneTransaction) {
                session.begin();
            }
            for (Prepared p : files) {
                if (interruption.requested()) {
                    throw new RunInterruptedException(oneTransaction ? "interrupted: rolled back "
                            + applied.size() + " files of the run's one transaction" : interruptedBetweenFiles());
                }
                runFile(p, oneTransaction);
                applied.add(p.file().version());
            }
            if (oneTransaction) {
                session.commit();
            } else {
                session.autocommit();
            }
        } catch (SQLException e) {
            session.rollbackQuietly();
            throw new StrataException("committing the migration transaction: " + session.errorText(e), e);
        } catch (RuntimeException e) {
            session.rollbackQuietly();
            throw e;
        }
    }

    private Prepared prepare(MigrationFile f) {
        // Decoded first: the directives below then read the decoded text instead of checking every
        // byte of the file for ASCII once per directive. The errors are the same, in the same order
        // (a file that is not ASCII is decoded by the first directive read anyway).
        f.text();
        TxMode mode = modeFor(f);
        List<Statement> statements;
        try {
            statements = Scanner.scan(f.text(), session.dialect().scanOptions());
        } catch (ScanException e) {
            throw new StrataException(where(f) + (e.line() > 0 ? ":" : ": ") + e.getMessage());
        }
        String hash = sumHashes.get(f.name());
        if (hash == null) {
            throw new StrataException(where(f)
                    + ": checksum not found in atlas.sum (a file marked atlas:sum ignore cannot be applied)");
        }
        return new Prepared(f, mode, lockWaitFor(f), statements, hash);
    }

    /** The file's {@code strata:lock_timeout} directive, else the run's {@code --ddl-lock-timeout}. */
    private Duration lockWaitFor(MigrationFile f) {
        List<String> ds = f.strataDirective("lock_timeout");
        if (ds.isEmpty()) {
            return lockWait;
        }
        if (ds.size() > 1) {
            throw new StrataException(where(f) + ": more than one strata:lock_timeout directive");
        }
        try {
            return Durations.parse(ds.get(0));
        } catch (IllegalArgumentException e) {
            throw new StrataException(where(f) + ": strata:lock_timeout: " + e.getMessage());
        }
    }

    private String where(MigrationFile f) {
        return dirLocation + "/" + f.name();
    }

    /** The file's {@code atlas:txmode} directive, checked as Atlas checks it. */
    private TxMode modeFor(MigrationFile f) {
        List<String> ds = f.directive("txmode");
        if (ds.size() > 1) {
            throw new StrataException("multiple txmode values found in file " + GoQuote.string(f.name()) + ": ["
                    + String.join(" ", ds.stream().map(GoQuote::string).toList()) + "]");
        }
        if (ds.isEmpty()) {
            return txMode;
        }
        String d = ds.get(0);
        if (d.equals("all")) {
            throw new StrataException("txmode \"all\" is not allowed in file directive " + GoQuote.string(f.name())
                    + ". Use \"file\" instead");
        }
        if (!d.equals("none") && !d.equals("file")) {
            throw new StrataException("unknown txmode " + GoQuote.string(d) + " found in file directive "
                    + GoQuote.string(f.name()));
        }
        TxMode mode = TxMode.parse(d);
        if (mode != txMode && txMode == TxMode.ALL) {
            throw new StrataException("cannot set txmode directive to " + GoQuote.string(d) + " in "
                    + GoQuote.string(f.name()) + " when txmode \"all\" is set globally");
        }
        return mode;
    }

    private void runFile(Prepared p, boolean inRunTransaction) {
        MigrationFile f = p.file();
        List<Statement> stmts = p.statements();
        Revision row = startingRow(p);
        int skip = row.applied();
        listener.on(new ApplyEvent.FileStarted(f, skip));
        if (dryRun) {
            for (Statement s : stmts.subList(skip, stmts.size())) {
                listener.on(new ApplyEvent.StatementStarted(f, s));
            }
            listener.on(new ApplyEvent.FileApplied(f, Duration.ZERO));
            return;
        }
        boolean ownTransaction = p.mode() == TxMode.FILE || p.mode() == TxMode.ALL && !inRunTransaction;
        boolean inTransaction = ownTransaction || inRunTransaction;
        long start = System.nanoTime();
        int durable = skip;
        boolean recorded = false;
        // A progress record still to commit, sent in one round trip with the next statement.
        Revision progress = null;
        // Whether the file's last statement took its record and commit with it.
        boolean finished = false;
        try {
            if (!java.util.Objects.equals(p.lockWait(), sessionLockWait)) {
                session.setLockWait(p.lockWait());
                sessionLockWait = p.lockWait();
            }
            if (ownTransaction) {
                session.begin();
            } else if (!inRunTransaction) {
                session.autocommit();
            }
            for (int k = skip; k < stmts.size(); k++) {
                Statement s = stmts.get(k);
                if (interruption.requested()) {
                    throw stop(p, row, skip, durable, recorded, start);
                }
                boolean selfCommitting = selfCommitting(stmts, k, inTransaction);
                boolean committedBefore = false;
                Packet packet = new Packet(null, false, null);
                if (selfCommitting) {
                    Revision inDoubt = row.withProgress(k, p.storedHashes(k),
                            Revision.IN_DOUBT + "statement " + (k + 1) + " (line " + s.line() + ") was started",
                            s.text(), elapsed(start));
                    // The record, and the statements before, must outlive a crash.
                    committedBefore = inTransaction && commits.commitsBefore(s.text());
                    if (inTransaction && !committedBefore) {
                        writeAndCommit(inDoubt);
                    } else if (committedBefore && table.canSendWith(s.text())) {
                        // Sent with the statement: the database's commit before it makes the row durable.
                        packet = new Packet(inDoubt.withOperator(operator), false, null);
                    } else {
                        write(inDoubt);
                    }
                    recorded = true;
                    durable = k;
                } else {
                    // The last statement carries the final record; its time is taken as it is
                    // sent, so the recorded execution time leaves out that statement's own.
                    Revision done = k == stmts.size() - 1 && ownTransaction && table.canSendAfter(s.text())
                            ? row.withProgress(stmts.size(), List.of(), "", "", elapsed(start)).withOperator(operator)
                            : null;
                    packet = new Packet(progress, progress != null, done);
                    progress = null;
                }
                listener.on(new ApplyEvent.StatementStarted(f, s));
                try {
                    executeWithRetries(p, s, k, inTransaction && !selfCommitting, packet);
                } catch (SQLException e) {
                    if (interruption.requested() && !commits.commitsImplicitly(s.text())) {
                        throw stop(p, row, skip, durable, recorded, start); // Cancelled: the database undid it.
                    }
                    throw failed(p, row, s, durable, inTransaction, committedBefore, start, e);
                }
                finished = packet.after() != null;
                if (selfCommitting) {
                    durable = k + 1;
                    if (k + 1 < stmts.size() && !selfCommitting(stmts, k + 1, inTransaction)) {
                        // Close the window at once: the next record would come only after the
                        // transactional statements that follow, and a crash among them would leave
                        // this statement in doubt although it completed. Committed first thing in
                        // the next statement's round trip where the database allows, else now.
                        Revision next = row.withProgress(k + 1, p.storedHashes(k + 1), "", "",
                                elapsed(start)).withOperator(operator);
                        if (retries == 0 && table.canSendWith(stmts.get(k + 1).text())) {
                            progress = next;
                        } else {
                            writeAndCommit(next);
                        }
                    }
                }
            }
            if (!finished) {
                if (interruption.requested() && durable < stmts.size()) {
                    throw stop(p, row, skip, durable, recorded, start);
                }
                Revision done = row.withProgress(stmts.size(), List.of(), "", "", elapsed(start));
                if (ownTransaction) {
                    writeAndCommit(done); // one round trip where the database allows
                } else {
                    write(done);
                }
            }
        } catch (SQLException e) {
            session.rollbackQuietly();
            String error = session.errorText(e);
            listener.on(new ApplyEvent.FileFailed(f, null, error));
            throw new StrataException(where(f) + ": " + error, e);
        }
        listener.on(new ApplyEvent.FileApplied(f, elapsed(start)));
    }

    /** Whether a statement commits on its own: any statement outside a transaction, DDL on MySQL. */
    private boolean selfCommitting(List<Statement> stmts, int k, boolean inTransaction) {
        return !inTransaction || commits.commitsImplicitly(stmts.get(k).text());
    }

    /**
     * Runs a statement; one that gave up waiting for a lock is tried again, up to {@code --ddl-retries}
     * times, after a pause that lets the application's queued queries through. Inside a transaction a
     * savepoint undoes the failed attempt, which would otherwise abort the transaction.
     *
     * @param packet the revision rows to send in the same round trip as the statement
     */
    private void executeWithRetries(Prepared p, Statement s, int index, boolean savepoints, Packet packet)
            throws SQLException {
        for (int attempt = 1; ; attempt++) {
            Savepoint savepoint = retries > 0 && savepoints ? session.connection().setSavepoint() : null;
            try {
                interruption.doing("version " + p.file().version() + ", statement " + (index + 1) + " (line "
                        + s.line() + ")");
                java.util.function.Consumer<java.sql.Statement> running =
                        st -> interruption.running(st, commits.commitsImplicitly(s.text()));
                if (packet.isEmpty()) {
                    session.execute(s.text(), running);
                } else {
                    table.send(packet.before(), packet.commitBefore(), s.text(), packet.after(), running);
                }
                return;
            } catch (SQLException e) {
                if (interruption.requested() || attempt > retries || !session.isLockWaitTimeout(e)
                        || session.isConnectionLost(e)) {
                    throw e;
                }
                if (savepoint != null) {
                    session.connection().rollback(savepoint);
                }
                listener.on(new ApplyEvent.Notice("statement " + (index + 1) + " of " + p.file().name() + " (line "
                        + s.line() + ") gave up waiting for a lock; retry " + attempt + " of " + retries));
                pause(p.lockWait());
            }
        }
    }

    private static void pause(Duration lockWait) {
        long millis = lockWait == null ? 200 : Math.min(lockWait.toMillis(), 2000);
        try {
            Thread.sleep(Math.max(1, millis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The row the file starts from: a partial one to resume, or a new one. */
    private Revision startingRow(Prepared p) {
        MigrationFile f = p.file();
        Revision row = rows.get(f.version());
        if (row == null || !row.isPartial()) {
            return Revision.executing(f, p.statements().size(), p.hash(), Instant.now(), operator);
        }
        if (row.isInDoubt()) {
            Statement s = row.applied() < p.statements().size() ? p.statements().get(row.applied()) : null;
            InDoubtException e = new InDoubtException(where(f), row.applied() + 1, s == null ? 0 : s.line(),
                    s == null ? row.errorStatement() : s.text());
            listener.on(new ApplyEvent.Failed(e.getMessage()));
            throw e;
        }
        List<String> stored = row.partialHashes();
        List<String> hashes = p.hashes();
        for (int i = 0; i < row.applied(); i++) {
            String expected = i < stored.size() ? stored.get(i).replaceFirst("^h1:", "") : "";
            if (i >= hashes.size() || !hashes.get(i).equals(expected)) {
                String msg = "history changed: statement " + (i + 1) + " from file " + GoQuote.string(f.name())
                        + " changed after it ran (only statements that have not run may be edited)";
                listener.on(new ApplyEvent.Failed(msg));
                throw new StrataException(msg);
            }
        }
        // Atlas keeps the first total and hash; the file may have been fixed and re-hashed since.
        return row.withFile(p.statements().size(), p.hash()).withOperator(operator);
    }

    /**
     * Records a failed statement and builds the error. Where the database rolls the whole file back
     * (transactional DDL) nothing is recorded, as with Atlas; otherwise the row keeps the statements
     * whose effects are committed, so a re-run resumes right after them.
     */
    private StrataException failed(Prepared p, Revision row, Statement s, int durable, boolean inTransaction,
                                   boolean committedBefore, long start, SQLException e) {
        MigrationFile f = p.file();
        String error = session.errorText(e);
        listener.on(new ApplyEvent.FileFailed(f, s, error));
        String message = "executing statement " + GoQuote.string(s.text()) + " from version "
                + GoQuote.string(f.version()) + " (" + where(f) + ":" + s.line() + "): " + error;
        if (session.isConnectionLost(e)) {
            return new StatementFailedException("connection to the database lost while " + message, e);
        }
        if (committedBefore) {
            // The database's commit before the statement may not have come (a statement refused
            // before it started): the record, and the statements before it, are committed now, as
            // the record says. After that commit there is nothing left to roll back.
            try {
                session.commitAndContinue();
            } catch (SQLException c) {
                message += " (committing the progress failed too: " + session.errorText(c) + ")";
            }
        }
        if (inTransaction) {
            session.rollbackQuietly();
        }
        if (!(inTransaction && commits.transactionalDdl())) {
            try {
                write(row.withProgress(durable, p.storedHashes(durable), error, s.text(),
                        elapsed(start)));
            } catch (SQLException w) {
                message += " (recording the failure failed too: " + session.errorText(w) + ")";
            }
        }
        return new StatementFailedException(message, e);
    }

    /**
     * Stops a file because the run was interrupted: rolls back what its transaction holds and records
     * the statements whose effects are committed (a MySQL DDL statement let finish), so the next run
     * resumes after them. A row written only to bracket a statement that was then cancelled goes.
     */
    private RunInterruptedException stop(Prepared p, Revision row, int skip, int durable, boolean recorded,
                                         long start) throws SQLException {
        session.rollbackQuietly();
        String version = p.file().version();
        if (oneTransaction) {
            return new RunInterruptedException("interrupted: version " + version + " rolled back, with the "
                    + applied.size() + " files before it in the run's one transaction");
        }
        if (recorded) {
            if (durable == 0 && rows.get(version) == null) {
                table.delete(version);
            } else {
                write(row.withProgress(durable, p.storedHashes(durable), "", "", elapsed(start)));
            }
        }
        listener.on(new ApplyEvent.FileFailed(p.file(), null, "interrupted"));
        if (durable == skip) {
            return new RunInterruptedException("interrupted: version " + version + " rolled back"
                    + (applied.isEmpty() ? "" : "; version " + applied.get(applied.size() - 1)
                    + " before it completed and recorded"));
        }
        return new RunInterruptedException("interrupted: version " + version + " stopped after statement " + durable
                + " of " + p.statements().size() + ", which completed and is recorded; the next run resumes there");
    }

    /** What an interruption between files leaves: the files before applied, the rest not started. */
    String interruptedBetweenFiles() {
        return applied.isEmpty() ? "interrupted: no file applied"
                : "interrupted: version " + applied.get(applied.size() - 1) + " completed and recorded";
    }

    private void write(Revision r) throws SQLException {
        table.write(r.withOperator(operator));
    }

    /** Writes the row and commits the transaction, the row with it. */
    private void writeAndCommit(Revision r) throws SQLException {
        table.writeAndCommit(r.withOperator(operator));
    }

    /**
     * The revision rows that travel with a statement: a row written before it (committed first when
     * {@code commitBefore}), and a row written and committed after it; either may be null.
     */
    private record Packet(Revision before, boolean commitBefore, Revision after) {
        boolean isEmpty() {
            return before == null && after == null;
        }
    }

    private static Duration elapsed(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
