package dev.strata.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Migration-file hygiene (Strata's codes): HY101, a file without a statement is a version that does
 * nothing; HY102, statements after a {@code COMMIT} run outside the transaction the file runs in, so a
 * failure among them leaves the file half applied; HY103, a file run without a transaction
 * ({@code atlas:txmode none}, as {@code CONCURRENTLY} needs) that holds other statements too, which
 * stay applied when a later one fails.
 */
public final class Hygiene implements Analyzer {

    private static final Pattern COMMIT = Pattern.compile("^(COMMIT|END)( WORK| TRANSACTION)?\\s*;?$");
    private static final Pattern TX_CONTROL = Pattern.compile("^(BEGIN|START TRANSACTION|COMMIT|END|ROLLBACK|SET)\\b");

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
        if (file.statements().isEmpty()) {
            return List.of(new Diagnostic("HY101", 1, "File " + Destructive.q(file.file().name())
                    + " has no statement: the version applies nothing",
                    List.of("Remove the file (and run migrate hash), or add the statements it was meant to hold")));
        }
        List<Diagnostic> out = new ArrayList<>();
        boolean noTx = file.file().directive("txmode").stream().anyMatch(a -> a.strip().equals("none"));
        if (!noTx) {
            afterCommit(file, out);
        } else {
            besideConcurrently(file, out);
        }
        return out;
    }

    private static void afterCommit(FileChanges file, List<Diagnostic> out) {
        boolean committed = false;
        for (StatementChanges s : file.statements()) {
            String text = s.normalized().strip();
            if (committed && !TX_CONTROL.matcher(text).find()) {
                out.add(new Diagnostic("HY102", s.statement().line(), "Statement after COMMIT runs outside the file's"
                        + " transaction: if it fails, the statements before it stay applied and the version is half done",
                        List.of("Remove the COMMIT, or split the file there into two versions")));
                return;
            }
            committed |= COMMIT.matcher(text).find();
        }
    }

    private static void besideConcurrently(FileChanges file, List<Diagnostic> out) {
        boolean concurrently = file.statements().stream().anyMatch(s -> s.normalized().contains(" CONCURRENTLY "));
        if (!concurrently) {
            return;
        }
        for (StatementChanges s : file.statements()) {
            String text = s.normalized().strip();
            if (!text.contains(" CONCURRENTLY ") && !TX_CONTROL.matcher(text).find()) {
                out.add(new Diagnostic("HY103", s.statement().line(), "Statement runs without a transaction beside a"
                        + " CONCURRENTLY one (the file is atlas:txmode none): if a later statement fails, it stays applied",
                        List.of("Keep the CONCURRENTLY statement in a file of its own")));
                return;
            }
        }
    }
}
