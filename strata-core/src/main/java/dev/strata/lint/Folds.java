package dev.strata.lint;

import dev.strata.schema.Change;
import dev.strata.schema.Realm;
import dev.strata.schema.Schema;
import dev.strata.schema.TableChange;
import dev.strata.schema.diff.DiffDialect;
import dev.strata.schema.diff.DiffOptions;
import dev.strata.schema.diff.Differ;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts back what inspection cannot see in a replay. A statement that renames shows up as a drop and
 * an add: when its text says {@code RENAME}, the pair becomes the rename it is (so a rename is BC101/
 * BC102, not DS102/DS103). On SQLite, the rebuild sequence {@code CREATE new_T; INSERT; DROP T;
 * ALTER TABLE new_T RENAME TO T} is folded back into one modification of {@code T}, as Atlas does.
 */
final class Folds {

    private static final String NAME = "[`\"\\[]?([\\w$]+)[`\"\\]]?";
    private static final Pattern RENAME_COLUMN = Pattern.compile(
            "RENAME\\s+(?:COLUMN\\s+)?" + NAME + "\\s+TO\\s+" + NAME, Pattern.CASE_INSENSITIVE);
    private static final Pattern RENAME_TABLE = Pattern.compile(
            "(?:ALTER\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?(?:ONLY\\s+)?(?:[\\w$`\"]+\\.)?" + NAME + "\\s+RENAME\\s+TO\\s+"
                    + "(?:[\\w$`\"]+\\.)?" + NAME + "|RENAME\\s+TABLE\\s+(?:[\\w$`\"]+\\.)?" + NAME
                    + "\\s+TO\\s+(?:[\\w$`\"]+\\.)?" + NAME + ")", Pattern.CASE_INSENSITIVE);

    private Folds() {
    }

    /** Statements that rename: their drop and add pairs made renames. */
    static FileChanges renames(FileChanges f) {
        List<StatementChanges> out = new ArrayList<>();
        for (StatementChanges s : f.statements()) {
            out.add(new StatementChanges(s.statement(), renames(s), s.before(), s.after()));
        }
        return new FileChanges(f.file(), f.dialect(), out);
    }

    /**
     * SQLite's rebuild sequences folded into one modification, reported at the {@code CREATE} of the
     * new table as Atlas does.
     */
    static FileChanges rebuilds(FileChanges f, DiffDialect dialect) {
        if (!f.dialect().startsWith("sqlite")) {
            return f;
        }
        return new FileChanges(f.file(), f.dialect(), rebuilds(f.statements(), dialect));
    }

    private static List<Change> renames(StatementChanges s) {
        String text = s.statement().text();
        List<Change> changes = new ArrayList<>(s.changes());
        Matcher t = RENAME_TABLE.matcher(text);
        if (t.find()) {
            String from = t.group(1) != null ? t.group(1) : t.group(3);
            String to = t.group(2) != null ? t.group(2) : t.group(4);
            Change.DropTable drop = null;
            Change.AddTable add = null;
            for (Change c : changes) {
                if (c instanceof Change.DropTable d && d.table().name().equalsIgnoreCase(from)) {
                    drop = d;
                } else if (c instanceof Change.AddTable a && a.table().name().equalsIgnoreCase(to)) {
                    add = a;
                }
            }
            if (drop != null && add != null) {
                changes.remove(add);
                changes.set(changes.indexOf(drop), new Change.RenameTable(drop.schema(), drop.table(), add.table()));
                return changes;
            }
            return changes;
        }
        Matcher c = RENAME_COLUMN.matcher(text);
        if (c.find() && !text.toUpperCase(Locale.ROOT).matches("(?s).*RENAME\\s+(INDEX|KEY|CONSTRAINT).*")) {
            for (int i = 0; i < changes.size(); i++) {
                if (changes.get(i) instanceof Change.ModifyTable m) {
                    changes.set(i, renameColumn(m, c.group(1), c.group(2)));
                }
            }
        }
        return changes;
    }

    private static Change.ModifyTable renameColumn(Change.ModifyTable m, String from, String to) {
        TableChange.DropColumn drop = null;
        TableChange.AddColumn add = null;
        for (TableChange tc : m.changes()) {
            if (tc instanceof TableChange.DropColumn d && d.column().name().equalsIgnoreCase(from)) {
                drop = d;
            } else if (tc instanceof TableChange.AddColumn a && a.column().name().equalsIgnoreCase(to)) {
                add = a;
            }
        }
        if (drop == null || add == null) {
            return m;
        }
        List<TableChange> changes = new ArrayList<>(m.changes());
        changes.remove(add);
        changes.set(changes.indexOf(drop), new TableChange.RenameColumn(drop.column(), add.column()));
        return new Change.ModifyTable(m.schema(), m.from(), m.to(), changes);
    }

    /** SQLite's rebuild: the table dropped and a new one renamed to its name, in the same file. */
    private static List<StatementChanges> rebuilds(List<StatementChanges> in, DiffDialect dialect) {
        List<StatementChanges> out = new ArrayList<>(in);
        for (int j = 0; j < out.size(); j++) {
            for (Change c : out.get(j).changes()) {
                if (!(c instanceof Change.RenameTable r)) {
                    continue;
                }
                int created = index(out, j, Change.AddTable.class, r.from().name());
                int dropped = index(out, j, Change.DropTable.class, r.to().name());
                if (created < 0 || dropped < 0) {
                    continue;
                }
                Change.DropTable old = (Change.DropTable) find(out.get(dropped), Change.DropTable.class, r.to().name());
                Schema empty = Schema.named(r.schema() == null ? "main" : r.schema());
                List<Change> diff = Differ.diff(Realm.of(empty.withTables(List.of(old.table()))),
                        Realm.of(empty.withTables(List.of(r.to()))), dialect, DiffOptions.defaults()).changes();
                out.set(dropped, without(out.get(dropped), old));
                out.set(j, without(out.get(j), r));
                StatementChanges s = out.get(created);
                List<Change> replaced = new ArrayList<>(s.changes());
                int at = replaced.indexOf(find(s, Change.AddTable.class, r.from().name()));
                replaced.remove(at);
                replaced.addAll(at, diff);
                out.set(created, new StatementChanges(s.statement(), replaced, s.before(), s.after()));
                break;
            }
        }
        return out;
    }

    private static int index(List<StatementChanges> list, int before, Class<?> kind, String table) {
        for (int i = before - 1; i >= 0; i--) {
            if (find(list.get(i), kind, table) != null) {
                return i;
            }
        }
        return -1;
    }

    private static Change find(StatementChanges s, Class<?> kind, String table) {
        for (Change c : s.changes()) {
            if (kind.isInstance(c) && (c instanceof Change.AddTable a ? a.table().name() : ((Change.DropTable) c).table().name())
                    .equals(table)) {
                return c;
            }
        }
        return null;
    }

    private static StatementChanges without(StatementChanges s, Change c) {
        List<Change> rest = new ArrayList<>(s.changes());
        rest.remove(c);
        return new StatementChanges(s.statement(), rest, s.before(), s.after());
    }
}
