package dev.strata.cli.script;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * SQLite as Atlas's scripts use it: the file {@code $WORK/atlas.sqlite} opened with foreign keys on
 * ({@code sqlite://file:$WORK/atlas.sqlite?cache=shared&_fk=1}), {@code $db} is {@code main}, and the
 * dev database is {@code sqlite://dev?mode=memory}. Each check opens the file for itself, so no
 * connection of the harness is open while the command line works on it.
 */
final class SqliteTarget implements ScriptTarget {

    @Override
    public String indexColumn() {
        return "sqlite";
    }

    @Override
    public String folder() {
        return "sqlite";
    }

    /** Atlas's harness sets no version for SQLite. */
    @Override
    public String version() {
        return "";
    }

    @Override
    public ScriptDatabase open(String db, Path work) {
        return new File(work.resolve("atlas.sqlite"));
    }

    @Override
    public void close() {
    }

    /** The SQLite file of one script; it goes with the work directory. */
    private record File(Path path) implements ScriptDatabase {

        @Override
        public String url() {
            return "sqlite://file:" + path + "?cache=shared&_fk=1";
        }

        @Override
        public String devUrl() {
            return "sqlite://dev?mode=memory";
        }

        @Override
        public String projectUrl() {
            return url();
        }

        @Override
        public Map<String, String> vars() {
            return Map.of();
        }

        @Override
        public List<String> hclVariables() {
            return List.of("$db");
        }

        private Connection connect() throws SQLException {
            Properties p = new Properties();
            p.setProperty("foreign_keys", "true");
            return DriverManager.getConnection("jdbc:sqlite:" + path, p);
        }

        @Override
        public void execute(String sql) throws SQLException {
            try (Connection c = connect()) {
                AdminSql.execute(c, sql);
            }
        }

        @Override
        public boolean exists(String schema, String table) throws SQLException {
            return !rows("SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?", table).isEmpty();
        }

        /** Empties the file as Atlas does: schema rows deleted under {@code writable_schema}, then VACUUM. */
        @Override
        public void clearSchema(String schema) throws SQLException {
            try (Connection c = connect(); Statement st = c.createStatement()) {
                st.execute("PRAGMA writable_schema = 1");
                st.execute("DELETE FROM sqlite_master WHERE type IN ('table', 'index', 'trigger')");
                st.execute("PRAGMA writable_schema = 0");
                st.execute("VACUUM");
            }
        }

        /** Every {@code sql} of the schema rows of the table, joined by newlines. */
        @Override
        public String show(String schema, String table) throws SQLException {
            List<String> sql = rows("SELECT sql FROM sqlite_schema WHERE tbl_name = ?", table);
            if (sql.contains(null)) {
                // Atlas's harness scans into a Go string, which fails on the NULL sql of an automatic index.
                throw new ScriptFailure("show table \"" + table + "\": a schema row has no sql (an automatic index)");
            }
            return String.join("\n", sql);
        }

        private List<String> rows(String query, String arg) throws SQLException {
            try (Connection c = connect()) {
                return AdminSql.strings(c, query, arg);
            }
        }

        @Override
        public void close() {
        }
    }
}
