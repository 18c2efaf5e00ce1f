package dev.strata.lint;

import dev.strata.UsageException;
import dev.strata.devdb.DevDatabase;
import dev.strata.migrate.MigrationDir;
import dev.strata.migrate.MigrationFile;
import dev.strata.url.DatabaseUrl;

import java.util.List;

/**
 * One lint of a migration directory, as {@code strata migrate lint}: the directory is checked
 * (unique versions, and atlas.sum when it has one), the new files picked, and the whole replayed on
 * the dev database, which is emptied before and after.
 */
public final class Lint {

    private Lint() {
    }

    /**
     * @throws UsageException when there is no dev database
     * @throws dev.strata.StrataException when the directory is invalid, git fails, or a base file fails
     */
    public static LintReport run(DatabaseUrl dev, MigrationDir dir, NewFiles which, LintConfig config) {
        if (dev == null) {
            throw new UsageException("lint needs a dev database (devUrl): the migration files are replayed on it");
        }
        List<MigrationFile> files = dir.files();
        MigrationDir.requireUniqueVersions(files);
        if (dir.sumFile().isPresent()) {
            dir.verify(files);
        }
        int firstNew = which.firstNew(dir, files);
        try (DevDatabase db = DevDatabase.open(dev)) {
            String dialect = db.session().dialect().name();
            return new LintReport(LintRunner.of(db, config).run(files, firstNew), dialect);
        }
    }
}
