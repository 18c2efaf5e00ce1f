package dev.strata.dialect;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Socket the drivers get for a Unix socket: streams both ways, read timeouts, a clear refusal. */
class UnixSocketTest {

    @TempDir
    Path tmp;

    @Test
    void talksBothWaysAndTimesOutReadsAsTheDriversExpect() throws Exception {
        Path file = tmp.resolve("server.sock");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(file));
            try (UnixSocket socket = new UnixSocket(file); SocketChannel peer = server.accept()) {
                socket.getOutputStream().write("ping".getBytes(StandardCharsets.UTF_8));
                ByteBuffer got = ByteBuffer.allocate(4);
                while (got.hasRemaining()) {
                    peer.read(got);
                }
                assertThat(new String(got.array(), StandardCharsets.UTF_8)).isEqualTo("ping");

                peer.write(ByteBuffer.wrap("pong".getBytes(StandardCharsets.UTF_8)));
                InputStream in = socket.getInputStream();
                assertThat(new String(in.readNBytes(4), StandardCharsets.UTF_8)).isEqualTo("pong");

                socket.setSoTimeout(100);
                long start = System.nanoTime();
                assertThatThrownBy(in::read).isInstanceOf(SocketTimeoutException.class);
                assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(90_000_000L);

                peer.close();
                assertThat(in.read()).as("end of stream").isEqualTo(-1);
            }
        }
    }

    @Test
    void noServerIsOneClearLine() {
        assertThatThrownBy(() -> new UnixSocket(tmp.resolve("nothing.sock")))
                .isInstanceOf(ConnectException.class)
                .hasMessageStartingWith("no server at the Unix socket " + tmp.resolve("nothing.sock") + " (");
    }
}
