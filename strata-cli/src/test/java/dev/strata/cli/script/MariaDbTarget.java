package dev.strata.cli.script;

import dev.strata.testing.TestDb;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MariaDB (or MySQL) as Atlas's scripts use it: a database {@code $db} per script and a dev database
 * {@code ${db}_dev}. The expected outputs hard-code those names, so two runs on one server would meet:
 * a run holds the server lock {@code strata_scripts} from start to end, and a second run waits for it.
 */
final class MariaDbTarget implements ScriptTarget {

    private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)");

    private final String hostPort = TestDb.mariadbHostPort();
    private final Connection admin;
    private final String version;
    private final String charset;
    private final String collate;

    MariaDbTarget() throws SQLException {
        admin = TestDb.admin(TestDb.Kind.MARIADB, "");
        try (Statement st = admin.createStatement();
             ResultSet rs = st.executeQuery("SELECT GET_LOCK('strata_scripts', 900), VERSION(),"
                     + " @@character_set_server, @@collation_server")) {
            rs.next();
            if (rs.getInt(1) != 1) {
                throw new IllegalStateException("another run of the Atlas scripts held the lock strata_scripts"
                        + " on MariaDB for 15 minutes");
            }
            version = atlasVersion(rs.getString(2));
            charset = rs.getString(3);
            collate = rs.getString(4);
        }
    }

    /**
     * Atlas's name for the server version: MariaDB 10.7 and newer are {@code maria107}, the newest
     * MariaDB Atlas tests, older ones {@code maria103}; MySQL {@code mysql8}, {@code mysql57}.
     */
    static String atlasVersion(String serverVersion) {
        Matcher m = VERSION.matcher(serverVersion);
        if (!m.find()) {
            throw new IllegalArgumentException("cannot read the server version " + serverVersion);
        }
        int major = Integer.parseInt(m.group(1));
        int minor = Integer.parseInt(m.group(2));
        if (serverVersion.toLowerCase(java.util.Locale.ROOT).contains("mariadb")) {
            return major > 10 || (major == 10 && minor >= 7) ? "maria107" : "maria" + major + minor;
        }
        return major >= 8 ? "mysql8" : "mysql" + major + minor;
    }

    @Override
    public String indexColumn() {
        return version.startsWith("maria") ? "maria107" : "mysql8";
    }

    @Override
    public String folder() {
        return "mysql";
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public ScriptDatabase open(String db, Path work) throws SQLException {
        dropScriptDatabases();
        execute("CREATE DATABASE " + db);
        execute("CREATE DATABASE " + db + "_dev");
        return new Database(db);
    }

    private void execute(String sql) throws SQLException {
        AdminSql.execute(admin, sql);
    }

    /** Every database named like a script's: this run's own, or leftovers of a run that was killed. */
    private void dropScriptDatabases() throws SQLException {
        for (String n : AdminSql.strings(admin, "SHOW DATABASES LIKE 'script\\_%'")) {
            execute("DROP DATABASE `" + n.replace("`", "``") + "`");
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            execute("DO RELEASE_LOCK('strata_scripts')");
        } finally {
            admin.close();
        }
    }

    private String url(String db) {
        String scheme = version.startsWith("maria") ? "mariadb" : "mysql";
        return scheme + "://root@" + hostPort + "/" + db + "?parseTime=true";
    }

    /** The databases of one script. */
    private final class Database implements ScriptDatabase {

        private final String db;

        Database(String db) {
            this.db = db;
        }

        @Override
        public String url() {
            return MariaDbTarget.this.url(db);
        }

        @Override
        public String devUrl() {
            return MariaDbTarget.this.url(db + "_dev");
        }

        @Override
        public String projectUrl() {
            return MariaDbTarget.this.url("");
        }

        @Override
        public Map<String, String> vars() {
            return Map.of("dev", db + "_dev", "charset", charset, "collate", collate);
        }

        @Override
        public List<String> hclVariables() {
            return List.of("$charset", "$collate", "$db");
        }

        @Override
        public void execute(String sql) throws SQLException {
            MariaDbTarget.this.execute(sql);
        }

        @Override
        public boolean exists(String schema, String table) throws SQLException {
            return AdminSql.tableExists(admin, schema, table);
        }

        @Override
        public void clearSchema(String schema) throws SQLException {
            execute("DROP DATABASE IF EXISTS " + schema);
            execute("CREATE DATABASE IF NOT EXISTS " + schema);
        }

        /** {@code SHOW CREATE TABLE}, keeping only the AUTO_INCREMENT= and COMMENT= table options, as Atlas does. */
        @Override
        public String show(String schema, String table) throws SQLException {
            String create;
            try (Statement st = admin.createStatement();
                 ResultSet rs = st.executeQuery("SHOW CREATE TABLE `" + schema + "`.`" + table + "`")) {
                rs.next();
                create = rs.getString(2);
            }
            int i = create.lastIndexOf(')');
            StringBuilder out = new StringBuilder(create.substring(0, i + 1));
            for (String option : create.substring(i + 1).strip().split("\\s+")) {
                String key = option.split("=", 2)[0];
                if (key.equals("AUTO_INCREMENT") || key.equals("COMMENT")) {
                    out.append(' ').append(option);
                }
            }
            return out.toString();
        }

        @Override
        public void close() throws SQLException {
            dropScriptDatabases();
        }
    }
}
