package dev.strata.dialect;

import dev.strata.UsageException;
import dev.strata.dialect.mysql.MySqlAttrs;
import dev.strata.dialect.mysql.MySqlTypeNames;
import dev.strata.dialect.postgres.PostgresAttrs;
import dev.strata.dialect.postgres.PostgresTypeNames;
import dev.strata.dialect.sqlite.SqliteAttrs;
import dev.strata.dialect.sqlite.SqliteTypeNames;
import dev.strata.schema.AttrTarget;
import dev.strata.schema.DialectAttr;
import dev.strata.schema.TypeNames;

import java.util.List;
import java.util.Locale;

/**
 * Finds a dialect's pieces of the schema model by the dialect's name ({@link Dialect#name()}):
 * its {@link TypeNames} and the reader of its {@link DialectAttr}s. A static switch, as
 * {@link Dialects} is, so only the chosen dialect's classes load; these belong on {@link Dialect}
 * once its capabilities are split out.
 */
public final class SchemaDialects {

    private SchemaDialects() {
    }

    /** The dialect's name in normal form: {@code postgres}, {@code mysql}, {@code mariadb} or {@code sqlite3}. */
    public static String normalize(String dialect) {
        return switch (dialect.toLowerCase(Locale.ROOT)) {
            case "postgres", "postgresql" -> "postgres";
            case "mysql" -> "mysql";
            case "mariadb", "maria" -> "mariadb";
            case "sqlite", "sqlite3" -> "sqlite3";
            default -> throw new UsageException("unknown dialect \"" + dialect
                    + "\" (known: postgres, mysql, mariadb, sqlite)");
        };
    }

    /** The dialect's type names. */
    public static TypeNames typeNames(String dialect) {
        return switch (normalize(dialect)) {
            case "postgres" -> new PostgresTypeNames();
            case "mysql", "mariadb" -> new MySqlTypeNames();
            default -> new SqliteTypeNames();
        };
    }

    /**
     * Reads a dialect attribute back from its key and printed value into {@code into}.
     *
     * @return whether the dialect knows an attribute {@code key} on {@code target}
     */
    public static boolean readAttr(String dialect, AttrTarget target, String key, Object value,
                                   List<DialectAttr> into) {
        return switch (normalize(dialect)) {
            case "postgres" -> PostgresAttrs.read(target, key, value, into);
            case "mysql", "mariadb" -> MySqlAttrs.read(target, key, value, into);
            default -> SqliteAttrs.read(target, key, value, into);
        };
    }
}
