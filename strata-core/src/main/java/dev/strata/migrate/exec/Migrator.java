package dev.strata.migrate.exec;

import dev.strata.StrataException;
import dev.strata.UsageException;
import dev.strata.dialect.CleanCheck;
import dev.strata.dialect.Locker;
import dev.strata.dialect.MigrationLock;
import dev.strata.dialect.Session;
import dev.strata.migrate.MigrationFile;
import dev.strata.migrate.Names;
import dev.strata.migrate.SumFile;
import dev.strata.migrate.lex.ScanException;
import dev.strata.migrate.lex.Scanner;
import dev.strata.migrate.lex.Statement;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The versioned-migration operations on one database session: apply, status and set. */
public final class Migrator {

    private final Session session;
    private final CheckedDir dir;
    private final MigrateSettings settings;
    private final RevisionStore.Opener store;
    private final Interruption interruption;
    private final EarlyLock early;

    /**
     * @param dir the directory, already checked against its atlas.sum: that check comes before the
     *            database is even contacted
     */
    public Migrator(Session session, CheckedDir dir, MigrateSettings settings) {
        this(session, dir, settings, new Interruption());
    }

    /** @param interruption stops {@link #apply} from another thread (a shutdown hook) */
    public Migrator(Session session, CheckedDir dir, MigrateSettings settings, Interruption interruption) {
        this(session, dir, settings, interruption, null);
    }

    /** @param early the lock and rows {@link #apply} uses instead of taking them, or null */
    public Migrator(Session session, CheckedDir dir, MigrateSettings settings, Interruption interruption,
                    EarlyLock early) {
        this(session, dir, settings, RevisionTable::open, interruption, early);
    }

    /** @param store opens where the rows are kept: the revisions table, or a test's memory */
    Migrator(Session session, CheckedDir dir, MigrateSettings settings, RevisionStore.Opener store) {
        this(session, dir, settings, store, new Interruption(), null);
    }

    private Migrator(Session session, CheckedDir dir, MigrateSettings settings, RevisionStore.Opener store,
                     Interruption interruption, EarlyLock early) {
        this.session = session;
        this.dir = dir;
        this.settings = settings;
        this.store = store;
        this.interruption = interruption;
        this.early = early;
    }

    /**
     * Applies pending files, at most {@code amount} of them (0 for all).
     *
     * @throws ApplyException when the run fails; it carries the result so far; its cause is a
     *                        {@link RunInterruptedException} when the {@link Interruption} stopped it
     */
    public ApplyResult apply(int amount, MigrationListener listener) {
        return apply(amount, null, listener);
    }

    /**
     * Applies the pending files up to and including {@code toVersion}, at most {@code amount} of them
     * (0 for all); {@code toVersion} null sets no bound.
     *
     * @throws UsageException when no file of the directory has that version
     * @throws ApplyException when the run fails, as {@link #apply(int, MigrationListener)}
     */
    public ApplyResult apply(int amount, String toVersion, MigrationListener listener) {
        if (toVersion != null && dir.files().stream().noneMatch(f -> f.version().equals(toVersion))) {
            throw new UsageException("--to-version " + toVersion + ": migration with version \"" + toVersion
                    + "\" not found in " + dir.dir().location());
        }
        Interruption.Run run = interruption.start();
        String outcome = "interrupted: the run ended";
        try {
            ApplyResult r = apply(amount, toVersion, listener, run);
            outcome = r.files().isEmpty() ? "interrupted: no file applied" : "interrupted: version "
                    + r.files().get(r.files().size() - 1).file().version() + " completed and recorded";
            return r;
        } catch (ApplyException e) {
            outcome = e.getCause() instanceof RunInterruptedException ? e.getMessage()
                    : "interrupted: the run failed: " + e.getMessage();
            throw e;
        } finally {
            run.end(outcome); // After the lock is released and the transaction rolled back.
        }
    }

    private ApplyResult apply(int amount, String toVersion, MigrationListener listener, Interruption.Run run) {
        ApplyCollector collector = new ApplyCollector(listener);
        try (MigrationLock lock = early != null ? early.take() : lock(collector)) {
            RevisionStore table = early != null ? early.table() : openTable();
            String schema = table.schema();
            boolean exists = table.existed();
            if (!exists) {
                noticeMissingBoundSchema(schema, collector);
            }
            List<Revision> rows = new ArrayList<>();
            if (exists) {
                if (!settings.dryRun()) {
                    table.ensure();
                }
                rows.addAll(early != null ? early.rows() : table.readToPlan());
            }
            collector.current(rows.isEmpty() ? "" : rows.get(rows.size() - 1).version());
            if (!rows.isEmpty() && rows.get(rows.size() - 1).isUnfinishedDown()) {
                Revision last = rows.get(rows.size() - 1);
                throw new StrataException("version " + last.version() + ": a migrate down did not finish ("
                        + last.error() + "; statement: " + last.errorStatement() + "): run the same migrate down"
                        + " again to finish it");
            }
            if (settings.verifyApplied()) {
                EditedFiles.refuseEdited(dir, rows);
            }
            List<String> missing = MissingFiles.versions(dir.files(), rows);
            if (!missing.isEmpty()) {
                MissingFiles.checkNotEmpty(missing, dir.files(), dir.dir().location(), settings.execOrder());
                collector.on(new ApplyEvent.Notice(MissingFiles.notice(missing, dir.files(), dir.dir().location())));
            }
            CleanCheck clean = session.dialect().cleanCheck(session);
            PendingFiles plan = PendingFiles.of(dir.files(), rows, settings.execOrder(), settings.baseline(),
                    settings.allowDirty(), () -> clean.dirtyReason(schema, RevisionTable.NAME)).first(amount)
                    .upTo(toVersion);
            Revision baseline = plan.baseline() == null ? null : plan.baseline().withOperator(settings.operator());
            if (baseline != null) {
                rows.add(baseline);
            }
            List<MigrationFile> pending = plan.pending();
            Map<String, Revision> byVersion = new HashMap<>();
            rows.forEach(r -> byVersion.put(r.version(), r));
            Executor executor = new Executor(session, table, settings, dir.sums(), dir.dir().location(), byVersion,
                    collector, run);
            if (!pending.isEmpty()) {
                String current = rows.isEmpty() ? "" : rows.get(rows.size() - 1).version();
                collector.on(new ApplyEvent.Planned(current, pending.get(pending.size() - 1).version(), pending));
            }
            // Everything that can be refused is checked before the database is first written to.
            List<Prepared> prepared = executor.prepare(pending);
            if (!settings.dryRun()) {
                if (!exists) {
                    table.ensure();
                }
                if (baseline != null) {
                    table.write(baseline);
                }
            }
            executor.run(prepared);
            return collector.result(null);
        } catch (UsageException e) {
            throw e; // A revisions schema the database cannot hold: bad usage, not a failed run.
        } catch (StrataException e) {
            throw new ApplyException(e, collector.result(e.getMessage()));
        } catch (SQLException e) {
            StrataException wrapped = new StrataException(session.errorText(e), e);
            throw new ApplyException(wrapped, collector.result(wrapped.getMessage()));
        }
    }

    /**
     * A schema the URL binds (PostgreSQL's {@code search_path}) that does not exist is created with
     * the revisions table and migrated into, as Atlas does; one mistyped letter would make a second
     * copy of the application's schema, so the run says so.
     */
    private void noticeMissingBoundSchema(String schema, MigrationListener listener) {
        if (!session.boundSchema().map(schema::equals).orElse(false)) {
            return;
        }
        String current;
        try {
            current = session.dialect().catalog(session).currentSchema();
        } catch (StrataException | SQLException e) {
            current = null; // No schema of the search path exists.
        }
        if (!schema.equals(current)) {
            listener.on(new ApplyEvent.Notice("schema \"" + schema + "\", which the database URL names, does not exist:"
                    + (settings.dryRun() ? " a run would create it and migrate into it" : " creating it and migrating"
                    + " into it") + " (check the URL for a typo)"));
        }
    }

    /** The migration status, without taking a lock or changing anything. */
    public StatusResult status() {
        List<MigrationFile> files = dir.files();
        try {
            RevisionStore table = openTable();
            List<Revision> rows = table.existed() ? table.read() : List.of();
            List<String> missing = MissingFiles.versions(files, rows);
            Optional<String> current = rows.isEmpty() ? Optional.empty()
                    : Optional.of(rows.get(rows.size() - 1).version());
            List<MigrationFile> available;
            List<MigrationFile> pending;
            if (rows.isEmpty()) {
                available = PendingFiles.fromLastCheckpoint(files);
                pending = available;
            } else {
                try {
                    pending = PendingFiles.of(files, rows, ExecOrder.LINEAR, null, true, null).pending();
                } catch (OutOfOrderException e) {
                    return new StatusResult(files, e.pending(), e.outOfOrder(), rows, missing, current,
                            Optional.empty(), 0, 0, "PENDING", e.getMessage(), "");
                }
                available = files;
            }
            Optional<String> next = pending.isEmpty() ? Optional.empty() : Optional.of(pending.get(0).version());
            String status = pending.isEmpty() ? "OK" : "PENDING";
            if (!rows.isEmpty()) {
                Revision last = rows.get(rows.size() - 1);
                if ((last.type() & Revision.RESOLVED) == 0 && last.applied() < last.total()) {
                    int total = missing.contains(last.version()) ? last.total()
                            : statementCount(available, last.version());
                    return new StatusResult(available, pending, List.of(), rows, missing, current, next,
                            last.applied(), total, status, last.error().replace("\n", " "),
                            last.errorStatement().replace("\n", " "));
                }
            }
            String unfinished = rows.isEmpty() || !rows.get(rows.size() - 1).isUnfinishedDown() ? ""
                    : "version " + rows.get(rows.size() - 1).version() + ": a migrate down did not finish ("
                    + rows.get(rows.size() - 1).error() + "): run the same migrate down again to finish it";
            return new StatusResult(available, pending, List.of(), rows, missing, current, next, 0, 0, status,
                    unfinished, "");
        } catch (SQLException e) {
            throw new StrataException("reading the revisions table: " + session.errorText(e), e);
        }
    }

    private int statementCount(List<MigrationFile> files, String version) {
        for (int i = files.size() - 1; i >= 0; i--) {
            if (files.get(i).version().equals(version)) {
                try {
                    return Scanner.scan(files.get(i).text(), session.dialect().scanOptions()).size();
                } catch (ScanException e) {
                    throw new StrataException(dir.dir().location() + "/" + files.get(i).name() + ":" + e.getMessage());
                }
            }
        }
        throw new StrataException("migration file with version \"" + version + "\" not found");
    }

    /**
     * Repairs the revisions table by hand, as Atlas's {@code migrate set}: rows after the target are
     * removed, an errored or partial target row is marked resolved, and files up to the target get
     * rows marked resolved.
     *
     * @param version the target version, or null for the last file's version (then rows must exist)
     */
    public SetResult set(String version) {
        List<MigrationFile> files = dir.files();
        if (version != null && files.stream().noneMatch(f -> f.version().equals(version))) {
            throw new UsageException("migration with version \"" + version + "\" not found");
        }
        try (MigrationLock lock = locker().lock(settings.lockName(), Duration.ZERO)) {
            RevisionStore table = openTable();
            table.ensure();
            session.begin();
            try {
                SetResult result = set(table, files, dir.sums(), version);
                session.commit();
                return result;
            } finally {
                session.rollbackQuietly();
            }
        } catch (SQLException e) {
            throw new StrataException("migrate set: " + session.errorText(e), e);
        }
    }

    private SetResult set(RevisionStore table, List<MigrationFile> files, SumFile sums, String version)
            throws SQLException {
        List<Revision> rows = table.read();
        String target;
        if (version == null) {
            if (rows.isEmpty()) {
                // Atlas's words first (its scripts match them), then why.
                throw new UsageException("accepts 1 arg(s), received 0: the database has no revisions yet, so"
                        + " migrate set needs a version");
            }
            target = files.isEmpty() ? "" : files.get(files.size() - 1).version();
        } else {
            target = version;
        }
        List<SetResult.Row> changes = new ArrayList<>();
        for (Revision r : rows) {
            int cmp = Names.compare(r.version(), target);
            if (cmp > 0) {
                table.delete(r.version());
                changes.add(new SetResult.Row(r.version(), r.description(), true));
            } else if (cmp == 0 && (!r.error().isEmpty() || r.isPartial())) {
                table.write(r.withType(Revision.EXECUTED | Revision.RESOLVED));
                changes.add(new SetResult.Row(r.version(), r.description(), false));
            }
        }
        rows = table.read();
        String lastRow = rows.isEmpty() ? null : rows.get(rows.size() - 1).version();
        if (lastRow == null || Names.compare(target, lastRow) > 0) {
            Map<String, String> hashes = sums.hashesByName();
            for (MigrationFile f : files) {
                if (Names.compare(f.version(), target) > 0) {
                    break;
                }
                if (lastRow != null && Names.compare(f.version(), lastRow) <= 0) {
                    continue;
                }
                String hash = hashes.get(f.name());
                if (hash == null) {
                    throw new StrataException("checksum not found for " + f.name());
                }
                table.write(Revision.resolved(f.version(), f.description(), hash, Instant.now(), Duration.ZERO,
                        settings.operator()));
                changes.add(new SetResult.Row(f.version(), f.description(), false));
            }
        }
        rows = table.read();
        changes.sort((a, b) -> Names.compare(a.version(), b.version()));
        return new SetResult(rows.isEmpty() ? "" : rows.get(rows.size() - 1).version(), changes);
    }

    /**
     * Settles the statement in doubt of the last row, after the operator checked the database.
     *
     * @return the file and statement settled, for the report
     */
    public String resolveInDoubt(InDoubt resolution) {
        List<MigrationFile> files = dir.files();
        try (MigrationLock lock = locker().lock(settings.lockName(), Duration.ZERO)) {
            RevisionStore table = openTable();
            List<Revision> rows = table.existed() ? table.read() : List.of();
            Revision last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
            if (last == null || !last.isInDoubt() || !last.isPartial()) {
                throw new StrataException("no statement is in doubt: the last revision is "
                        + (last == null ? "missing" : last.version() + " and complete or settled"));
            }
            MigrationFile file = files.stream().filter(f -> f.version().equals(last.version())).findFirst()
                    .orElseThrow(() -> new StrataException("migration file with version \"" + last.version()
                            + "\" not found"));
            List<Statement> stmts;
            try {
                stmts = Scanner.scan(file.text(), session.dialect().scanOptions());
            } catch (ScanException e) {
                throw new StrataException(dir.dir().location() + "/" + file.name() + ":" + e.getMessage());
            }
            int applied = resolution == InDoubt.DONE ? last.applied() + 1 : last.applied();
            if (applied > stmts.size()) {
                throw new StrataException(file.name() + " has only " + stmts.size() + " statements");
            }
            Revision settled = last.withProgress(applied, applied == stmts.size() ? List.of()
                    : new StatementHashes(stmts).stored(applied), "", "", last.executionTime())
                    .withFile(stmts.size(), last.hash()).withOperator(settings.operator());
            table.write(settled);
            return "statement " + (last.applied() + 1) + " of " + file.name() + " marked "
                    + (resolution == InDoubt.DONE ? "done" : "not done") + " (" + applied + " of " + stmts.size()
                    + " statements applied)";
        } catch (SQLException e) {
            throw new StrataException("migrate set: " + session.errorText(e), e);
        }
    }

    /** Takes the migration lock for apply, saying so when another session makes it wait. */
    private MigrationLock lock(MigrationListener listener) throws SQLException {
        try (LockWaitNotice notice = new LockWaitNotice(listener, settings.lockTimeout())) {
            return locker().lock(settings.lockName(), settings.lockTimeout());
        }
    }

    private Locker locker() {
        return session.dialect().locker(session);
    }

    private RevisionStore openTable() throws SQLException {
        return store.open(session, settings.revisionsSchema());
    }
}
