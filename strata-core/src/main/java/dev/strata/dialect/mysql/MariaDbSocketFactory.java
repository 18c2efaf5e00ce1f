package dev.strata.dialect.mysql;

import dev.strata.dialect.UnixSocket;
import org.mariadb.jdbc.Configuration;
import org.mariadb.jdbc.util.ConfigurableSocketFactory;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Path;

/**
 * Hands MariaDB Connector/J a connection to the server's Unix socket, for {@code mysql+unix://}
 * URLs: the connector's own {@code localSocket} needs JNA, which Strata does not ship. The socket
 * file comes in the connection property {@link #SOCKET}, which the connector keeps for its factory.
 */
public final class MariaDbSocketFactory extends ConfigurableSocketFactory {

    /** The connection property that names the socket file. */
    static final String SOCKET = "strataUnixSocket";

    private Path socket;

    @Override
    public void setConfiguration(Configuration conf, String host) {
        socket = Path.of(conf.nonMappedOptions().getProperty(SOCKET));
    }

    @Override
    public Socket createSocket() throws IOException {
        return new UnixSocket(socket);
    }

    // MariaDB Connector/J asks for an unconnected socket only (above).

    @Override
    public Socket createSocket(String host, int port) {
        throw unused();
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) {
        throw unused();
    }

    @Override
    public Socket createSocket(InetAddress host, int port) {
        throw unused();
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) {
        throw unused();
    }

    private static UnsupportedOperationException unused() {
        return new UnsupportedOperationException("MariaDB Connector/J creates its sockets with createSocket()");
    }
}
