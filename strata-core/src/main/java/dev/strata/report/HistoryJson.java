package dev.strata.report;

import dev.strata.migrate.exec.Revision;

/**
 * The {@code history.json} of {@code strata migrate report}: the directory's files and, for each
 * database, its revisions rows as {@code migrate status --format json} shows them, each with the
 * state the pages show. Revisions keep Atlas's keys; the rest is Strata's.
 */
public final class HistoryJson {

    private HistoryJson() {
    }

    public static String of(History h) {
        Json j = new Json().open().field("Generated", h.generated()).field("Operator", h.operator());
        j.openArray("Files");
        for (History.File f : h.files()) {
            j.open().field("Version", f.version()).field("Description", f.description()).field("Name", f.name())
                    .strings("Statements", f.statements());
            if (f.changes() >= 0) {
                j.field("Changes", f.changes()).strings("Findings", f.findings());
            }
            j.close();
        }
        j.closeArray().openArray("Targets");
        for (History.Target t : h.targets()) {
            j.open().field("Name", t.name()).field("URL", t.url()).fieldOmitEmpty("Error", t.error());
            if (t.error() == null) {
                j.fieldOmitEmpty("Current", t.current().orElse("")).field("Behind", h.behind(t));
                j.openObject("States");
                for (History.File f : h.files()) {
                    j.field(f.version(), t.state(f.version()).name().toLowerCase(java.util.Locale.ROOT));
                }
                j.close().openArray("Revisions");
                for (Revision r : t.revisions()) {
                    j.open().field("Version", r.version()).field("Description", r.description())
                            .field("Type", r.typeName()).field("Applied", r.applied()).field("Total", r.total())
                            .field("ExecutedAt", r.executedAt()).field("ExecutionTime", r.executionTime().toNanos())
                            .fieldOmitEmpty("Error", r.error()).fieldOmitEmpty("ErrorStmt", r.errorStatement())
                            .field("OperatorVersion", r.operatorVersion())
                            .field("State", t.state(r.version()).name().toLowerCase(java.util.Locale.ROOT)).close();
                }
                j.closeArray();
            }
            j.close();
        }
        return j.closeArray().close().toString();
    }
}
