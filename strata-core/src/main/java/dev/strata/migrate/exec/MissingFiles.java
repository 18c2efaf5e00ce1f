package dev.strata.migrate.exec;

import dev.strata.StrataException;
import dev.strata.migrate.MigrationFile;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Applied versions the directory has no file for. An older release's directory (an application
 * rolled back to its previous image) lacks the newest versions, and that is fine; a wrong
 * {@code --dir} lacks them all. Either way {@code apply} and {@code status} say so on stderr rather
 * than report a database at the latest version, and {@code apply} refuses a directory with no file
 * at all under linear order.
 */
public final class MissingFiles {

    private MissingFiles() {
    }

    /** The versions of the rows that have no file, in the rows' order. */
    static List<String> versions(List<MigrationFile> files, List<Revision> rows) {
        Set<String> have = new HashSet<>();
        files.forEach(f -> have.add(f.version()));
        return rows.stream().map(Revision::version).filter(v -> !have.contains(v)).toList();
    }

    /**
     * The notice: {@code 3 applied versions have no file in migrations (newest: 3; the directory's
     * newest file: 1): ...}.
     *
     * @param location the directory, as the user named it
     */
    public static String notice(List<String> missing, List<MigrationFile> files, String location) {
        return count(missing) + (missing.size() == 1 ? " has" : " have") + " no file in the migration directory "
                + location + " (newest: " + missing.get(missing.size() - 1) + "; the directory's newest file: "
                + (files.isEmpty() ? "none" : files.get(files.size() - 1).version()) + "): unless this is an older"
                + " release's directory, check --dir (see the README, 'Applied versions without a file')";
    }

    private static String count(List<String> missing) {
        return missing.size() + " applied version" + (missing.size() == 1 ? "" : "s");
    }

    /** Refuses a directory with no file against a database with applied versions: surely the wrong one. */
    static void checkNotEmpty(List<String> missing, List<MigrationFile> files, String location, ExecOrder order) {
        if (files.isEmpty() && !missing.isEmpty() && order == ExecOrder.LINEAR) {
            throw new StrataException("the migration directory " + location + " has no files, but the database has "
                    + count(missing) + " (newest: " + missing.get(missing.size() - 1) + "): check --dir (to run"
                    + " anyway: --exec-order linear-skip)");
        }
    }
}
