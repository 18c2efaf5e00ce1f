package dev.strata.migrate.exec;

import dev.strata.StrataException;
import dev.strata.migrate.MigrationFile;
import dev.strata.migrate.Names;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which files are pending, exactly as Atlas's executor does (its {@code Pending}): the first
 * run, a baseline, a partially applied last file, checkpoints, and files added out of order.
 */
public final class Planner {

    /** The clean-database check of a first run, given by the dialect. */
    @FunctionalInterface
    public interface CleanCheck {
        Optional<String> dirtyReason() throws SQLException;
    }

    private Planner() {
    }

    /**
     * @param files      every file of the directory, in order
     * @param rows       the revision rows, in version order
     * @param baseline   the {@code --baseline} version, or null
     * @param allowDirty whether {@code --allow-dirty} was given
     * @param clean      the dialect's clean check, asked only on a first run
     */
    public static Plan plan(List<MigrationFile> files, List<Revision> rows, ExecOrder order, String baseline,
                            boolean allowDirty, CleanCheck clean) throws SQLException {
        List<MigrationFile> migrations = files.stream().filter(f -> !f.isCheckpoint()).toList();
        if (rows.isEmpty()) {
            return firstRun(files, migrations, baseline, allowDirty, clean);
        }
        Revision last = rows.get(rows.size() - 1);
        boolean partial = last.isPartial();
        if (partial && !files.isEmpty()) {
            for (int i = 0; i < files.size(); i++) {
                MigrationFile f = files.get(i);
                if (f.version().equals(last.version()) && f.isCheckpoint()) {
                    // A partially applied checkpoint: it and everything after it are pending.
                    List<MigrationFile> pending = new ArrayList<>(List.of(f));
                    files.subList(i, files.size()).stream().filter(x -> !x.isCheckpoint()).forEach(pending::add);
                    return new Plan(pending, null, List.of());
                }
            }
        }
        if (migrations.isEmpty()) {
            return new Plan(List.of(), null, List.of());
        }
        int idx = -1;
        for (int i = migrations.size() - 1; i >= 0; i--) {
            int cmp = Names.compare(migrations.get(i).version(), last.version());
            if (partial ? cmp == 0 : cmp <= 0) {
                idx = i;
                break;
            }
        }
        if (idx == -1) {
            if (partial) {
                throw new StrataException("missing migration: revision \"" + last.version() + "_"
                        + last.description() + ".sql\" is partially applied but migration file was not found");
            }
            return new Plan(migrations, null, List.of());
        }
        if (!partial) {
            idx++;
        }
        List<MigrationFile> pending = new ArrayList<>(migrations.subList(idx, migrations.size()));
        List<MigrationFile> skipped = outOfOrder(migrations, rows, idx);
        if (!skipped.isEmpty()) {
            switch (order) {
                case NON_LINEAR -> pending.addAll(0, skipped);
                case LINEAR -> throw new OutOfOrderException(skipped, pending);
                case LINEAR_SKIP -> {
                }
            }
        }
        return new Plan(pending, null, skipped);
    }

    private static Plan firstRun(List<MigrationFile> files, List<MigrationFile> migrations, String baseline,
                                 boolean allowDirty, CleanCheck clean) throws SQLException {
        if (!allowDirty) {
            Optional<String> dirty = clean.dirtyReason();
            if (dirty.isPresent() && baseline == null) {
                throw new StrataException("connected database is not clean: " + dirty.get()
                        + ". baseline version or allow-dirty is required");
            }
        }
        if (baseline != null) {
            int at = -1;
            for (int i = 0; i < migrations.size(); i++) {
                if (migrations.get(i).version().equals(baseline)) {
                    at = i;
                }
            }
            if (at == -1) {
                throw new StrataException("baseline version \"" + baseline + "\" not found");
            }
            MigrationFile f = migrations.get(at);
            Revision row = new Revision(f.version(), f.description(), Revision.BASELINE, 0, 0, Instant.now(), null,
                    "", "", "", List.of(), "");
            return new Plan(migrations.subList(at + 1, migrations.size()), row, List.of());
        }
        return new Plan(fromLastCheckpoint(files), null, List.of());
    }

    /** Every file from the last checkpoint on, or every file when there is none. */
    static List<MigrationFile> fromLastCheckpoint(List<MigrationFile> files) {
        for (int i = files.size() - 1; i >= 0; i--) {
            if (files.get(i).isCheckpoint()) {
                return files.subList(i, files.size());
            }
        }
        return files;
    }

    /** Files between the first row's version and the resume point that have no row. */
    private static List<MigrationFile> outOfOrder(List<MigrationFile> migrations, List<Revision> rows, int idx) {
        String firstVersion = rows.get(0).version();
        int first = -1;
        for (int i = 0; i < idx; i++) {
            if (Names.compare(migrations.get(i).version(), firstVersion) >= 0) {
                first = i;
                break;
            }
        }
        if (first == -1) {
            return List.of();
        }
        Set<String> applied = new HashSet<>();
        rows.forEach(r -> applied.add(r.version()));
        List<MigrationFile> skipped = new ArrayList<>();
        for (MigrationFile f : migrations.subList(first, idx)) {
            if (!applied.contains(f.version())) {
                skipped.add(f);
            }
        }
        return skipped;
    }
}
