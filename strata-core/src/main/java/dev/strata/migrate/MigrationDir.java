package dev.strata.migrate;

import dev.strata.StrataException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A migration directory in Atlas's layout: the {@code *.sql} files at its top level, in byte order
 * of their UTF-8 names, and the {@code atlas.sum} that guards them.
 */
public interface MigrationDir {

    /** Where the directory is, as shown in messages (a path or a classpath location). */
    String location();

    /** The migration files, in order. */
    List<MigrationFile> files();

    /** The raw content of {@code atlas.sum}, if the directory has one. */
    Optional<byte[]> sumFile();

    /** How {@code atlas.sum} is named in messages. */
    default String sumFileLocation() {
        String dir = location();
        return dir.endsWith("/") ? dir + SumFile.FILE_NAME : dir + "/" + SumFile.FILE_NAME;
    }

    /**
     * Checks the files against {@code atlas.sum}, as Atlas's {@code Validate}: a directory without
     * files needs no sum file; otherwise it must exist, parse and match.
     *
     * @return the computed sum, for the hashes of the files
     * @throws ChecksumException naming what differs
     */
    default SumFile verify() {
        return verify(files());
    }

    /** Like {@link #verify()}, over files already read from this directory. */
    default SumFile verify(List<MigrationFile> files) {
        SumFile computed = SumFile.of(files);
        Optional<byte[]> content = sumFile();
        if (content.isEmpty()) {
            if (files.isEmpty()) {
                return computed;
            }
            throw new ChecksumException(ChecksumException.Kind.NOT_FOUND, sumFileLocation(), 0, null, null);
        }
        computed.verifyAgainst(SumFile.parse(content.get(), sumFileLocation()), sumFileLocation());
        return computed;
    }

    /**
     * Refuses two files with the same version: the revisions table keys rows by version, so it could
     * not tell them apart.
     */
    static void requireUniqueVersions(List<MigrationFile> files) {
        Map<String, MigrationFile> seen = new HashMap<>();
        for (MigrationFile f : files) {
            MigrationFile other = seen.putIfAbsent(f.version(), f);
            if (other != null) {
                throw new StrataException("duplicate migration version " + f.version() + ": " + other.name()
                        + " and " + f.name() + " (each file needs its own version)");
            }
        }
    }
}
