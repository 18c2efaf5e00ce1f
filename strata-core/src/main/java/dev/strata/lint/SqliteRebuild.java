package dev.strata.lint;

import dev.strata.schema.TableChange;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Strata's SQLite checks for statements that rewrite every row of an existing table while holding the
 * database's write lock (SQLite has one writer for the whole file, so every other writer waits):
 * LTL101, the rebuild sequence ({@code CREATE new_T; INSERT ... SELECT; DROP T; ALTER TABLE new_T RENAME
 * TO T}) that changes what {@code ALTER TABLE} cannot; LTL102, {@code ALTER TABLE ... DROP COLUMN}, which
 * SQLite carries out by rewriting the table's content. Opt-in ({@code lint { sqlite_rebuild { } }}):
 * on SQLite such a rewrite is the only way to make these changes, and Atlas's outputs do not have it.
 */
public final class SqliteRebuild implements Analyzer {

    public String name() {
        return "sqlite_rebuild";
    }

    public String heading() {
        return "table rewrites detected";
    }

    public boolean errorByDefault() {
        return false;
    }

    public List<Diagnostic> analyze(FileChanges file) {
        List<Diagnostic> out = new ArrayList<>();
        Set<String> rebuilt = new HashSet<>();
        for (FileChanges.ExistingTableChange e : file.existingTableChanges()) {
            String table = e.table().to().name();
            String text = e.statement().normalized().strip();
            // Lint folds a rebuild sequence into changes of the old table reported at the new one's CREATE.
            if (text.startsWith("CREATE TABLE") && rebuilt.add(table)) {
                out.add(new Diagnostic("LTL101", e.statement().statement().line(), "Rebuilding table "
                        + Destructive.q(table) + " copies every row while the database's write lock is held:"
                        + " every other writer waits for the copy",
                        List.of("Run it when writes are few, or make the change in steps that ALTER TABLE can do"
                                + " (ADD COLUMN, RENAME)")));
            } else if (e.change() instanceof TableChange.DropColumn d && text.startsWith("ALTER TABLE")) {
                out.add(new Diagnostic("LTL102", e.statement().statement().line(), "Dropping column "
                        + Destructive.q(d.column().name()) + " rewrites every row of table " + Destructive.q(table)
                        + " while the database's write lock is held",
                        List.of("Stop reading the column first, and drop it when writes are few")));
            }
        }
        return out;
    }
}
