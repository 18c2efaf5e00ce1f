package dev.strata.down;

import dev.strata.StrataException;
import dev.strata.UsageException;
import dev.strata.declare.Declarative;
import dev.strata.declare.SchemaDiff;
import dev.strata.declare.Scope;
import dev.strata.declare.State;
import dev.strata.dialect.DdlPlan;
import dev.strata.dialect.Session;
import dev.strata.migrate.LocalDir;
import dev.strata.migrate.MigrationFile;
import dev.strata.migrate.Names;
import dev.strata.migrate.exec.CheckedDir;
import dev.strata.migrate.exec.Revision;
import dev.strata.migrate.exec.RevisionTable;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Plans a down: the target version from the revisions table, the target schema from the directory
 * replayed on the dev database, the statements from the differ (live to target), and the data each
 * statement would lose, counted on the live rows. Nothing changes; {@link DownRun} applies the plan.
 */
public final class Down {

    private Down() {
    }

    /**
     * @param d               owns the dev database the directory is replayed on
     * @param live            the database to take down; the caller's to close
     * @param revisionsSchema the schema of the revisions table, or null for the default
     * @throws UsageException  when the target is not an applied version before the current one
     * @throws StrataException when the revisions, the directory or a database cannot be read
     */
    public static DownPlan plan(Declarative d, Session live, Path dir, DownTarget target, String revisionsSchema,
                                Scope scope) {
        CheckedDir checked = CheckedDir.of(LocalDir.open(dir, dir.toString()));
        List<Revision> rows = rows(live, revisionsSchema);
        if (rows.isEmpty()) {
            return DownPlan.nothing("");
        }
        String current = rows.get(rows.size() - 1).version();
        String to = targetVersion(target, rows, checked.files(), dir);
        if (to.equals(current)) {
            return DownPlan.nothing(current);
        }
        List<Revision> undone = rows.stream().filter(r -> Names.compare(r.version(), to) > 0).toList();
        Set<String> versions = undone.stream().map(Revision::version).collect(Collectors.toSet());
        List<String> dataOnly = DataOnlyFiles.of(checked.files().stream()
                .filter(f -> versions.contains(f.version()) && !f.isCheckpoint()).toList(), live);
        State from = d.inspect(live, scope);
        State want = d.replay(dir, to, scope);
        SchemaDiff diff = d.diff(from, want);
        DdlPlan statements = diff.synced() ? new DdlPlan(List.of(), true) : d.planOn(diff, from, "  ");
        List<DataLossCheck> checks = DataLossCheck.of(live, diff.changes(), live.dialect().diffDialect(live));
        List<DataLoss> losses = checks.stream().map(c -> c.count(live)).toList();
        return new DownPlan(current, to, undone, dataOnly, diff, statements, checks, losses);
    }

    static List<Revision> rows(Session live, String revisionsSchema) {
        try {
            RevisionTable table = RevisionTable.open(live, revisionsSchema);
            return table.existed() ? table.read() : List.of();
        } catch (SQLException e) {
            throw new StrataException("reading the revisions table: " + live.errorText(e), e);
        }
    }

    /** The version the database is taken to: an applied one before the current (empty for none). */
    private static String targetVersion(DownTarget target, List<Revision> rows, List<MigrationFile> files, Path dir) {
        if (target instanceof DownTarget.Steps s) {
            if (s.n() > rows.size()) {
                throw new UsageException("migrate down: cannot revert " + s.n() + " versions: the database has "
                        + rows.size() + " applied");
            }
            return s.n() == rows.size() ? "" : rows.get(rows.size() - 1 - s.n()).version();
        }
        String v = target instanceof DownTarget.Tag t ? GitTag.version(dir, t.tag())
                : ((DownTarget.Version) target).version();
        String flag = target instanceof DownTarget.Tag t ? "--to-tag " + t.tag() + " (version " + v + ")"
                : "--to-version " + v;
        String current = rows.get(rows.size() - 1).version();
        if (!v.isEmpty() && files.stream().noneMatch(f -> f.version().equals(v))) {
            throw new UsageException(flag + ": migration with version \"" + v + "\" not found in " + dir);
        }
        if (Names.compare(v, current) > 0) {
            throw new UsageException(flag + ": the database is at version " + current
                    + ", before it (migrate apply goes forward)");
        }
        return v;
    }
}
