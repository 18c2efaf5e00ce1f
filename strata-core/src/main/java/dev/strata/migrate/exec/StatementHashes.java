package dev.strata.migrate.exec;

import dev.strata.migrate.lex.Statement;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
        MessageDigest h;
        try {
            h = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        List<String> out = new ArrayList<>(statements.size());
        for (Statement s : statements) {
            h.update(s.text().getBytes(StandardCharsets.UTF_8));
            try {
                out.add(Base64.getEncoder().encodeToString(((MessageDigest) h.clone()).digest()));
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException("SHA-256 digests are cloneable", e);
            }
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
