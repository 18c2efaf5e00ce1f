package dev.strata.lint;

import dev.strata.schema.Change;
import dev.strata.schema.ForeignKey;
import dev.strata.schema.TableChange;

import java.util.ArrayList;
import java.util.List;

/** CD101: dropping a foreign key lets rows that break the relation in, silently. */
public final class ConstraintDrop implements Analyzer {

    public String name() {
        return "condrop";
    }

    public String heading() {
        return "constraint deletion detected";
    }

    public boolean errorByDefault() {
        return false;
    }

    public List<Diagnostic> analyze(FileChanges file) {
        List<Diagnostic> out = new ArrayList<>();
        for (int i = 0; i < file.statements().size(); i++) {
            StatementChanges s = file.statements().get(i);
            for (Change c : s.changes()) {
                if (!(c instanceof Change.ModifyTable m)) {
                    continue;
                }
                for (TableChange tc : m.changes()) {
                    if (tc instanceof TableChange.DropForeignKey d && !columnDropped(m, d.key())
                            && !file.foreignKeyAddedBefore(i, m.schema(), m.from().name(), d.key())) {
                        out.add(new Diagnostic("CD101", s.statement().line(),
                                "Dropping foreign-key constraint " + Destructive.q(d.key().name())));
                    }
                }
            }
        }
        return out;
    }

    private static boolean columnDropped(Change.ModifyTable m, ForeignKey fk) {
        return m.changes().stream().anyMatch(tc -> tc instanceof TableChange.DropColumn d
                && fk.columns().contains(d.column().name()));
    }
}
