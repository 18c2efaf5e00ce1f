package dev.strata.migrate.exec;

import dev.strata.StrataException;
import dev.strata.UsageException;
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
 * The files a run would apply, in order, decided exactly as Atlas's executor decides them (its
 * {@code Executor.Pending}): the first run, a baseline, a partially applied last file, checkpoints,
 * and files added out of order. Pure: the rows come in, the database is asked only whether it is
 * clean, and only on a first run.
 *
 * @param pending    the files to run
 * @param baseline   the baseline row to write first, or null
 * @param outOfOrder files older than the last applied one that never ran (only with {@code linear-skip}
 *                   are they left out of {@code pending} without an error)
 */
record PendingFiles(List<MigrationFile> pending, Revision baseline, List<MigrationFile> outOfOrder) {

    /** Why the database is not clean, or empty: the dialect's clean check, asked only on a first run. */
    @FunctionalInterface
    interface FirstRunCheck {
        Optional<String> dirtyReason() throws SQLException;
    }

    PendingFiles {
        pending = List.copyOf(pending);
        outOfOrder = List.copyOf(outOfOrder);
    }

    /** At most {@code amount} of the pending files; 0 keeps them all. */
    PendingFiles first(int amount) {
        return amount <= 0 || amount >= pending.size() ? this
                : new PendingFiles(pending.subList(0, amount), baseline, outOfOrder);
    }

    /** The pending files up to and including {@code version}; null keeps them all. */
    PendingFiles upTo(String version) {
        return version == null ? this : new PendingFiles(pending.stream()
                .filter(f -> Names.compare(f.version(), version) <= 0).toList(), baseline, outOfOrder);
    }

    /**
     * @param files      every file of the directory, in order
     * @param rows       the revision rows, in version order
     * @param baseline   the {@code --baseline} version, or null
     * @param allowDirty whether {@code --allow-dirty} was given
     * @param clean      the dialect's clean check, asked only on a first run
     */
    static PendingFiles of(List<MigrationFile> files, List<Revision> rows, ExecOrder order, String baseline,
                           boolean allowDirty, FirstRunCheck clean) throws SQLException {
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
                    return new PendingFiles(pending, null, List.of());
                }
            }
        }
        if (migrations.isEmpty()) {
            return new PendingFiles(List.of(), null, List.of());
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
            return new PendingFiles(migrations, null, List.of());
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
        return new PendingFiles(pending, null, skipped);
    }

    private static PendingFiles firstRun(List<MigrationFile> files, List<MigrationFile> migrations, String baseline,
                                 boolean allowDirty, FirstRunCheck clean) throws SQLException {
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
                // A version the command line named: input the run could not start from (exit 2).
                throw new UsageException("baseline version \"" + baseline + "\" not found");
            }
            MigrationFile f = migrations.get(at);
            return new PendingFiles(migrations.subList(at + 1, migrations.size()), Revision.baseline(f, Instant.now()),
                    List.of());
        }
        return new PendingFiles(fromLastCheckpoint(files), null, List.of());
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
