package dev.strata.lint;

import dev.strata.schema.Change;
import dev.strata.schema.TableChange;

import java.util.ArrayList;
import java.util.List;

/**
 * PG101–PG103 (PostgreSQL, Atlas Pro's codes): an index built or dropped without {@code CONCURRENTLY}
 * blocks writes to the table for the whole build; {@code CONCURRENTLY} cannot run inside the
 * transaction a migration file runs in unless the file says {@code atlas:txmode none}.
 */
public final class ConcurrentIndex implements Analyzer {

    public String name() {
        return "concurrent_index";
    }

    public String heading() {
        return "concurrent index violations detected";
    }

    public boolean errorByDefault() {
        return false;
    }

    public List<Diagnostic> analyze(FileChanges file) {
        List<Diagnostic> out = new ArrayList<>();
        boolean noTx = file.file().directive("txmode").stream().anyMatch(a -> a.strip().equals("none"));
        for (int i = 0; i < file.statements().size(); i++) {
            StatementChanges s = file.statements().get(i);
            int line = s.statement().line();
            boolean concurrently = s.normalized().contains(" CONCURRENTLY ");
            if (concurrently && !noTx) {
                out.add(new Diagnostic("PG103", line, "Indexes cannot be created or deleted concurrently within a "
                        + "transaction. Add the `atlas:txmode none` directive to the header to prevent this file from "
                        + "running in a transaction"));
            }
            if (concurrently) {
                continue;
            }
            for (Change c : s.changes()) {
                if (!(c instanceof Change.ModifyTable m) || file.tableCreatedBefore(i, m.schema(), m.from().name())) {
                    continue;
                }
                String t = Destructive.q(m.to().name());
                for (TableChange tc : m.changes()) {
                    if (tc instanceof TableChange.DropIndex d) {
                        out.add(new Diagnostic("PG102", line, "Dropping index " + Destructive.q(d.index().name())
                                + " non-concurrently causes write locks on the " + t + " table",
                                List.of("Use DROP INDEX CONCURRENTLY in a file with the `atlas:txmode none` directive")));
                    } else if (tc instanceof TableChange.AddIndex a) {
                        out.add(new Diagnostic("PG101", line, "Creating index " + Destructive.q(a.index().name())
                                + " non-concurrently causes write locks on the " + t + " table",
                                List.of("Use CREATE INDEX CONCURRENTLY in a file with the `atlas:txmode none` directive")));
                    }
                }
            }
        }
        return out;
    }
}
