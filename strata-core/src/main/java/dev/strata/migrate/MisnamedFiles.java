package dev.strata.migrate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Files of a migration directory whose names are not Atlas's {@code <version>_<name>.sql} with a
 * numeric version. Atlas reads every {@code *.sql} file and takes the name up to the first
 * {@code _} as the version, whatever it is: another tool's file ({@code V1__init.sql},
 * {@code create_users.sql}) runs as version {@code V1} or {@code create}, in name order; and it
 * skips {@code 3_add.SQL} without a word. Strata does the same, and says so, since neither is what
 * the author meant (issue 20, item 15).
 */
public final class MisnamedFiles {

    /**
     * A version as Atlas, {@code migrate new} and {@code migrate import} write them; in a class of its
     * own, compiled only when a version is not all digits (the usual name needs no regular expression).
     */
    private static final class Numeric {
        static final Pattern PATTERN = Pattern.compile("\\d+(\\.\\d+)*(R\\d*)?");
    }

    private MisnamedFiles() {
    }

    /**
     * One line for each misnamed file of a directory, in name order; none when the directory
     * cannot be listed (reading its files reports that). The directory's next {@link LocalDir#files()}
     * reads the files of this listing.
     */
    public static List<String> notices(LocalDir dir) {
        List<String> names = dir.entryNames();
        String location = dir.location();
        String prefix = location.endsWith("/") ? location : location + "/";
        List<String> misnamed = new ArrayList<>();
        for (String name : names) {
            if (notice(name, location) != null) {
                misnamed.add(name);
            }
        }
        // Only the few misnamed ones are sorted: a large directory's names would be sorted twice a run.
        misnamed.sort(Names::compare);
        List<String> notices = new ArrayList<>(misnamed.size());
        for (String name : misnamed) {
            notices.add(prefix + name + " " + notice(name, location));
        }
        return notices;
    }

    /** What is wrong with a file name, or null for a migration file's name or another file. */
    static String notice(String name, String location) {
        if (!name.endsWith(".sql")) {
            if (name.toLowerCase(Locale.ROOT).endsWith(".sql")) {
                return "is not read: migration files end in a lowercase .sql, and Atlas skips it too (rename it "
                        + name.substring(0, name.length() - 4) + ".sql)";
            }
            return null;
        }
        if (name.endsWith(".down.sql") || name.endsWith(".up.sql")) {
            return "looks like golang-migrate's: Atlas and Strata run every .sql file, a down file too; convert the"
                    + " directory with 'strata migrate import --from file://" + location + "?format=golang-migrate'";
        }
        String version = MigrationFile.versionOf(name);
        if (isDigits(version) || Numeric.PATTERN.matcher(version).matches()) {
            return null;
        }
        String tool = name.matches("[VU]\\d.*__.*") ? "Flyway's? convert the directory with"
                + " 'strata migrate import --from file://" + location + "?format=flyway'"
                : "another tool's? convert the directory with 'strata migrate import' (see its --help)";
        return "does not start with a numeric version: it runs as version \"" + version + "\", in file name order,"
                + " as in Atlas; " + tool;
    }

    /** The usual version, which NUMERIC matches too, checked without a regular expression: once for each file. */
    private static boolean isDigits(String version) {
        for (int i = 0; i < version.length(); i++) {
            if (version.charAt(i) < '0' || version.charAt(i) > '9') {
                return false;
            }
        }
        return !version.isEmpty();
    }
}
