package dev.strata.dialect;

import dev.strata.StrataException;
import dev.strata.UsageException;

import java.sql.Driver;

/**
 * The JDBC drivers, loaded by name: strata-core declares them optional, as Flyway and Liquibase do,
 * so an application brings the one its database needs (in the version its framework manages) and a
 * missing one is a one-line error naming the artifact to add.
 */
public final class JdbcDrivers {

    private JdbcDrivers() {
    }

    /**
     * A new instance of a driver class.
     *
     * @param database how messages name the database, such as {@code PostgreSQL}
     * @param artifact the Maven coordinates that provide the class
     * @throws UsageException when the class is on no class path Strata can see
     */
    public static Driver load(String className, String database, String artifact) {
        Class<?> type = find(className, JdbcDrivers.class.getClassLoader());
        if (type == null) {
            type = find(className, Thread.currentThread().getContextClassLoader());
        }
        if (type == null) {
            throw new UsageException("the " + database + " JDBC driver (" + className + ") is not on the class path:"
                    + " add the dependency " + artifact);
        }
        try {
            return (Driver) type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new StrataException("cannot load the " + database + " JDBC driver " + className + ": " + e, e);
        }
    }

    private static Class<?> find(String className, ClassLoader loader) {
        if (loader == null) {
            return null;
        }
        try {
            return Class.forName(className, true, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }
}
