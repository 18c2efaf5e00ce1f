package dev.strata.lint;

import java.util.List;

/** HY101 (Strata's): a migration file without a statement is a version that does nothing. */
public final class Hygiene implements Analyzer {

    public String name() {
        return "hygiene";
    }

    public String heading() {
        return "migration file issues detected";
    }

    public boolean errorByDefault() {
        return false;
    }

    public List<Diagnostic> analyze(FileChanges file) {
        if (!file.statements().isEmpty()) {
            return List.of();
        }
        return List.of(new Diagnostic("HY101", 1, "File " + Destructive.q(file.file().name())
                + " has no statement: the version applies nothing",
                List.of("Remove the file (and run migrate hash), or add the statements it was meant to hold")));
    }
}
