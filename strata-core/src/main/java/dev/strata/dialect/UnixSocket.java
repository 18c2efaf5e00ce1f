package dev.strata.dialect;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketImpl;
import java.net.SocketOption;
import java.net.SocketTimeoutException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A connected Unix domain socket behind the {@link Socket} API the JDBC drivers use. Java 16 has
 * Unix sockets only as channels, while pgjdbc and MariaDB Connector/J take a {@code Socket} from a
 * factory (MariaDB's own Unix socket needs JNA, which Strata does not ship). Reads honour
 * {@link #setSoTimeout(int)}, as the drivers' network timeouts expect; TCP options mean nothing here
 * and are accepted and ignored.
 */
public final class UnixSocket extends Socket {

    private final Path path;
    private final SocketChannel channel;
    private final Selector readable;
    private final Selector writable;
    private volatile int timeoutMillis;

    /**
     * Connects to the socket file.
     *
     * @throws IOException when nothing listens there
     */
    public UnixSocket(Path path) throws IOException {
        super((SocketImpl) null);
        this.path = path;
        SocketChannel c = SocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            connect(c, path);
            c.configureBlocking(false);
            this.readable = Selector.open();
            this.writable = Selector.open();
            c.register(readable, SelectionKey.OP_READ);
            c.register(writable, SelectionKey.OP_WRITE);
        } catch (IOException | RuntimeException e) {
            c.close();
            throw e;
        }
        this.channel = c;
    }

    private static void connect(SocketChannel channel, Path path) throws IOException {
        try {
            channel.connect(UnixDomainSocketAddress.of(path));
        } catch (IOException e) {
            throw new Unreachable(path, e);
        }
    }

    /** No server listens on the socket file: the one line a failed connection reports. */
    public static final class Unreachable extends ConnectException {
        private static final long serialVersionUID = 1L;

        Unreachable(Path path, IOException cause) {
            super("no server at the Unix socket " + path + " (" + cause.getMessage() + ")");
            initCause(cause);
        }
    }

    private int read(ByteBuffer buffer) throws IOException {
        int timeout = timeoutMillis;
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeout);
        while (true) {
            int n = channel.read(buffer);
            if (n != 0) {
                return n;
            }
            long left = timeout == 0 ? 0 : TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (timeout > 0 && left <= 0) {
                throw new SocketTimeoutException("Read timed out");
            }
            readable.selectedKeys().clear();
            readable.select(left);
        }
    }

    private void write(ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            if (channel.write(buffer) == 0) {
                writable.selectedKeys().clear();
                writable.select();
            }
        }
    }

    @Override
    public InputStream getInputStream() {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return len == 0 ? 0 : UnixSocket.this.read(ByteBuffer.wrap(b, off, len));
            }

            @Override
            public void close() throws IOException {
                UnixSocket.this.close();
            }
        };
    }

    @Override
    public OutputStream getOutputStream() {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                UnixSocket.this.write(ByteBuffer.wrap(b, off, len));
            }

            @Override
            public void close() throws IOException {
                UnixSocket.this.close();
            }
        };
    }

    @Override
    public void connect(SocketAddress endpoint, int timeout) {
        // Connected in the constructor: the drivers only call this when isConnected() is false.
    }

    @Override
    public void connect(SocketAddress endpoint) {
        // As above.
    }

    @Override
    public void bind(SocketAddress bindpoint) {
        // A local address means nothing for a Unix socket.
    }

    @Override
    public boolean isConnected() {
        return true;
    }

    @Override
    public boolean isBound() {
        return true;
    }

    @Override
    public boolean isClosed() {
        return !channel.isOpen();
    }

    @Override
    public synchronized void close() throws IOException {
        try (channel; readable; writable) {
            // Closing all three, the channel last.
        }
    }

    @Override
    public void shutdownOutput() throws IOException {
        channel.shutdownOutput();
    }

    @Override
    public void shutdownInput() throws IOException {
        channel.shutdownInput();
    }

    @Override
    public InetAddress getInetAddress() {
        return InetAddress.getLoopbackAddress();
    }

    @Override
    public InetAddress getLocalAddress() {
        return InetAddress.getLoopbackAddress();
    }

    @Override
    public int getPort() {
        return 0;
    }

    @Override
    public int getLocalPort() {
        return -1;
    }

    @Override
    public void setSoTimeout(int timeout) {
        this.timeoutMillis = Math.max(0, timeout);
    }

    @Override
    public int getSoTimeout() {
        return timeoutMillis;
    }

    @Override
    public void setTcpNoDelay(boolean on) {
        // TCP options mean nothing on a Unix socket.
    }

    @Override
    public boolean getTcpNoDelay() {
        return true;
    }

    @Override
    public void setKeepAlive(boolean on) {
        // As above.
    }

    @Override
    public boolean getKeepAlive() {
        return false;
    }

    @Override
    public void setSoLinger(boolean on, int linger) {
        // As above.
    }

    @Override
    public void setReceiveBufferSize(int size) {
        // As above.
    }

    @Override
    public int getReceiveBufferSize() {
        return 65536;
    }

    @Override
    public void setSendBufferSize(int size) {
        // As above.
    }

    @Override
    public int getSendBufferSize() {
        return 65536;
    }

    @Override
    public <T> Socket setOption(SocketOption<T> name, T value) {
        return this;
    }

    @Override
    public String toString() {
        return "UnixSocket[" + path + "]";
    }
}
