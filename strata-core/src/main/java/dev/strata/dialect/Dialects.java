package dev.strata.dialect;

import dev.strata.StrataException;
import dev.strata.UsageException;
import dev.strata.dialect.mysql.MySqlDialect;
import dev.strata.dialect.postgres.PostgresDialect;
import dev.strata.dialect.sqlite.SqliteDialect;
import dev.strata.url.DatabaseUrl;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Picks the dialect for a URL scheme or a connection. Only the chosen dialect's classes (and its
 * driver's) are loaded, which keeps start-up short.
 */
public final class Dialects {

    private Dialects() {
    }

    /**
     * The dialect of a database URL.
     *
     * @throws UsageException for an unknown scheme
     */
    public static Dialect forUrl(DatabaseUrl url) {
        return switch (url.scheme()) {
            case "postgres", "postgresql" -> new PostgresDialect();
            case "mysql", "mysql+unix" -> new MySqlDialect("mysql");
            case "mariadb", "maria", "mariadb+unix", "maria+unix" -> new MySqlDialect("mariadb");
            case "sqlite", "sqlite3" -> new SqliteDialect();
            case "embedded" -> throw new UsageException(url.redacted() + " is a dev database (--dev-url):"
                    + " Strata starts it for one command and deletes it afterwards, so it cannot be migrated");
            case "docker" -> throw new UsageException("docker:// URLs are not supported: Strata needs no"
                    + " container engine; give the URL of a real database (sqlite://dev?mode=memory works as a dev database)");
            default -> throw new UsageException("unknown driver \"" + url.scheme()
                    + "\" in database URL (supported: postgres, postgresql, mysql, mariadb, maria, sqlite)");
        };
    }

    /** The dialect of an open connection, from the database product it reports. */
    public static Dialect forConnection(Connection connection) {
        try {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (product.contains("postgres")) {
                return new PostgresDialect();
            }
            if (product.contains("mariadb")) {
                return new MySqlDialect("mariadb");
            }
            if (product.contains("mysql")) {
                return new MySqlDialect("mysql");
            }
            if (product.contains("sqlite")) {
                return new SqliteDialect();
            }
            throw new StrataException("unsupported database \"" + product
                    + "\" (Strata supports PostgreSQL, MySQL, MariaDB and SQLite)");
        } catch (SQLException e) {
            throw new StrataException("reading the database product name: " + e.getMessage(), e);
        }
    }
}
