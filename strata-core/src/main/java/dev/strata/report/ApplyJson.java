package dev.strata.report;

import dev.strata.migrate.MigrationFile;
import dev.strata.migrate.exec.ApplyResult;
import dev.strata.url.DatabaseUrl;

/**
 * Atlas's {@code migrate apply --format '{{ json . }}'} document: the same keys, in the same order,
 * with the same omissions. The URL's credentials never appear.
 */
public final class ApplyJson {

    private ApplyJson() {
    }

    /**
     * @param url the database, as the run was given it
     * @param dir the migration directory's URL, such as {@code file://migrations}
     */
    public static String of(DatabaseUrl url, String dir, ApplyResult r) {
        Json j = UrlJson.env(new Json().open(), url, dir);
        if (!r.pending().isEmpty()) {
            j.openArray("Pending");
            for (MigrationFile f : r.pending()) {
                StatusJson.file(j, f);
            }
            j.closeArray();
        }
        if (!r.files().isEmpty()) {
            j.openArray("Applied");
            for (ApplyResult.FileResult f : r.files()) {
                applied(j, f);
            }
            j.closeArray();
        }
        // Atlas's document has no Current when nothing was pending, although the result knows it.
        j.fieldOmitEmpty("Current", r.nothingPending() ? "" : r.current()).fieldOmitEmpty("Target", r.target())
                .field("Start", r.start()).field("End", r.end())
                .fieldOmitEmpty("Error", r.error());
        if (r.error() == null) {
            j.field("Message", r.files().isEmpty() ? "No migration files to execute"
                    : "Migrated to version " + r.target() + " from " + r.current() + " (" + r.pending().size()
                    + " migrations in total)");
        }
        return j.close().toString();
    }

    private static void applied(Json j, ApplyResult.FileResult f) {
        j.open().field("Name", f.file().name()).field("Version", f.file().version())
                .fieldOmitEmpty("Description", f.file().description())
                .field("Start", f.start()).field("End", f.end())
                .fieldOmitZero("Skipped", f.skipped());
        if (!f.statements().isEmpty()) {
            j.strings("Applied", f.statements());
        }
        if (f.error() != null) {
            j.openObject("Error").fieldOmitEmpty("Stmt", f.failedStatement()).field("Text", f.error()).close();
        }
        j.close();
    }
}
