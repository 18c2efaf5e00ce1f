package dev.strata.testing;

import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A {@link DataSource} over {@link DriverManager}, as an application server or a pool would hand one
 * out, that counts the connections still open so tests can check that every one was closed.
 */
public final class SimpleDataSource implements DataSource {

    private final String jdbcUrl;
    private final Properties props;
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicInteger taken = new AtomicInteger();

    public SimpleDataSource(String jdbcUrl, Properties props) {
        this.jdbcUrl = jdbcUrl;
        this.props = props;
    }

    /** Connections handed out and not closed yet. */
    public int openConnections() {
        return open.get();
    }

    /** Connections handed out in all. */
    public int connectionsTaken() {
        return taken.get();
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection real = DriverManager.getConnection(jdbcUrl, props);
        open.incrementAndGet();
        taken.incrementAndGet();
        boolean[] closed = {false};
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close") && !closed[0]) {
                        closed[0] = true;
                        open.decrementAndGet();
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("credentials come with the data source");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return false;
    }
}
