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
 */
final class StatementHashes {

    private StatementHashes() {
    }

    static List<String> of(List<Statement> statements) {
        Sha256 h = new Sha256();
        List<String> out = new ArrayList<>(statements.size());
        for (Statement s : statements) {
            h.update(s.text().getBytes(StandardCharsets.UTF_8));
            out.add(Base64.getEncoder().encodeToString(h.snapshot()));
        }
        return out;
    }

    /** The stored form: {@code h1:} and the hash. */
    static List<String> stored(List<String> hashes, int count) {
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add("h1:" + hashes.get(i));
        }
        return out;
    }
}
