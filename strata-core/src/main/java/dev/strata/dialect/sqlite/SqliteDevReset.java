package dev.strata.dialect.sqlite;

import dev.strata.dialect.DevReset;
import dev.strata.dialect.Identifiers;
import dev.strata.dialect.Jdbc;
import dev.strata.dialect.Session;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An SQLite dev database: the schema {@code main}, usually {@code sqlite://dev?mode=memory}, which
 * is empty by construction. The mark of a file is its {@code application_id}.
 */
public final class SqliteDevReset implements DevReset {

    /** "Strt", as the file's application id. */
    private static final int APPLICATION_ID = 0x53747274;

    private final Connection connection;

    public SqliteDevReset(Session session) {
        this.connection = session.connection();
    }

    @Override
    public Optional<String> firstObject() throws SQLException {
        return new Jdbc(connection).queryStrings("SELECT type || ' \"' || name || '\" in schema \"main\"' FROM sqlite_master"
                + " WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND type IN ('table', 'view', 'trigger', 'index')"
                + " ORDER BY CASE type WHEN 'table' THEN 1 WHEN 'view' THEN 2 ELSE 3 END, name LIMIT 1")
                .stream().findFirst();
    }

    @Override
    public boolean isMarked() throws SQLException {
        return new Jdbc(connection).queryStrings("PRAGMA application_id").contains(Integer.toString(APPLICATION_ID));
    }

    @Override
    public void mark() {
        try {
            new Jdbc(connection).execute("PRAGMA application_id = " + APPLICATION_ID);
        } catch (SQLException e) {
            // A read-only file; see DevReset.mark.
        }
    }

    @Override
    public void empty() throws SQLException {
        String foreignKeys = new Jdbc(connection).queryStrings("PRAGMA foreign_keys").get(0);
        List<String> sql = new ArrayList<>();
        sql.add("PRAGMA foreign_keys = OFF");
        for (String row : new Jdbc(connection).queryStrings("SELECT type || ' ' || name FROM sqlite_master"
                + " WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND type IN ('view', 'table')"
                + " ORDER BY CASE type WHEN 'view' THEN 1 ELSE 2 END, name")) {
            int space = row.indexOf(' ');
            sql.add("DROP " + row.substring(0, space).toUpperCase(Locale.ROOT) + " IF EXISTS "
                    + Identifiers.doubleQuoted(row.substring(space + 1)));
        }
        sql.add("PRAGMA foreign_keys = " + foreignKeys);
        new Jdbc(connection).execute(sql.toArray(String[]::new));
    }
}
