package dev.strata.dialect;

import dev.strata.url.DatabaseUrl;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * strata-core's JDBC drivers are optional: on a class path without the one a URL needs, opening it
 * is a one-line usage error naming the artifact to add, not a NoClassDefFoundError.
 */
class MissingDriverTest {

    /** strata-core's own classes, without any driver, as an application that forgot one has them. */
    private static URLClassLoader coreOnly() {
        URL core = DatabaseUrl.class.getProtectionDomain().getCodeSource().getLocation();
        return new URLClassLoader(new URL[] {core}, ClassLoader.getPlatformClassLoader());
    }

    private static Throwable open(String url) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader loader = coreOnly()) {
            thread.setContextClassLoader(loader);
            Class<?> urlType = Class.forName(DatabaseUrl.class.getName(), true, loader);
            Object parsed = urlType.getMethod("parse", String.class).invoke(null, url);
            Object dialect = Class.forName(Dialects.class.getName(), true, loader).getMethod("forUrl", urlType)
                    .invoke(null, parsed);
            Class.forName(Dialect.class.getName(), true, loader).getMethod("open", urlType).invoke(dialect, parsed);
            throw new AssertionError("opened " + url + " without its driver");
        } catch (InvocationTargetException e) {
            return e.getCause();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Test
    void aMissingDriverNamesTheArtifactToAdd() throws Exception {
        Throwable pg = open("postgres://app:secret-pw@127.0.0.1:1/app");
        assertThat(pg.getClass().getName()).isEqualTo("dev.strata.UsageException");
        assertThat(pg).hasMessage("the PostgreSQL JDBC driver (org.postgresql.Driver) is not on the class path: add"
                + " the dependency org.postgresql:postgresql");
        assertThat(open("mysql://root@127.0.0.1:1/app")).hasMessage("the MySQL/MariaDB JDBC driver"
                + " (org.mariadb.jdbc.Driver) is not on the class path: add the dependency"
                + " org.mariadb.jdbc:mariadb-java-client (Strata talks to MySQL and MariaDB through it)");
        assertThat(open("jdbc:sqlite:app.db")).hasMessage("the SQLite JDBC driver (org.sqlite.JDBC) is not on the"
                + " class path: add the dependency org.xerial:sqlite-jdbc");
    }
}
