package dev.strata.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Text written in parts reaches stdout as the whole text would: the same bytes, the same redaction. */
class TextStreamTest {

    private static final String SECRET = "pw-Secret-42";

    @Test
    void partsAcrossBatchesAreTheBytesOfTheWholeText() {
        StringBuilder whole = new StringBuilder();
        ByteArrayOutputStream streamed = new ByteArrayOutputStream();
        Terminal term = terminal(streamed);
        try (TextStream out = new TextStream(term)) {
            for (int i = 0; i < 20_000; i++) {
                // the secret split between two parts, and a character of two UTF-16 units
                String part = i % 997 == 0 ? "pw-Sec" : i % 997 == 1 ? "ret-42 𝄞 " : "part " + i + " é\n";
                whole.append(part);
                out.accept(part);
            }
        }
        ByteArrayOutputStream once = new ByteArrayOutputStream();
        terminal(once).print(whole.toString());
        assertThat(whole.length()).isGreaterThan(3 * 65536);
        assertThat(streamed.toString(StandardCharsets.UTF_8)).doesNotContain(SECRET).contains("xxxxx 𝄞 ");
        assertThat(streamed.toByteArray()).isEqualTo(once.toByteArray());
    }

    private static Terminal terminal(ByteArrayOutputStream out) {
        Terminal t = new Terminal(out, new ByteArrayOutputStream(), false);
        t.parseUrl("postgres://u:" + SECRET + "@localhost/db");
        return t;
    }
}
