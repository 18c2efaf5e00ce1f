package dev.strata.report;

import dev.strata.migrate.MigrationFile;
import dev.strata.migrate.exec.Revision;
import dev.strata.migrate.exec.StatusResult;
import dev.strata.url.DatabaseUrl;

import java.util.List;

/**
 * Atlas's {@code migrate status --format '{{ json . }}'} document: the same keys, in the same
 * order, with the same omissions. The URL's credentials never appear.
 */
public final class StatusJson {

    private StatusJson() {
    }

    /**
     * @param url the database, as the command was given it
     * @param dir the migration directory's URL, such as {@code file://migrations}
     */
    public static String of(DatabaseUrl url, String dir, StatusResult s) {
        Json j = UrlJson.env(new Json().open().openObject("Env"), url, dir).close();
        files(j, "Available", s.available());
        files(j, "OutOfOrder", s.outOfOrder());
        files(j, "Pending", s.pending());
        if (!s.applied().isEmpty()) {
            j.openArray("Applied");
            for (Revision r : s.applied()) {
                j.open().field("Version", r.version()).field("Description", r.description())
                        .field("Type", r.typeName()).field("Applied", r.applied()).field("Total", r.total())
                        .field("ExecutedAt", r.executedAt()).field("ExecutionTime", r.executionTime().toNanos())
                        .fieldOmitEmpty("Error", r.error()).fieldOmitEmpty("ErrorStmt", r.errorStatement())
                        .field("OperatorVersion", r.operatorVersion()).close();
            }
            j.closeArray();
        }
        return j.fieldOmitEmpty("Current", StatusReport.current(s)).fieldOmitEmpty("Next", StatusReport.next(s))
                .fieldOmitZero("Count", s.count()).fieldOmitZero("Total", s.total())
                .fieldOmitEmpty("Status", s.status()).fieldOmitEmpty("Error", s.error())
                .fieldOmitEmpty("SQL", s.sql()).close().toString();
    }

    private static void files(Json j, String key, List<MigrationFile> files) {
        if (files.isEmpty()) {
            return;
        }
        j.openArray(key);
        for (MigrationFile f : files) {
            file(j, f);
        }
        j.closeArray();
    }

    /** A file as Atlas's {@code File} JSON shows it. */
    static void file(Json j, MigrationFile f) {
        j.open().field("Name", f.name()).field("Version", f.version())
                .fieldOmitEmpty("Description", f.description()).close();
    }
}
