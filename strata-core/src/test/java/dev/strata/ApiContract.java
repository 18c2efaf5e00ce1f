package dev.strata;

import dev.strata.migrate.ChecksumException;
import dev.strata.migrate.MigrationFile;
import dev.strata.migrate.SumFile;
import dev.strata.migrate.exec.ApplyEvent;
import dev.strata.migrate.exec.ApplyException;
import dev.strata.migrate.exec.ApplyResult;
import dev.strata.migrate.exec.StatusResult;
import dev.strata.testing.SimpleDataSource;
import dev.strata.testing.TestDb;
import dev.strata.testing.TestDirs;
import dev.strata.testing.TestJars;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The public API as an application uses it, run against each database by a subclass: through a URL
 * and through a DataSource, from a folder, from the class path and from a jar.
 */
abstract class ApiContract {

    static final String USERS = "CREATE TABLE users (id int PRIMARY KEY, name varchar(100));\n"
            + "INSERT INTO users VALUES (1, 'a');\n";
    static final String PETS = "-- Pets belong to users.\nCREATE TABLE pets (id int PRIMARY KEY, owner int);\n";

    @TempDir
    Path tmp;
    TestDb db;

    abstract TestDb.Kind kind();

    @BeforeEach
    void createDatabase() {
        db = TestDb.create(kind());
    }

    @AfterEach
    void dropDatabase() {
        if (db != null) {
            db.close();
        }
    }

    List<String> userTables() throws SQLException {
        return db.userTables();
    }

    List<String> versions() throws SQLException {
        return db.column("SELECT version FROM " + db.revisionsTable() + " ORDER BY version");
    }

    @Test
    void appliesAFolderThroughAUrl() throws Exception {
        Path dir = TestDirs.write(tmp.resolve("migrations"), "1_users.sql", USERS, "2_pets.sql", PETS);
        Strata strata = Strata.builder().url(db.url()).location(dir.toString()).build();

        ApplyResult r = strata.apply();

        assertThat(r.succeeded()).isTrue();
        assertThat(r.current()).isEmpty();
        assertThat(r.target()).isEqualTo("2");
        assertThat(r.pending()).extracting(MigrationFile::name).containsExactly("1_users.sql", "2_pets.sql");
        assertThat(r.files()).extracting(f -> f.file().version()).containsExactly("1", "2");
        assertThat(r.files().get(0).statements()).containsExactly(
                "CREATE TABLE users (id int PRIMARY KEY, name varchar(100));", "INSERT INTO users VALUES (1, 'a');");
        assertThat(r.files().get(1).statements()).containsExactly("CREATE TABLE pets (id int PRIMARY KEY, owner int);");
        for (ApplyResult.FileResult f : r.files()) {
            assertThat(f.error()).isNull();
            assertThat(f.start()).isBeforeOrEqualTo(f.end());
            assertThat(f.start()).isAfterOrEqualTo(r.start());
            assertThat(f.end()).isBeforeOrEqualTo(r.end());
        }
        assertThat(userTables()).containsExactlyInAnyOrder("users", "pets");
        assertThat(versions()).containsExactly("1", "2");

        assertThat(strata.apply().nothingPending()).as("a second run has nothing to do").isTrue();
    }

    @Test
    void appliesFromTheClassPathThroughADataSourceAndClosesEveryConnection() throws Exception {
        SimpleDataSource ds = db.dataSource();
        Strata strata = Strata.builder().dataSource(ds).location("classpath:strata-test/migrations").build();
        assertThat(strata.dir().location()).isEqualTo("classpath:strata-test/migrations");

        StatusResult before = strata.status();
        assertThat(before.pending()).extracting(MigrationFile::version).containsExactly("1", "2");
        assertThat(before.current()).isEmpty();

        assertThat(strata.apply(1).files()).extracting(f -> f.file().name()).containsExactly("1_users.sql");
        StatusResult half = strata.status();
        assertThat(half.current()).isEqualTo(Optional.of("1"));
        assertThat(half.next()).isEqualTo(Optional.of("2"));
        assertThat(half.status()).isEqualTo("PENDING");

        assertThat(strata.apply().files()).extracting(f -> f.file().name()).containsExactly("2_pets.sql");
        StatusResult after = strata.status();
        assertThat(after.status()).isEqualTo("OK");
        assertThat(after.applied()).hasSize(2);

        assertThat(userTables()).containsExactlyInAnyOrder("users", "pets");
        assertThat(versions()).containsExactly("1", "2");
        assertThat(ds.connectionsTaken()).isEqualTo(5);
        assertThat(ds.openConnections()).as("connections left open").isZero();
    }

    @Test
    void aDataSourceAndAUrlReachTheSameRevisionsTable() throws Exception {
        Path dir = TestDirs.write(tmp.resolve("migrations"), "1_users.sql", USERS);
        Strata.builder().dataSource(db.dataSource()).dir(dir).build().apply();
        TestDirs.write(dir, "2_pets.sql", PETS);
        ApplyResult r = Strata.builder().url(db.url()).dir(dir).build().apply();
        assertThat(r.current()).isEqualTo("1");
        assertThat(r.files()).extracting(f -> f.file().name()).containsExactly("2_pets.sql");
        assertThat(versions()).containsExactly("1", "2");
    }

    @Test
    void appliesFromAJarOnTheClassPath() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("db/migrations/1_users.sql", USERS.getBytes(StandardCharsets.UTF_8));
        entries.put("db/migrations/2_pets.sql", PETS.getBytes(StandardCharsets.UTF_8));
        entries.put("db/migrations/atlas.sum", SumFile.of(List.of(new MigrationFile("1_users.sql",
                USERS.getBytes(StandardCharsets.UTF_8)), new MigrationFile("2_pets.sql",
                PETS.getBytes(StandardCharsets.UTF_8)))).toBytes());
        entries.put("db/migrations/archive/0_old.sql", "this is not SQL".getBytes(StandardCharsets.UTF_8));
        entries.put("db/migrations/README.md", "not a migration".getBytes(StandardCharsets.UTF_8));
        Path jar = TestJars.write(tmp.resolve("app.jar"), entries);

        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            Strata strata = Strata.builder().url(db.url()).location("classpath:db/migrations", loader).build();
            strata.validate();
            ApplyResult r = strata.apply();
            assertThat(r.files()).extracting(f -> f.file().name()).containsExactly("1_users.sql", "2_pets.sql");
            assertThatThrownBy(strata::hash).isInstanceOf(UsageException.class)
                    .hasMessage("cannot write atlas.sum into classpath:db/migrations: a classpath location is read-only"
                            + " (hash the source folder, such as src/main/resources/db/migrations, before packaging)");
        }
        assertThat(userTables()).containsExactlyInAnyOrder("users", "pets");
        assertThat(versions()).containsExactly("1", "2");
    }

    @Test
    void aTamperedJarFailsBeforeTheDatabaseIsTouched() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("db/migrations/1_users.sql", USERS.getBytes(StandardCharsets.UTF_8));
        entries.put("db/migrations/atlas.sum", SumFile.of(List.of(new MigrationFile("1_users.sql",
                "CREATE TABLE other (id int);\n".getBytes(StandardCharsets.UTF_8)))).toBytes());
        Path jar = TestJars.write(tmp.resolve("app.jar"), entries);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            Strata strata = Strata.builder().url(db.url()).location("classpath:db/migrations", loader).build();
            assertThatThrownBy(strata::apply).isInstanceOf(ChecksumException.class)
                    .hasMessage("checksum mismatch: 1_users.sql was edited (classpath:db/migrations/atlas.sum line 2)");
        }
        assertThat(db.tables()).isEmpty();
    }

    @Test
    void theListenerSeesEachStepAsItHappens() throws Exception {
        Path dir = TestDirs.write(tmp.resolve("migrations"), "1_users.sql", USERS, "2_pets.sql", PETS);
        List<String> seen = new ArrayList<>();
        Strata.builder().url(db.url()).dir(dir).listener(e -> seen.add(describe(e))).build().apply();
        assertThat(seen).containsExactly("Planned 2", "FileStarted 1_users.sql",
                "StatementStarted CREATE TABLE users (id int PRIMARY KEY, name varchar(100));",
                "StatementStarted INSERT INTO users VALUES (1, 'a');", "FileApplied 1_users.sql",
                "FileStarted 2_pets.sql", "StatementStarted CREATE TABLE pets (id int PRIMARY KEY, owner int);",
                "FileApplied 2_pets.sql");
    }

    private static String describe(ApplyEvent e) {
        if (e instanceof ApplyEvent.Planned p) {
            return "Planned " + p.target();
        }
        if (e instanceof ApplyEvent.FileStarted s) {
            return "FileStarted " + s.file().name();
        }
        if (e instanceof ApplyEvent.StatementStarted s) {
            return "StatementStarted " + s.statement().text();
        }
        if (e instanceof ApplyEvent.FileApplied a) {
            return "FileApplied " + a.file().name();
        }
        return e.toString();
    }

    @Test
    void aFailedFileCarriesTheResultSoFar() throws Exception {
        Path dir = TestDirs.write(tmp.resolve("migrations"), "1_users.sql", USERS,
                "2_pets.sql", "INSERT INTO nosuch VALUES (1);\n");
        SimpleDataSource ds = db.dataSource();
        ApplyException e = assertThrows(ApplyException.class,
                () -> Strata.builder().dataSource(ds).dir(dir).build().apply());
        assertThat(e.getMessage()).startsWith("executing statement \"INSERT INTO nosuch VALUES (1);\" from version"
                + " \"2\" (" + dir + "/2_pets.sql:1): ");
        assertThat(e.result().files()).extracting(f -> f.error() == null).containsExactly(true, false);
        assertThat(e.result().error()).isEqualTo(e.getMessage());
        assertThat(versions()).startsWith("1");
        assertThat(ds.openConnections()).isZero();
    }

    @Test
    void aDryRunChangesNothing() throws Exception {
        Path dir = TestDirs.write(tmp.resolve("migrations"), "1_users.sql", USERS);
        ApplyResult r = Strata.builder().url(db.url()).dir(dir).dryRun(true).build().apply();
        assertThat(r.files()).hasSize(1);
        assertThat(db.tables()).isEmpty();
    }
}
