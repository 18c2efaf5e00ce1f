package dev.strata.dialect.mysql;

import dev.strata.dialect.DevReset;
import dev.strata.dialect.Jdbc;
import dev.strata.dialect.Session;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static dev.strata.dialect.Identifiers.backticked;

/**
 * A MySQL or MariaDB dev database. Bound to a database (the URL's path), the scope is that
 * database's tables, views, sequences, routines and events, and emptying drops them one by one (a
 * user may own a database it may not drop). Unbound, the scope is the server: clean with no schema
 * but the system ones, emptied by dropping them. The mark is the bound database's comment, which
 * MariaDB 10.5 and newer keep; on MySQL and unbound, a database that is not clean is always refused.
 */
public final class MySqlDevReset implements DevReset {

    private static final String USER_SCHEMAS = "schema_name NOT IN ('mysql', 'information_schema',"
            + " 'performance_schema', 'sys')";

    private final Connection connection;
    private final String schema;

    public MySqlDevReset(Session session) {
        this.connection = session.connection();
        this.schema = session.boundSchema().orElse(null);
    }

    @Override
    public Optional<String> firstObject() throws SQLException {
        if (schema == null) {
            return new Jdbc(connection).queryStrings("SELECT CONCAT('schema \"', schema_name, '\"')"
                    + " FROM information_schema.schemata WHERE " + USER_SCHEMAS + " ORDER BY schema_name LIMIT 1")
                    .stream().findFirst();
        }
        return objects().stream().findFirst().map(o -> o.kind + " \"" + o.name + "\" in schema \"" + schema + "\"");
    }

    @Override
    public boolean isMarked() throws SQLException {
        if (schema == null) {
            return false;
        }
        try {
            return new Jdbc(connection).queryStrings("SELECT schema_comment FROM information_schema.schemata"
                    + " WHERE schema_name = ?", schema).contains(MARK);
        } catch (SQLException e) {
            return false; // MySQL and MariaDB before 10.5 have no schema comments
        }
    }

    @Override
    public void mark() {
        if (schema == null) {
            return;
        }
        try {
            new Jdbc(connection).execute("ALTER DATABASE " + backticked(schema) + " COMMENT '" + MARK + "'");
        } catch (SQLException e) {
            // MySQL has no database comments; see DevReset.mark.
        }
    }

    @Override
    public void empty() throws SQLException {
        List<String> sql = new ArrayList<>();
        if (schema == null) {
            for (String s : new Jdbc(connection).queryStrings("SELECT schema_name FROM information_schema.schemata WHERE "
                    + USER_SCHEMAS + " ORDER BY 1")) {
                sql.add("DROP DATABASE " + backticked(s));
            }
        } else {
            sql.add("SET FOREIGN_KEY_CHECKS = 0");
            for (Found o : objects()) {
                sql.add("DROP " + o.kind.toUpperCase(Locale.ROOT) + " IF EXISTS " + backticked(schema) + "."
                        + backticked(o.name));
            }
            sql.add("SET FOREIGN_KEY_CHECKS = 1");
        }
        new Jdbc(connection).execute(sql.toArray(String[]::new));
    }

    private record Found(String kind, String name) {
    }

    /** The bound database's objects, tables first (MySQL drops a table a view reads, or a foreign key names, with checks off). */
    private List<Found> objects() throws SQLException {
        List<Found> found = new ArrayList<>();
        for (String row : new Jdbc(connection).queryStrings(OBJECTS, schema, schema, schema)) {
            int tab = row.indexOf('\t');
            found.add(new Found(row.substring(0, tab), row.substring(tab + 1)));
        }
        return found;
    }

    private static final String OBJECTS = """
            SELECT CONCAT(k, '\\t', n) FROM (
              SELECT CASE table_type WHEN 'VIEW' THEN 2 WHEN 'SEQUENCE' THEN 3 ELSE 1 END AS o,
                  CASE table_type WHEN 'VIEW' THEN 'view' WHEN 'SEQUENCE' THEN 'sequence' ELSE 'table' END AS k,
                  table_name AS n
                FROM information_schema.tables WHERE table_schema = ?
              UNION ALL
              SELECT 4, LOWER(routine_type), routine_name FROM information_schema.routines WHERE routine_schema = ?
              UNION ALL
              SELECT 5, 'event', event_name FROM information_schema.events WHERE event_schema = ?
            ) found ORDER BY o, n""";
}
