package dev.strata.lint;

import dev.strata.schema.Change;

import java.util.List;
import java.util.regex.Pattern;

/**
 * PGL108 (Strata's, PostgreSQL): the first statement of a file that locks a table which already
 * exists, with no {@code lock_timeout} set before it. Waiting for its lock behind a long query, the
 * statement queues every other reader and writer of the table behind itself: a short timeout (and a
 * retry) turns an outage into a failed deploy. Set by the file's {@code -- strata:lock_timeout 2s}
 * directive or a {@code SET lock_timeout} statement; the run's {@code --ddl-lock-timeout} is not
 * known to lint. One finding a file: once set, it holds for the rest. Opt-in (the project file's
 * {@code lint { lock_timeout { error = false } }}): it would fire on nearly every file that alters an
 * existing table, Atlas's own outputs included.
 */
public final class LockTimeout implements Analyzer {

    private static final Pattern SET = Pattern.compile("^SET (LOCAL |SESSION )?LOCK_TIMEOUT\\b");
    private static final Pattern LOCKING_TEXT = Pattern.compile("^(VACUUM\\b.*\\bFULL\\b|CLUSTER\\b|LOCK\\b|REINDEX\\b(?!.*CONCURRENTLY))");

    public String name() {
        return "lock_timeout";
    }

    public String heading() {
        return "statements without a lock timeout detected";
    }

    public boolean errorByDefault() {
        return false;
    }

    public List<Diagnostic> analyze(FileChanges file) {
        if (!file.file().strataDirective("lock_timeout").isEmpty()) {
            return List.of();
        }
        for (int i = 0; i < file.statements().size(); i++) {
            StatementChanges s = file.statements().get(i);
            String text = s.normalized().strip();
            if (SET.matcher(text).find()) {
                return List.of();
            }
            String table = lockedTable(file, i, s);
            if (table != null) {
                return List.of(new Diagnostic("PGL108", s.statement().line(), "Statement locks "
                        + (table.isEmpty() ? "a table" : "table " + Destructive.q(table))
                        + " without a lock_timeout: while it waits for its lock, every query of the table waits behind it",
                        List.of("Add the directive -- strata:lock_timeout 2s to the file header (or SET lock_timeout"
                                + " = '2s'; before the statement) and retry the deploy when it times out")));
            }
        }
        return List.of();
    }

    /** The existing table the statement locks, "" when only its text tells (VACUUM FULL t), or null. */
    private static String lockedTable(FileChanges file, int i, StatementChanges s) {
        if (s.normalized().contains(" CONCURRENTLY ")) {
            return null;
        }
        for (Change c : s.changes()) {
            if (c instanceof Change.ModifyTable m && !file.tableCreatedBefore(i, m.schema(), m.from().name())) {
                return m.from().name();
            }
            if (c instanceof Change.DropTable d && !file.tableCreatedBefore(i, d.schema(), d.table().name())) {
                return d.table().name();
            }
            if (c instanceof Change.RenameTable r && !file.tableCreatedBefore(i, r.schema(), r.from().name())) {
                return r.from().name();
            }
        }
        return LOCKING_TEXT.matcher(s.normalized().strip()).find() ? "" : null;
    }
}
