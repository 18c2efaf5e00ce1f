package dev.strata.dialect.postgres;

import dev.strata.dialect.UnixSocket;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Path;
import javax.net.SocketFactory;

/**
 * Hands pgjdbc a connection to the server's Unix socket file ({@code <dir>/.s.PGSQL.<port>}), for
 * a URL whose {@code host} is a directory, as libpq reads it. pgjdbc creates it by name with its
 * {@code socketFactoryArg}, the socket file; the host and port it asks for are not used.
 */
public final class PostgresSocketFactory extends SocketFactory {

    private final Path socket;

    /** @param socket the socket file */
    public PostgresSocketFactory(String socket) {
        this.socket = Path.of(socket);
    }

    @Override
    public Socket createSocket() throws IOException {
        return new UnixSocket(socket);
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return createSocket();
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return createSocket();
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return createSocket();
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        return createSocket();
    }
}
