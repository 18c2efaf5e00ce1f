package dev.strata.spring;

import dev.strata.Strata;
import dev.strata.StrataException;
import dev.strata.UsageException;
import dev.strata.testing.TestDb;
import dev.strata.testing.TestDirs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The auto-configuration in small application contexts, on real databases. */
@ExtendWith(OutputCaptureExtension.class)
class AutoConfigurationTest {

    final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(
            DataSourceAutoConfiguration.class, JdbcTemplateAutoConfiguration.class, StrataAutoConfiguration.class));

    /** The runner with the application's DataSource on this database. */
    ApplicationContextRunner on(TestDb db, String... properties) {
        List<String> all = new ArrayList<>(List.of("spring.datasource.url=" + db.jdbcUrl()));
        if (!db.user().isEmpty()) {
            all.add("spring.datasource.username=" + db.user());
        }
        all.addAll(List.of(properties));
        return runner.withPropertyValues(all.toArray(String[]::new));
    }

    void migratesAtStartup(TestDb.Kind kind) throws Exception {
        try (TestDb db = TestDb.create(kind)) {
            on(db).run(context -> {
                assertThat(context).hasNotFailed().hasSingleBean(StrataMigrationInitializer.class)
                        .hasSingleBean(Strata.class);
                assertThat(context.getBean(JdbcTemplate.class).queryForObject("SELECT name FROM pets WHERE id = 1",
                        String.class)).isEqualTo("Rex");
            });
            assertThat(db.userTables()).containsExactly("pets");
            assertThat(db.column("SELECT version FROM " + db.revisionsTable() + " ORDER BY version"))
                    .containsExactly("1", "2");
            on(db).run(context -> assertThat(context).hasNotFailed());
            assertThat(db.column("SELECT count(*) FROM pets")).as("a restart applies nothing").containsExactly("1");
        }
    }

    @Test
    void migratesPostgresAtStartup() throws Exception {
        migratesAtStartup(TestDb.Kind.POSTGRES);
    }

    @Test
    void migratesSqliteAtStartup() throws Exception {
        migratesAtStartup(TestDb.Kind.SQLITE);
    }

    @Test
    void migratesMariaDbAtStartup() throws Exception {
        migratesAtStartup(TestDb.Kind.MARIADB);
    }

    @Test
    void logsTheAppliedFilesThroughTheApplicationLog(CapturedOutput output) throws Exception {
        try (TestDb db = TestDb.sqlite()) {
            on(db).run(context -> assertThat(context).hasNotFailed());
        }
        assertThat(output.getOut()).contains("Strata: migrating to version 2 (2 migrations in total)")
                .contains("Strata: applied 1_create_pets.sql (").contains("Strata: applied 2_seed.sql (")
                .contains("Strata: migrated to version 2 (2 migrations, 2 sql statements, ");
    }

    @Test
    void backsOffWhenDisabled() throws Exception {
        try (TestDb db = TestDb.sqlite()) {
            on(db, "strata.enabled=false").run(context -> assertThat(context).hasNotFailed()
                    .doesNotHaveBean(StrataMigrationInitializer.class).doesNotHaveBean(Strata.class));
            assertThat(db.tables()).isEmpty();
        }
    }

    @Test
    void backsOffWithoutADataSource() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(StrataAutoConfiguration.class))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(StrataMigrationInitializer.class));
    }

    @Test
    void thePropertiesReachStrata() throws Exception {
        try (TestDb db = TestDb.postgres()) {
            on(db, "strata.revisions-schema=strata_meta", "strata.tx-mode=all", "strata.exec-order=linear-skip",
                    "strata.lock-timeout=30s").run(context -> assertThat(context).hasNotFailed());
            assertThat(db.column("SELECT version FROM strata_meta.atlas_schema_revisions ORDER BY version"))
                    .containsExactly("1", "2");
        }
        try (TestDb db = TestDb.sqlite()) {
            db.execute("CREATE TABLE pets (id bigint PRIMARY KEY, name varchar(100) NOT NULL)");
            on(db, "strata.baseline=1").run(context -> assertThat(context).hasNotFailed());
            assertThat(db.column("SELECT version || ':' || type FROM atlas_schema_revisions ORDER BY version"))
                    .as("1 is the baseline, 2 ran").containsExactly("1:1", "2:2");
            assertThat(db.column("SELECT name FROM pets")).containsExactly("Rex");
        }
        try (TestDb db = TestDb.sqlite()) {
            on(db, "strata.dry-run=true").run(context -> assertThat(context).hasNotFailed());
            assertThat(db.tables()).isEmpty();
        }
        try (TestDb db = TestDb.sqlite()) {
            db.execute("CREATE TABLE legacy (id int)");
            on(db, "strata.allow-dirty=true").run(context -> assertThat(context).hasNotFailed());
            assertThat(db.userTables()).containsExactlyInAnyOrder("legacy", "pets");
        }
    }

    /** strata.verify-applied: an applied file edited and re-hashed since it ran stops the start, nothing runs. */
    @Test
    void verifyAppliedStopsTheStartOnAnEditedAppliedFile(@TempDir Path dir) throws Exception {
        String pets = "CREATE TABLE pets (id int PRIMARY KEY);\n";
        TestDirs.write(dir, "1_pets.sql", pets);
        String location = "strata.locations=file:" + dir;
        try (TestDb db = TestDb.sqlite()) {
            on(db, location).run(context -> assertThat(context).hasNotFailed());
            TestDirs.write(dir, "1_pets.sql", pets + "-- edited\n", "2_toys.sql", "CREATE TABLE toys (id int);\n");
            on(db, location).run(context -> assertThat(context).hasNotFailed());
            assertThat(db.userTables()).as("without the property the edit goes unnoticed").contains("toys");
            TestDirs.write(dir, "1_pets.sql", pets + "-- edited again\n", "2_toys.sql", "CREATE TABLE toys (id int);\n",
                    "3_food.sql", "CREATE TABLE food (id int);\n");
            on(db, location, "strata.verify-applied=true").run(context -> {
                assertThat(context).hasFailed();
                assertThat(strataCause(context.getStartupFailure()).getMessage())
                        .startsWith("applied file 1_pets.sql was edited after it ran");
            });
            assertThat(db.userTables()).doesNotContain("food");
        }
    }

    @Test
    void aFailedMigrationStopsTheStartWithStrataMessage() throws Exception {
        try (TestDb db = TestDb.postgres()) {
            on(db, "strata.locations=classpath:db/broken").run(context -> {
                assertThat(context).hasFailed();
                Throwable root = NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure());
                StrataException strata = strataCause(context.getStartupFailure());
                assertThat(strata.getMessage()).startsWith("executing statement \"INSERT INTO no_such_table (id)"
                        + " VALUES (1);\" from version \"2\" (classpath:db/broken/2_broken.sql:1): ")
                        .contains("relation \"no_such_table\" does not exist");
                assertThat(context.getStartupFailure()).hasMessageContaining(strata.getMessage());
                assertThat(root).isNotNull();
                FailureAnalysis analysis = new StrataFailureAnalyzer().analyze(context.getStartupFailure());
                assertThat(analysis.getDescription()).isEqualTo("Strata could not migrate the database: "
                        + strata.getMessage());
                assertThat(analysis.getAction()).startsWith("Fix the migration or the database");
            });
            assertThat(db.userTables()).as("the failed file rolled back; the first stays").containsExactly("pets");
        }
    }

    @Test
    void locationsThatCannotBeUsedStopTheStart() throws Exception {
        try (TestDb db = TestDb.sqlite()) {
            on(db, "strata.locations=classpath:db/nowhere").run(context -> {
                assertThat(strataCause(context.getStartupFailure())).isInstanceOf(UsageException.class)
                        .hasMessage("migration directory not found: classpath:db/nowhere (no such folder on the class"
                                + " path)");
                assertThat(new StrataFailureAnalyzer().analyze(context.getStartupFailure()).getAction())
                        .startsWith("Check the strata.* properties");
            });
            on(db, "strata.locations=classpath:db/migrations,classpath:db/broken").run(context ->
                    assertThat(strataCause(context.getStartupFailure())).hasMessage("strata.locations must name one"
                            + " migration directory (one atlas.sum covers it), not 2: [classpath:db/migrations,"
                            + " classpath:db/broken]"));
            assertThat(db.tables()).isEmpty();
        }
    }

    /**
     * strata.url migrates another database than the application's, as spring.flyway.url: a JDBC URL
     * with the user and password apart, and even with no DataSource at all.
     */
    @Test
    void strataUrlMigratesThatDatabase(CapturedOutput output) throws Exception {
        try (TestDb app = TestDb.sqlite(); TestDb other = TestDb.postgres()) {
            on(app, "strata.url=" + other.jdbcUrl(), "strata.user=postgres", "strata.password=Spring-Pw-Never-Logged")
                    .run(context -> assertThat(context).hasNotFailed());
            assertThat(other.userTables()).containsExactly("pets");
            assertThat(app.tables()).isEmpty();
        }
        try (TestDb db = TestDb.mariadb()) {
            new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(StrataAutoConfiguration.class))
                    .withPropertyValues("strata.url=jdbc:mariadb://" + TestDb.mariadbHostPort() + "/" + db.name()
                            + "?user=root")
                    .run(context -> assertThat(context).hasNotFailed().hasSingleBean(Strata.class));
            assertThat(db.userTables()).containsExactly("pets");
        }
        assertThat(output.getAll()).doesNotContain("Spring-Pw-Never-Logged");
    }

    @Test
    void aFolderOnDiskIsALocationToo() throws Exception {
        String folder = new java.io.File("src/test/resources/db/migrations").getAbsolutePath();
        try (TestDb db = TestDb.sqlite()) {
            on(db, "strata.locations=file:" + folder).run(context -> assertThat(context).hasNotFailed());
            assertThat(db.userTables()).containsExactly("pets");
        }
    }

    static StrataException strataCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StrataException s) {
                return s;
            }
        }
        throw new AssertionError("no StrataException in " + failure, failure);
    }
}
