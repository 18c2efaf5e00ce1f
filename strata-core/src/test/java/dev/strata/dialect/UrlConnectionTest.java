package dev.strata.dialect;

import dev.strata.UsageException;
import dev.strata.testing.TestDb;
import dev.strata.url.DatabaseUrl;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The URL forms teams bring, connected for real: JDBC URLs, Unix sockets, and the query parameters
 * of Atlas's drivers, the JDBC drivers and the servers; a parameter nobody knows is refused by name.
 */
class UrlConnectionTest {

    /** Where Debian's PostgreSQL and MariaDB put their sockets; STRATA_TEST_*_SOCKET changes them. */
    private static final Path PG_SOCKET_DIR = Path.of(env("STRATA_TEST_POSTGRES_SOCKET_DIR", "/var/run/postgresql"));
    private static final Path MARIADB_SOCKET = Path.of(env("STRATA_TEST_MARIADB_SOCKET", "/run/mysqld/mysqld.sock"));

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    private static String query(String url, String sql) throws SQLException {
        DatabaseUrl u = DatabaseUrl.parse(url);
        try (Session s = Dialects.forUrl(u).open(u); Statement st = s.connection().createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }

    private static void requireSocket(Path socket) {
        Assumptions.assumeTrue(Files.exists(socket), "no server socket at " + socket + "; skipping");
    }

    @Test
    void postgresJdbcUrlWithItsParameters() throws Exception {
        try (TestDb db = TestDb.postgres()) {
            db.execute("CREATE SCHEMA sales");
            String url = "jdbc:postgresql://" + TestDb.postgresHostPort() + "/" + db.name()
                    + "?user=postgres&sslmode=disable&currentSchema=sales&ApplicationName=jdbc-form";
            assertThat(query(url, "SELECT current_schema() || ' ' || current_setting('application_name')"))
                    .isEqualTo("sales jdbc-form");
            DatabaseUrl u = DatabaseUrl.parse(url);
            try (Session s = Dialects.forUrl(u).open(u)) {
                assertThat(s.boundSchema()).contains("sales");
            }
        }
    }

    @Test
    void postgresRunTimeSettingsAsLibPqSendsThem() throws Exception {
        try (TestDb db = TestDb.postgres()) {
            assertThat(query(db.url() + "&statement_timeout=1234&lock_timeout=2s", "SELECT current_setting("
                    + "'statement_timeout') || ' ' || current_setting('lock_timeout')")).isEqualTo("1234ms 2s");
        }
    }

    @Test
    void postgresParameterNobodyKnowsIsRefusedByName() throws Exception {
        try (TestDb db = TestDb.postgres()) {
            assertThatThrownBy(() -> query(db.url() + "&serch_path=app", "SELECT 1"))
                    .isInstanceOf(UsageException.class)
                    .hasMessage("database URL " + db.url() + "&serch_path=app: unknown parameter \"serch_path\" (not a"
                            + " parameter of libpq, the PostgreSQL JDBC driver, or a setting of the server); did you"
                            + " mean \"search_path\"?");
            assertThatThrownBy(() -> query(db.url() + "&target_session_attrs=read-write", "SELECT 1"))
                    .isInstanceOf(UsageException.class)
                    .hasMessage("database URL " + db.url() + "&target_session_attrs=read-write: libpq's parameter"
                            + " \"target_session_attrs\" has no counterpart in the PostgreSQL JDBC driver Strata"
                            + " connects with");
        }
    }

    @Test
    void postgresSocketDirectoryIsHonouredNotReplacedByTcp() throws Exception {
        requireSocket(PG_SOCKET_DIR.resolve(".s.PGSQL.5432"));
        try (TestDb db = TestDb.postgres()) {
            // inet_client_addr() is null for a Unix-socket connection, an address for TCP.
            assertThat(query("postgres://postgres@/" + db.name() + "?host=" + PG_SOCKET_DIR,
                    "SELECT coalesce(inet_client_addr()::text, 'unix')")).isEqualTo("unix");
            assertThat(query("postgres://postgres@" + PG_SOCKET_DIR.toString().replace("/", "%2F") + "/" + db.name(),
                    "SELECT coalesce(inet_client_addr()::text, 'unix')")).isEqualTo("unix");
            assertThatThrownBy(() -> query("postgres://postgres@/" + db.name() + "?host=/nonexistent/dir", "SELECT 1"))
                    .hasMessageStartingWith("cannot connect to postgres://postgres@/" + db.name()
                            + "?host=/nonexistent/dir: ")
                    .hasMessageContaining("/nonexistent/dir/.s.PGSQL.5432");
        }
    }

    @Test
    void mysqlJdbcUrlsAsSpringHasThem() throws Exception {
        try (TestDb db = TestDb.mariadb()) {
            for (String scheme : new String[] {"jdbc:mysql", "jdbc:mariadb"}) {
                String url = scheme + "://" + TestDb.mariadbHostPort() + "/" + db.name()
                        + "?user=root&password=&useSSL=false&serverTimezone=UTC&characterEncoding=utf8";
                assertThat(query(url, "SELECT DATABASE()")).as(url).isEqualTo(db.name());
            }
        }
    }

    /**
     * A MySQL connection sends a revision record with its COMMIT, and an in-doubt record with its DDL
     * statement, as one multi-statement prepared statement: that holds whatever the URL asks of
     * Connector/J's prepared statements.
     */
    @Test
    void mysqlRecordsGoWithTheirStatementsWhateverTheUrlAsks(@org.junit.jupiter.api.io.TempDir Path tmp)
            throws Exception {
        try (TestDb db = TestDb.mariadb()) {
            Path dir = dev.strata.testing.TestDirs.write(tmp.resolve("migrations"),
                    "1_a.sql", "CREATE TABLE a (id int);\nINSERT INTO a VALUES (1);\nCREATE INDEX a_id ON a (id);\n");
            dev.strata.Strata.builder().url(db.url() + "?useServerPrepStmts=true&allowMultiQueries=false").dir(dir)
                    .build().apply();
            assertThat(db.column("SELECT concat(version, ' ', applied, '/', total, ' ', error) FROM "
                    + db.revisionsTable())).containsExactly("1 3/3 ");
            assertThat(db.column("SELECT count(*) FROM a")).containsExactly("1");
        }
    }

    @Test
    void mysqlSessionVariablesAsGoSendsThemAndUnknownOnesRefused() throws Exception {
        try (TestDb db = TestDb.mariadb()) {
            assertThat(query(db.url() + "?sql_mode=ANSI_QUOTES&parseTime=true", "SELECT @@SESSION.sql_mode"))
                    .isEqualTo("ANSI_QUOTES");
            assertThatThrownBy(() -> query(db.url() + "?sslmod=disable", "SELECT 1"))
                    .isInstanceOf(UsageException.class)
                    .hasMessage("database URL " + db.url() + "?sslmod=disable: unknown parameter \"sslmod\" (not a"
                            + " parameter of Atlas's URLs, the MariaDB JDBC driver, or a system variable of the"
                            + " server); did you mean \"sslMode\"?");
        }
    }

    @Test
    void mysqlUnixSocket() throws Exception {
        requireSocket(MARIADB_SOCKET);
        try (TestDb db = TestDb.mariadb()) {
            // A TCP client's host is host:port; a Unix socket's is the bare host name.
            String sql = "SELECT concat(DATABASE(), ' ', host) FROM information_schema.processlist"
                    + " WHERE id = CONNECTION_ID()";
            assertThat(query("mysql+unix://root@" + MARIADB_SOCKET + "?database=" + db.name(), sql))
                    .isEqualTo(db.name() + " localhost");
            assertThat(query("mariadb://root@localhost/" + db.name() + "?localSocket=" + MARIADB_SOCKET, sql))
                    .isEqualTo(db.name() + " localhost");
            assertThat(query(db.url(), sql)).matches(db.name() + " .+:\\d+");
        }
    }

    @Test
    void sqliteJdbcUrlAndItsDriverParameters() throws Exception {
        try (TestDb db = TestDb.sqlite()) {
            assertThat(query("jdbc:sqlite:" + db.file() + "?foreign_keys=true", "PRAGMA foreign_keys")).isEqualTo("1");
            assertThat(query("sqlite://" + db.file() + "?_fk=1&_sync=OFF", "PRAGMA synchronous")).isEqualTo("0");
            assertThat(query("jdbc:sqlite::memory:", "SELECT 41 + 1")).isEqualTo("42");
            assertThatThrownBy(() -> query("sqlite://" + db.file() + "?_fkk=1", "SELECT 1"))
                    .isInstanceOf(UsageException.class)
                    .hasMessage("database URL sqlite://" + db.file() + "?_fkk=1: unknown parameter \"_fkk\" (not a"
                            + " parameter of Atlas's URLs or the SQLite JDBC driver); did you mean \"_fk\"?");
        }
    }
}
