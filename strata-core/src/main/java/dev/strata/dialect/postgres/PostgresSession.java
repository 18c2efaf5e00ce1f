package dev.strata.dialect.postgres;

import dev.strata.dialect.Dialect;
import dev.strata.dialect.Session;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/** A pgjdbc connection: its lock wait and what its errors say. */
final class PostgresSession extends Session {

    PostgresSession(Dialect dialect, Connection connection, String boundSchema) {
        super(dialect, connection, boundSchema);
    }

    @Override
    public void setLockWait(Duration timeout) throws SQLException {
        execute(timeout == null ? "RESET lock_timeout" : "SET lock_timeout = '" + Math.max(1, timeout.toMillis()) + "ms'");
    }

    /** 55P03 lock_not_available, which lock_timeout raises. */
    @Override
    public boolean isLockWaitTimeout(SQLException e) {
        return "55P03".equals(e.getSQLState());
    }

    @Override
    public String errorText(SQLException e) {
        if (e instanceof PSQLException p) {
            ServerErrorMessage m = p.getServerErrorMessage();
            if (m != null && m.getMessage() != null) {
                return m.getMessage();
            }
        }
        return super.errorText(e);
    }

    @Override
    public boolean isConnectionLost(SQLException e) {
        String state = e.getSQLState();
        return super.isConnectionLost(e) || "57P01".equals(state) || "57P02".equals(state) || "57P03".equals(state);
    }
}
