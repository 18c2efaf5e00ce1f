package dev.strata.migrate.exec;

import dev.strata.migrate.lex.Statement;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StatementHashesTest {

    private static final List<Statement> STATEMENTS = List.of(
            new Statement("CREATE TABLE t (id int);", 1, 0, List.of()),
            new Statement("CREATE INDEX t_idx ON t (id);", 2, 25, List.of()),
            new Statement("INSERT INTO t VALUES ('é', 1);", 3, 55, List.of()));

    /** Atlas's form: one SHA-256 over the texts in order, base64 of its digest after each. */
    private static List<String> expected(int count) throws Exception {
        List<String> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(STATEMENTS.get(i).text());
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            out.add(Base64.getEncoder().encodeToString(d));
        }
        return out;
    }

    @Test
    void storedPrefixesMatchTheRunningDigestInAnyOrderAsked() throws Exception {
        StatementHashes hashes = new StatementHashes(STATEMENTS);
        for (int count : new int[] {2, 0, 1, 3, 2}) {
            List<String> stored = expected(count).stream().map(h -> "h1:" + h).toList();
            assertEquals(stored, hashes.stored(count), "stored(" + count + ")");
        }
        assertEquals(expected(3), hashes.first(3));
        assertEquals(expected(3), new StatementHashes(STATEMENTS).first(3));
        assertEquals(expected(1), new StatementHashes(STATEMENTS).first(1));
    }
}
