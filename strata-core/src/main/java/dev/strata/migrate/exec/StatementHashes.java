package dev.strata.migrate.exec;

import dev.strata.migrate.Sha256;
import dev.strata.migrate.lex.Statement;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The running statement hashes Atlas stores in {@code partial_hashes}: one SHA-256 over the statement
 * texts in order, its base64 digest taken after each. They let a resumed run check that the
 * statements that already ran were not edited.
 *
 * <p>Made only as far as asked: a record holds the hashes of the statements before the one it is
 * about, so a file's last statement (often its largest, the inserts) is never hashed on a run that
 * completes it.
 */
final class StatementHashes {

    private final List<Statement> statements;
    private final Sha256 running = new Sha256();
    private final List<String> made = new ArrayList<>();

    StatementHashes(List<Statement> statements) {
        this.statements = statements;
    }

    /** The hashes of the first {@code count} statements. */
    List<String> first(int count) {
        makeUpTo(count);
        return List.copyOf(made.subList(0, count));
    }

    /** The stored form of the first {@code count}: {@code h1:} and the hash. */
    List<String> stored(int count) {
        makeUpTo(count);
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add("h1:" + made.get(i));
        }
        return out;
    }

    private void makeUpTo(int count) {
        while (made.size() < count) {
            running.update(statements.get(made.size()).text().getBytes(StandardCharsets.UTF_8));
            made.add(Base64.getEncoder().encodeToString(running.snapshot()));
        }
    }
}
