package dev.strata.lint;

import dev.strata.schema.Change;
import dev.strata.schema.TableChange;

import java.util.ArrayList;
import java.util.List;

/**
 * BC101–BC102: renames break the application version still running while the migration is deployed.
 * Strata recognises a rename from the statement's text (see {@link Folds}); Atlas OSS sees a drop
 * and an add.
 */
public final class Incompatible implements Analyzer {

    public String name() {
        return "incompatible";
    }

    public String heading() {
        return "backward incompatible changes detected";
    }

    public boolean errorByDefault() {
        return false;
    }

    public List<Diagnostic> analyze(FileChanges file) {
        List<Diagnostic> out = new ArrayList<>();
        for (int i = 0; i < file.statements().size(); i++) {
            StatementChanges s = file.statements().get(i);
            int line = s.statement().line();
            for (Change c : s.changes()) {
                if (c instanceof Change.RenameTable r && !file.tableCreatedBefore(i, r.schema(), r.from().name())
                        && !viewCreatedAfter(file, i, r.from().name())) {
                    out.add(new Diagnostic("BC101", line, "Renaming table " + Destructive.q(r.from().name()) + " to "
                            + Destructive.q(r.to().name()), List.of("Create a view named " + Destructive.q(r.from().name())
                            + " over the renamed table until no running version reads the old name")));
                } else if (c instanceof Change.ModifyTable m && !file.tableCreatedBefore(i, m.schema(), m.from().name())) {
                    for (TableChange tc : m.changes()) {
                        if (tc instanceof TableChange.RenameColumn rc
                                && !file.columnCreatedBefore(i, m.schema(), m.from().name(), rc.from().name())
                                && !file.columnAddedAfter(i, m.schema(), m.to().name(), rc.from().name())) {
                            out.add(new Diagnostic("BC102", line, "Renaming column " + Destructive.q(rc.from().name())
                                    + " to " + Destructive.q(rc.to().name()), List.of("Add the new column, write both"
                                    + " while the old version runs, and drop the old one in a later migration")));
                        }
                    }
                }
            }
        }
        return out;
    }

    private static boolean viewCreatedAfter(FileChanges file, int index, String name) {
        for (int i = index + 1; i < file.statements().size(); i++) {
            for (Change c : file.statements().get(i).changes()) {
                if (c instanceof Change.AddView v && v.view().name().equals(name)) {
                    return true;
                }
            }
        }
        return false;
    }
}
