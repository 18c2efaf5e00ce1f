package dev.strata.migrate.adopt;

import dev.strata.StrataException;
import dev.strata.UsageException;
import dev.strata.dialect.Locker;
import dev.strata.dialect.MigrationLock;
import dev.strata.dialect.Session;
import dev.strata.migrate.MigrationFile;
import dev.strata.migrate.Names;
import dev.strata.migrate.exec.CheckedDir;
import dev.strata.migrate.exec.MigrateSettings;
import dev.strata.migrate.exec.Revision;
import dev.strata.migrate.exec.RevisionTable;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code migrate adopt}: takes over a database another tool migrated. Reads that tool's history,
 * checks that every migration it applied is a file of the (imported) directory, and writes one
 * resolved revision per applied file, as {@code migrate set} would, so that the next
 * {@code migrate apply} runs only the files the old tool had not. Everything happens under the
 * migration lock, and the rows are written in one transaction.
 */
public final class Adopter {

    private final Session session;
    private final CheckedDir dir;
    private final AdoptSettings settings;
    private final OldTool tool;

    public Adopter(Session session, CheckedDir dir, AdoptSettings settings) {
        this.session = session;
        this.dir = dir;
        this.settings = settings;
        this.tool = OldTools.named(settings.tool());
    }

    /**
     * @throws AdoptRefusedException when the history has failed entries or migrations with no file
     * @throws StrataException       when the revisions table already has rows, or the history table is missing
     */
    public AdoptResult adopt() {
        Locker locker = session.dialect().locker(session);
        try (MigrationLock lock = locker.lock(MigrateSettings.ATLAS_LOCK, settings.lockTimeout())) {
            RevisionTable table = RevisionTable.open(session, settings.revisionsSchema());
            String revisions = table.schema() + "." + RevisionTable.NAME;
            requireNoRevisions(table, revisions);
            HistoryTable history = history();
            Findings findings = tool.read(history, new DirFiles(dir.files(), dir.dir().location()));
            if (!findings.problems().isEmpty()) {
                throw new AdoptRefusedException(history.display(), findings.problems());
            }
            List<AdoptedFile> adopted = new ArrayList<>();
            List<String> pending = new ArrayList<>();
            for (MigrationFile f : dir.files()) {
                AdoptedFile a = findings.adopted(f.name());
                if (a == null) {
                    pending.add(f.name());
                } else {
                    adopted.add(a);
                }
            }
            List<String> outOfOrder = adopted.isEmpty() ? List.of() : pending.stream()
                    .filter(p -> Names.compare(p, adopted.get(adopted.size() - 1).file()) < 0).toList();
            if (!settings.dryRun()) {
                write(table, revisions, adopted);
            }
            return new AdoptResult(tool.name(), history.display(), revisions, adopted, pending, outOfOrder,
                    findings.notes(), settings.dryRun());
        } catch (SQLException e) {
            throw new StrataException("migrate adopt: " + session.errorText(e), e);
        }
    }

    private void requireNoRevisions(RevisionTable table, String revisions) throws SQLException {
        int rows = table.existed() ? table.read().size() : 0;
        if (rows > 0) {
            throw new StrataException(revisions + " already has " + rows + (rows == 1 ? " revision" : " revisions")
                    + ": this database is already run by Strata or Atlas, and adopt only starts an empty table"
                    + " (see 'strata migrate status'; delete those rows to adopt again)");
        }
    }

    private HistoryTable history() throws SQLException {
        String name = settings.historyTable() == null || settings.historyTable().isEmpty() ? tool.defaultTable()
                : settings.historyTable();
        String schema;
        int dot = name.indexOf('.');
        if (dot > 0) {
            schema = name.substring(0, dot);
            name = name.substring(dot + 1);
        } else {
            schema = session.dialect().catalog(session).currentSchema();
        }
        if (name.isEmpty()) {
            throw new UsageException("--history-table " + settings.historyTable() + " names no table");
        }
        String wanted = name;
        return HistoryTable.find(session, schema, name).orElseThrow(() -> new StrataException("no " + tool.name()
                + " history table " + wanted + " in schema " + schema + ": is this the database " + tool.name()
                + " migrated? (name another table with --history-table)"));
    }

    private void write(RevisionTable table, String revisions, List<AdoptedFile> adopted) throws SQLException {
        table.ensure(); // DDL, which MySQL would commit anyway: before the transaction.
        session.begin();
        try {
            requireNoRevisions(table, revisions);
            Map<String, String> hashes = dir.sums().hashesByName();
            for (AdoptedFile a : adopted) {
                String hash = hashes.get(a.file());
                if (hash == null) {
                    throw new StrataException("checksum not found for " + a.file());
                }
                table.write(Revision.resolved(a.version(), a.description(), hash,
                        a.executedAt() == null ? Instant.now() : a.executedAt(), a.executionTime(), settings.operator()));
            }
            session.commit();
        } finally {
            session.rollbackQuietly();
        }
    }
}
