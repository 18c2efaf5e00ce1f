package dev.strata.dialect;

import dev.strata.StrataException;
import dev.strata.url.DatabaseUrl;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;

/** One clear line for a connection that could not be made, with the URL redacted. */
public final class ConnectFailures {

    private ConnectFailures() {
    }

    /**
     * Describes a failed connection attempt.
     *
     * @param authFailed whether the database reported bad credentials
     */
    public static StrataException of(DatabaseUrl url, SQLException e, boolean authFailed) {
        return new StrataException("cannot connect to " + url.redacted() + ": " + reason(e, authFailed), e);
    }

    private static String reason(SQLException e, boolean authFailed) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnixSocket.Unreachable) {
                return t.getMessage();
            }
            if (t instanceof ConnectException) {
                return "connection refused (is the database running, and is the host and port right?)";
            }
            if (t instanceof UnknownHostException) {
                return "unknown host " + t.getMessage();
            }
            if (t instanceof NoRouteToHostException) {
                return "no route to host";
            }
            if (t instanceof SocketTimeoutException) {
                return "timed out";
            }
        }
        String message = firstLine(e.getMessage());
        return authFailed ? "authentication failed: " + message : message;
    }

    static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        String t = s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl).strip();
    }
}
