package dev.strata.migrate.exec;

import dev.strata.migrate.MigrationDir;
import dev.strata.migrate.MigrationFile;
import dev.strata.migrate.SumFile;

import java.util.List;

/**
 * A migration directory whose files matched its {@code atlas.sum} and have unique versions.
 *
 * @param dir   the directory
 * @param files its files, in order
 * @param sums  their hashes
 */
public record CheckedDir(MigrationDir dir, List<MigrationFile> files, SumFile sums) {

    public CheckedDir {
        files = List.copyOf(files);
    }

    /**
     * Reads and checks a directory.
     *
     * @throws dev.strata.migrate.ChecksumException when the files do not match atlas.sum
     * @throws dev.strata.StrataException           when two files share a version
     */
    public static CheckedDir of(MigrationDir dir) {
        List<MigrationFile> files = dir.files();
        SumFile sums = dir.verify(files);
        MigrationDir.requireUniqueVersions(files);
        return new CheckedDir(dir, files, sums);
    }
}
