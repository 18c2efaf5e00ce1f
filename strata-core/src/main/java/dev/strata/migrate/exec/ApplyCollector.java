package dev.strata.migrate.exec;

import dev.strata.migrate.MigrationFile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Builds the {@link ApplyResult} of a run from its events, and passes them on. */
final class ApplyCollector implements MigrationListener {

    private final MigrationListener next;
    private final Instant start = Instant.now();
    private String current = "";
    private String target = "";
    private List<MigrationFile> pending = List.of();
    private final List<ApplyResult.FileResult> done = new ArrayList<>();
    private MigrationFile file;
    private Instant fileStart;
    private int skipped;
    private List<String> statements = new ArrayList<>();

    ApplyCollector(MigrationListener next) {
        this.next = next;
    }

    @Override
    public void on(ApplyEvent event) {
        if (event instanceof ApplyEvent.Planned p) {
            current = p.current();
            target = p.target();
            pending = p.pending();
        } else if (event instanceof ApplyEvent.FileStarted s) {
            file = s.file();
            fileStart = Instant.now();
            skipped = s.skipped();
            statements = new ArrayList<>();
        } else if (event instanceof ApplyEvent.StatementStarted s) {
            statements.add(s.statement().text());
        } else if (event instanceof ApplyEvent.FileApplied) {
            finishFile(null, null);
        } else if (event instanceof ApplyEvent.FileFailed f) {
            finishFile(f.statement() == null ? null : f.statement().text(), f.error());
        }
        next.on(event);
    }

    private void finishFile(String failedStatement, String error) {
        done.add(new ApplyResult.FileResult(file, fileStart, Instant.now(), skipped, statements, failedStatement,
                error));
        file = null;
    }

    /** The database's version before the run, also when nothing is pending (no {@link ApplyEvent.Planned}). */
    void current(String version) {
        current = version;
    }

    ApplyResult result(String error) {
        return new ApplyResult(current, target, pending, done, start, Instant.now(), error);
    }
}
