package dev.strata.migrate;

import org.junit.jupiter.api.Test;

import java.security.MessageDigest;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Strata's SHA-256 against the JDK's, as atlas.sum uses it: a running digest with a snapshot after each part. */
class Sha256Test {

    @Test
    void everyLengthAroundTheBlockSizes() throws Exception {
        Random random = new Random(19);
        for (int length = 0; length <= 300; length++) {
            byte[] input = new byte[length];
            random.nextBytes(input);
            Sha256 ours = new Sha256();
            ours.update(input);
            assertThat(ours.digest()).as("length %d", length).isEqualTo(MessageDigest.getInstance("SHA-256")
                    .digest(input));
        }
    }

    @Test
    void knownVectors() {
        assertThat(hex(digest(""))).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(hex(digest("abc"))).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(hex(digest("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")))
                .isEqualTo("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    }

    @Test
    void runningDigestWithSnapshotsAsAtlasSum() throws Exception {
        Random random = new Random(20);
        Sha256 ours = new Sha256();
        MessageDigest jdk = MessageDigest.getInstance("SHA-256");
        for (int part = 0; part < 200; part++) {
            byte[] input = new byte[random.nextInt(part % 7 == 0 ? 5000 : 130)];
            random.nextBytes(input);
            ours.update(input);
            jdk.update(input);
            assertThat(ours.snapshot()).as("part %d", part).isEqualTo(((MessageDigest) jdk.clone()).digest());
        }
        assertThat(ours.digest()).isEqualTo(jdk.digest());
    }

    private static byte[] digest(String s) {
        Sha256 d = new Sha256();
        d.update(s.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        return d.digest();
    }

    private static String hex(byte[] b) {
        StringBuilder s = new StringBuilder();
        for (byte x : b) {
            s.append(String.format("%02x", x));
        }
        return s.toString();
    }
}
