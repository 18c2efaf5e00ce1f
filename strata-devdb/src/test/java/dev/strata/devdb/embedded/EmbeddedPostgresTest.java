package dev.strata.devdb.embedded;

import dev.strata.devdb.DevDatabase;
import dev.strata.UsageException;
import dev.strata.url.DatabaseUrl;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded PostgreSQL: starts, serves, stops, and leaves nothing behind. */
class EmbeddedPostgresTest {

    @Test
    void startsServesAndLeavesNothingBehind() throws SQLException {
        long start = System.nanoTime();
        Path data;
        long pid;
        try (DevDatabase dev = DevDatabase.open(DatabaseUrl.parse("embedded://postgres"))) {
            System.out.printf("embedded://postgres started in %d ms%n", (System.nanoTime() - start) / 1_000_000);
            assertThat(dev.url().redacted()).startsWith("postgres://postgres@127.0.0.1:");
            assertThat(query(dev, "SELECT version()")).startsWith("PostgreSQL 17.6");
            dev.session().execute("CREATE TABLE t (id serial PRIMARY KEY, name text)");
            dev.session().execute("INSERT INTO t (name) VALUES ('x')");
            data = Path.of(query(dev, "SELECT current_setting('data_directory')"));
            pid = Long.parseLong(query(dev, "SELECT pg_postmaster_start_time() IS NOT NULL")
                    .equals("t") ? readPid(data) : "0");
            assertThat(ProcessHandle.of(pid)).isPresent();
            start = System.nanoTime();
        }
        System.out.printf("embedded://postgres stopped in %d ms%n", (System.nanoTime() - start) / 1_000_000);
        assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty();
        assertThat(data.getParent()).doesNotExist();
        assertThat(ProcessHandle.current().children().toList()).isEmpty();
    }

    @Test
    void versionDatabaseAndSchemaAreChosenByTheUrl() throws SQLException {
        try (DevDatabase dev = DevDatabase.open(DatabaseUrl.parse("embedded://postgres/15/dev?search_path=app"))) {
            assertThat(query(dev, "SELECT version()")).startsWith("PostgreSQL 15.");
            assertThat(query(dev, "SELECT current_database()")).isEqualTo("dev");
            dev.session().execute("CREATE SCHEMA app");
            dev.session().execute("CREATE TABLE t (id int)");
            assertThat(query(dev, "SELECT table_schema FROM information_schema.tables WHERE table_name = 't'"))
                    .isEqualTo("app");
        }
        assertThatThrownBy(() -> DevDatabase.open(DatabaseUrl.parse("embedded://postgres/9")))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("no embedded PostgreSQL 9 found (available: ")
                .hasMessageContaining("17.6.0")
                .hasMessageContaining("mvn dependency:get -Dartifact=io.zonky.test.postgres:");
    }

    @Test
    void eachStartIsAFreshServer() throws SQLException {
        try (DevDatabase a = DevDatabase.open(DatabaseUrl.parse("embedded://postgres"));
             DevDatabase b = DevDatabase.open(DatabaseUrl.parse("embedded://postgres"))) {
            assertThat(a.url().port()).isNotEqualTo(b.url().port());
            a.session().execute("CREATE TABLE only_in_a (id int)");
            assertThat(query(b, "SELECT count(*) FROM pg_tables WHERE tablename = 'only_in_a'")).isEqualTo("0");
        }
    }

    static String query(DevDatabase dev, String sql) throws SQLException {
        try (var st = dev.session().connection().createStatement(); var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String readPid(Path data) {
        try {
            return List.copyOf(Files.readAllLines(data.resolve("postmaster.pid"))).get(0).strip();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
