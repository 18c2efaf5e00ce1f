package dev.strata.testing;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * A fresh database for one test, on the real servers: PostgreSQL on 127.0.0.1:5432, MariaDB on
 * 127.0.0.1:3306, or an SQLite file. Closing drops it. When a server is down the test is skipped,
 * except under CI=true, where a missing server is a failure. The admin URLs can be changed with
 * STRATA_TEST_POSTGRES and STRATA_TEST_MARIADB (host:port).
 */
public final class TestDb implements AutoCloseable {

    public enum Kind { POSTGRES, MARIADB, SQLITE }

    private final Kind kind;
    private final String name;
    private final String url;
    private final String jdbc;
    private final Properties props;
    private final Path file;

    private TestDb(Kind kind, String name, String url, String jdbc, Properties props, Path file) {
        this.kind = kind;
        this.name = name;
        this.url = url;
        this.jdbc = jdbc;
        this.props = props;
        this.file = file;
    }

    public static TestDb create(Kind kind) {
        return switch (kind) {
            case POSTGRES -> postgres();
            case MARIADB -> mariadb();
            case SQLITE -> sqlite();
        };
    }

    public static String postgresHostPort() {
        return env("STRATA_TEST_POSTGRES", "127.0.0.1:5432");
    }

    public static String mariadbHostPort() {
        return env("STRATA_TEST_MARIADB", "127.0.0.1:3306");
    }

    public static TestDb postgres() {
        String name = newName();
        Properties p = props("postgres", null);
        String admin = "jdbc:postgresql://" + postgresHostPort() + "/postgres?sslmode=disable";
        exec(Kind.POSTGRES, admin, p, "CREATE DATABASE " + name);
        return new TestDb(Kind.POSTGRES, name, "postgres://postgres@" + postgresHostPort() + "/" + name
                + "?sslmode=disable", "jdbc:postgresql://" + postgresHostPort() + "/" + name + "?sslmode=disable", p,
                null);
    }

    public static TestDb mariadb() {
        String name = newName();
        Properties p = props("root", "");
        String admin = "jdbc:mariadb://" + mariadbHostPort() + "/";
        exec(Kind.MARIADB, admin, p, "CREATE DATABASE " + name);
        return new TestDb(Kind.MARIADB, name, "mysql://root@" + mariadbHostPort() + "/" + name,
                "jdbc:mariadb://" + mariadbHostPort() + "/" + name, p, null);
    }

    public static TestDb sqlite() {
        try {
            Path dir = Files.createTempDirectory("strata-sqlite");
            Path file = dir.resolve("test.db");
            return new TestDb(Kind.SQLITE, "main", "sqlite://" + file, "jdbc:sqlite:" + file, new Properties(),
                    file);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String newName() {
        return "strata_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private static Properties props(String user, String password) {
        Properties p = new Properties();
        p.setProperty("user", user);
        if (password != null) {
            p.setProperty("password", password);
        }
        return p;
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    /** Whether a server answers; without CI=true an absent server skips the test. */
    private static void exec(Kind kind, String jdbc, Properties p, String sql) {
        try (Connection c = DriverManager.getConnection(jdbc, p); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            unreachable(kind, e);
        }
    }

    /**
     * An admin connection to a database of the PostgreSQL or MariaDB server (user postgres or root),
     * for a test that manages its own databases; an absent server skips the test, or fails it under CI=true.
     */
    public static Connection admin(Kind kind, String database) {
        boolean pg = kind == Kind.POSTGRES;
        String jdbc = pg ? "jdbc:postgresql://" + postgresHostPort() + "/" + database + "?sslmode=disable"
                : "jdbc:mariadb://" + mariadbHostPort() + "/" + database;
        try {
            return DriverManager.getConnection(jdbc, pg ? props("postgres", null) : props("root", ""));
        } catch (SQLException e) {
            unreachable(kind, e);
            throw new IllegalStateException(e);
        }
    }

    private static void unreachable(Kind kind, SQLException e) {
        String what = (kind == Kind.POSTGRES ? "PostgreSQL at " + postgresHostPort() : "MariaDB at "
                + mariadbHostPort()) + " is not reachable: " + e.getMessage();
        if ("true".equals(System.getenv("CI"))) {
            fail(what + " (CI=true requires the real servers)");
        }
        Assumptions.abort(what + "; skipping");
    }

    public Kind kind() {
        return kind;
    }

    /** The database (or, for SQLite, the schema {@code main}). */
    public String name() {
        return name;
    }

    /** The Strata URL of the database. */
    public String url() {
        return url;
    }

    /** The JDBC URL of the database, as an application's DataSource would have it. */
    public String jdbcUrl() {
        return jdbc;
    }

    /** The user to connect as, or empty when the database has none (SQLite). */
    public String user() {
        return props.getProperty("user", "");
    }

    /** The SQLite file, or null. */
    public Path file() {
        return file;
    }

    /** A DataSource over this database, as an application would have one. */
    public SimpleDataSource dataSource() {
        return new SimpleDataSource(jdbc, props);
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbc, props);
    }

    public void execute(String... sql) throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            for (String s : sql) {
                st.execute(s);
            }
        }
    }

    /**
     * Waits until no other session is connected to this database: after a client is killed, the
     * server can still be ending its session (and committing what the client sent last), and a test
     * that reads the state a kill left must read it after that. SQLite has no sessions to wait for.
     */
    public void awaitOtherSessionsGone(java.time.Duration timeout) throws SQLException, InterruptedException {
        String count = switch (kind) {
            case POSTGRES -> "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                    + " AND pid <> pg_backend_pid()";
            case MARIADB -> "SELECT count(*) FROM information_schema.processlist WHERE db = DATABASE()"
                    + " AND id <> CONNECTION_ID()";
            case SQLITE -> null;
        };
        if (count == null) {
            return;
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!column(count).get(0).equals("0")) {
            if (System.nanoTime() > deadline) {
                fail("another session is still connected to " + name + " after " + timeout);
            }
            Thread.sleep(20);
        }
    }

    /** The first column of every row of a query. */
    public List<String> column(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** The user tables of the database, sorted. */
    public List<String> tables() throws SQLException {
        return switch (kind) {
            case POSTGRES -> column("SELECT schemaname || '.' || tablename FROM pg_tables WHERE schemaname NOT IN"
                    + " ('pg_catalog', 'information_schema') ORDER BY 1");
            case MARIADB -> column("SELECT table_name FROM information_schema.tables WHERE table_schema = '" + name
                    + "' ORDER BY 1");
            case SQLITE -> column("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                    + " ORDER BY 1");
        };
    }

    /** The tables other than the revisions table, without their schema. */
    public List<String> userTables() throws SQLException {
        List<String> out = new ArrayList<>();
        for (String t : tables()) {
            String bare = t.substring(t.indexOf('.') + 1);
            if (!bare.equals("atlas_schema_revisions")) {
                out.add(bare);
            }
        }
        return out;
    }

    /** Where the revisions table of this database lives by default, qualified for queries. */
    public String revisionsTable() {
        return switch (kind) {
            case POSTGRES -> "atlas_schema_revisions.atlas_schema_revisions";
            case MARIADB -> name + ".atlas_schema_revisions";
            case SQLITE -> "atlas_schema_revisions";
        };
    }

    @Override
    public void close() {
        try {
            switch (kind) {
                case POSTGRES -> exec(kind, "jdbc:postgresql://" + postgresHostPort() + "/postgres?sslmode=disable",
                        props, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                case MARIADB -> exec(kind, "jdbc:mariadb://" + mariadbHostPort() + "/", props,
                        "DROP DATABASE IF EXISTS " + name);
                case SQLITE -> {
                    try (var files = Files.list(file.getParent())) {
                        for (Path f : files.toList()) {
                            Files.deleteIfExists(f);
                        }
                    }
                    Files.deleteIfExists(file.getParent());
                }
            }
        } catch (Exception e) {
            // Leftovers are named strata_t_*; they do not affect other tests.
        }
    }
}
