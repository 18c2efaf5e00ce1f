package dev.strata.devdb.embedded;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** A free local port, for a server to listen on. */
final class Ports {

    private Ports() {
    }

    /** A port the system handed out and this process released; another may take it first, so callers retry. */
    static int free() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
