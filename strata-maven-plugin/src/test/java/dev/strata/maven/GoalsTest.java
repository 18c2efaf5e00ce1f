package dev.strata.maven;

import dev.strata.testing.TestDb;
import dev.strata.testing.TestDirs;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The goals run in-process against real databases, configured as Maven would configure them; the
 * integration tests under src/it run them through Maven itself.
 */
class GoalsTest {

    static final String USERS = "CREATE TABLE users (id int PRIMARY KEY, name varchar(100));\n";
    static final String PETS = "CREATE TABLE pets (id int PRIMARY KEY);\nINSERT INTO pets VALUES (1);\n";
    static final String PASSWORD = "Pg-Passw0rd-Never-Logged";

    @TempDir
    Path project;
    final RecordingLog log = new RecordingLog();

    <T extends DirMojo> T configure(T mojo) {
        mojo.basedir = project.toFile();
        mojo.dir = "src/main/resources/db/migrations";
        mojo.setLog(log);
        if (mojo instanceof DatabaseMojo d) {
            d.lockTimeout = "10s";
            d.env = Map.of();
        }
        if (mojo instanceof ApplyMojo a) {
            a.txMode = "file";
            a.execOrder = "linear";
        }
        return mojo;
    }

    Path migrations(String... namesAndContents) {
        return TestDirs.write(project.resolve("src/main/resources/db/migrations"), namesAndContents);
    }

    /** The URL with a password: the PostgreSQL test server trusts local connections and ignores it. */
    static String withPassword(TestDb db) {
        return db.url().replace("postgres://postgres@", "postgres://postgres:" + PASSWORD + "@");
    }

    @Test
    void applyLogsAtlasReportAndNeverThePassword() throws Exception {
        migrations("1_users.sql", USERS, "2_pets.sql", PETS);
        try (TestDb db = TestDb.postgres()) {
            ApplyMojo apply = configure(new ApplyMojo());
            apply.url = withPassword(db);
            apply.execute();
            assertThat(db.column("SELECT version FROM atlas_schema_revisions.atlas_schema_revisions ORDER BY 1"))
                    .containsExactly("1", "2");

            StatusMojo status = configure(new StatusMojo());
            status.url = withPassword(db);
            status.execute();
        }
        String text = log.text();
        assertThat(text).contains("[INFO] Strata: database postgres://postgres:xxxxx@")
                .contains("[INFO] Migrating to version 2 (2 migrations in total):\n[INFO] \n"
                        + "[INFO]   -- migrating version 1\n"
                        + "[INFO]     -> CREATE TABLE users (id int PRIMARY KEY, name varchar(100));\n")
                .contains("[INFO]   -- 2 migrations\n[INFO]   -- 3 sql statements\n")
                .contains("[INFO] Migration Status: OK\n[INFO]   -- Current Version: 2\n")
                .doesNotContain(PASSWORD);
    }

    @Test
    void aFailingFileFailsTheBuildWithStrataMessage() throws Exception {
        migrations("1_users.sql", USERS, "2_pets.sql", "INSERT INTO nosuch VALUES (1);\n");
        try (TestDb db = TestDb.postgres()) {
            ApplyMojo apply = configure(new ApplyMojo());
            apply.url = withPassword(db);
            assertThatThrownBy(apply::execute).isInstanceOf(MojoFailureException.class)
                    .hasMessageStartingWith("executing statement \"INSERT INTO nosuch VALUES (1);\" from version \"2\"")
                    .hasMessageContaining("relation \"nosuch\" does not exist");
        }
        assertThat(log.text()).contains("[INFO]   -- 1 migration ok, 1 with errors\n")
                .contains("[INFO]   -- 1 sql statement ok, 1 with errors\n").doesNotContain(PASSWORD);
    }

    /** strata.verifyApplied: an applied file edited since it ran fails the build before anything runs. */
    @Test
    void verifyAppliedFailsTheBuildOnAnEditedAppliedFile() throws Exception {
        migrations("1_users.sql", USERS);
        try (TestDb db = TestDb.sqlite()) {
            ApplyMojo first = configure(new ApplyMojo());
            first.url = db.url();
            first.execute();
            migrations("1_users.sql", USERS + "-- edited\n", "2_pets.sql", PETS);
            ApplyMojo apply = configure(new ApplyMojo());
            apply.url = db.url();
            apply.userProperties = new Properties();
            apply.userProperties.setProperty("strata.verifyApplied", "true");
            assertThatThrownBy(apply::execute).isInstanceOf(MojoFailureException.class)
                    .hasMessageStartingWith("applied file 1_users.sql was edited after it ran");
            assertThat(db.tables()).doesNotContain("pets");
        }
    }

    @Test
    void theUrlComesFromTheEnvironmentWhenNotConfigured() throws Exception {
        migrations("1_users.sql", USERS);
        try (TestDb db = TestDb.sqlite()) {
            ApplyMojo apply = configure(new ApplyMojo());
            apply.env = Map.of("DATABASE_URL", db.url());
            apply.amount = 1;
            apply.execute();
            assertThat(db.tables()).contains("users");
            assertThat(log.text()).contains("[INFO] Strata: database " + db.url() + " (from DATABASE_URL), directory"
                    + " src/main/resources/db/migrations\n");
        }
    }

    /**
     * {@code mvn strata:apply -Dstrata.url=$STAGING_URL} migrates the -D database, not the POM's: the
     * command line's properties win over the configuration for every setting, as in Flyway's plugin.
     */
    @Test
    void commandLinePropertiesWinOverThePom() throws Exception {
        migrations("1_users.sql", USERS, "2_pets.sql", PETS);
        try (TestDb staging = TestDb.postgres()) {
            ApplyMojo apply = configure(new ApplyMojo());
            apply.url = "postgres://pom:" + PASSWORD + "@127.0.0.1:1/pom_database";
            apply.amount = 0;
            apply.dryRun = true;
            apply.userProperties = new Properties();
            apply.userProperties.setProperty("strata.url", withPassword(staging));
            apply.userProperties.setProperty("strata.amount", "1");
            apply.userProperties.setProperty("strata.dryRun", "false");
            apply.execute();
            assertThat(staging.column("SELECT version FROM atlas_schema_revisions.atlas_schema_revisions"))
                    .containsExactly("1");
        }
        assertThat(log.text()).contains("[INFO] Strata: database postgres://postgres:xxxxx@")
                .contains(" (from -Dstrata.url), directory src/main/resources/db/migrations\n")
                .doesNotContain(PASSWORD).doesNotContain("pom_database");

        NewMojo create = configure(new NewMojo());
        create.name = "from_pom";
        create.userProperties = new Properties();
        create.userProperties.setProperty("strata.name", "from_command_line");
        create.userProperties.setProperty("strata.dir", "db/other");
        create.execute();
        assertThat(log.text()).containsPattern("Strata: created db/other/\\d{14}_from_command_line\\.sql\n");

        ApplyMojo skipped = configure(new ApplyMojo());
        skipped.userProperties = new Properties();
        skipped.userProperties.setProperty("strata.skip", "");
        skipped.execute();
        assertThat(log.lines).endsWith("[INFO] Strata: skipped (strata.skip)");

        ApplyMojo bad = configure(new ApplyMojo());
        bad.userProperties = new Properties();
        bad.userProperties.setProperty("strata.amount", "all");
        assertThatThrownBy(bad::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("-Dstrata.amount=all: expected a whole number");
    }

    /** A JDBC URL with the user and password apart, as Flyway's plugin takes them. */
    @Test
    void jdbcUrlWithUserAndPasswordApart() throws Exception {
        migrations("1_users.sql", USERS);
        try (TestDb db = TestDb.postgres()) {
            ApplyMojo apply = configure(new ApplyMojo());
            apply.url = db.jdbcUrl();
            apply.user = "postgres";
            apply.password = PASSWORD;
            apply.execute();
            assertThat(db.userTables()).containsExactly("users");
        }
        assertThat(log.text()).contains("[INFO] Strata: database jdbc:postgresql://").contains("(from the POM)")
                .doesNotContain(PASSWORD);
    }

    @Test
    void settingsStrataCannotUseAreBuildErrors() throws Exception {
        migrations("1_users.sql", USERS);
        ApplyMojo noUrl = configure(new ApplyMojo());
        assertThatThrownBy(noUrl::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("no database URL: set <url> in the plugin's configuration or -Dstrata.url=...,"
                        + " or set STRATA_URL or DATABASE_URL");

        ApplyMojo badMode = configure(new ApplyMojo());
        badMode.url = "sqlite://" + project.resolve("app.db");
        badMode.txMode = "sometimes";
        assertThatThrownBy(badMode::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("unknown tx-mode \"sometimes\" (expected file, all or none)");

        ValidateMojo classpath = configure(new ValidateMojo());
        classpath.dir = "classpath:db/migrations";
        assertThatThrownBy(classpath::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("strata.dir classpath:db/migrations: the Maven plugin works on the source folder, such as"
                        + " src/main/resources/db/migrations, not on the class path");

        ValidateMojo missing = configure(new ValidateMojo());
        missing.dir = "nowhere";
        assertThatThrownBy(missing::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("migration directory not found: nowhere");
    }

    @Test
    void newHashAndValidateWorkOnTheSourceFolder() throws Exception {
        NewMojo create = configure(new NewMojo());
        create.dir = "file://db";
        create.name = "add_users";
        create.execute();
        ValidateMojo validate = configure(new ValidateMojo());
        validate.dir = "db";
        validate.execute();
        HashMojo hash = configure(new HashMojo());
        hash.dir = project.resolve("db").toString();
        hash.execute();
        assertThat(log.text()).containsPattern("\\[INFO] Strata: created db/\\d{14}_add_users\\.sql\n")
                .contains("[INFO] Strata: db is valid (1 migration files match atlas.sum)\n")
                .contains("[INFO] Strata: wrote db/atlas.sum (1 files)\n");
    }

    /** -Dstrata.format=json: Atlas's document, as the command line prints it, one line in the log. */
    @Test
    void formatJsonLogsAtlasDocument() throws Exception {
        migrations("1_users.sql", USERS);
        String url = "sqlite://" + project.resolve("app.db");
        ApplyMojo apply = configure(new ApplyMojo());
        apply.url = url;
        apply.format = "json";
        apply.execute();
        StatusMojo status = configure(new StatusMojo());
        status.url = url;
        status.format = "json";
        status.execute();
        assertThat(log.lines).anySatisfy(l -> assertThat(l).startsWith("[INFO] {\"Driver\":\"sqlite3\",\"URL\":{")
                .contains("\"Dir\":\"file://src/main/resources/db/migrations\"")
                .contains("\"Applied\":[{\"Name\":\"1_users.sql\"").endsWith("(1 migrations in total)\"}"));
        assertThat(log.lines).anySatisfy(l -> assertThat(l).startsWith("[INFO] {\"Env\":{\"Driver\":\"sqlite3\"")
                .endsWith("\"Current\":\"1\",\"Next\":\"Already at latest version\",\"Status\":\"OK\"}"));
        assertThat(log.text()).doesNotContain("Migrating to version");

        StatusMojo bad = configure(new StatusMojo());
        bad.url = url;
        bad.format = "yaml";
        assertThatThrownBy(bad::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("strata.format: \"yaml\" is not a format (text or json)");
    }

    @Test
    void skipDoesNothing() throws Exception {
        ApplyMojo apply = configure(new ApplyMojo());
        apply.skip = true;
        apply.execute();
        assertThat(log.lines).containsExactly("[INFO] Strata: skipped (strata.skip)");
    }

    /** strata:diff writes the next migration file from the schema files, then nothing once synced. */
    @Test
    void diffWritesTheNextMigrationFromTheSchemaFiles() throws Exception {
        java.nio.file.Files.createDirectories(project.resolve("src/main/resources/db"));
        java.nio.file.Files.writeString(project.resolve("src/main/resources/db/schema.sql"), USERS);
        DiffMojo diff = configure(new DiffMojo());
        diff.to = java.util.List.of("src/main/resources/db/schema.sql");
        diff.devUrl = "sqlite://dev?mode=memory";
        diff.name = "add_users";
        diff.execute();
        assertThat(log.text()).containsPattern("\\[INFO] Strata: created src/main/resources/db/migrations/"
                + "\\d{14}_add_users\\.sql\n");
        Path dir = project.resolve("src/main/resources/db/migrations");
        try (var files = java.nio.file.Files.list(dir)) {
            Path written = files.filter(f -> f.toString().endsWith("_add_users.sql")).findFirst().orElseThrow();
            assertThat(java.nio.file.Files.readString(written)).isEqualTo("-- Create \"users\" table\n"
                    + "CREATE TABLE `users` (`id` int NULL, `name` varchar(100) NULL, PRIMARY KEY (`id`));\n");
        }
        DiffMojo again = configure(new DiffMojo());
        again.to = diff.to;
        again.devUrl = diff.devUrl;
        again.name = "again";
        again.execute();
        assertThat(log.text()).contains("[INFO] Strata: src/main/resources/db/migrations is synced with the desired"
                + " state, no changes to be made\n");
        ValidateMojo validate = configure(new ValidateMojo());
        validate.execute();
    }

    /** strata:lint logs Atlas's report and fails the build on an error-level finding only. */
    @Test
    void lintFailsTheBuildOnAnErrorAndPassesWarnings() throws Exception {
        migrations("1_users.sql", USERS, "2_index.sql", "CREATE UNIQUE INDEX users_name ON users (name);\n");
        LintMojo warnings = configure(new LintMojo());
        warnings.devUrl = "sqlite://lint?mode=memory";
        warnings.latest = 1;
        warnings.execute();
        assertThat(log.text()).contains("[INFO] Analyzing changes from version 1 to 2 (1 migration in total):\n")
                .contains("[INFO]       -- L1: Adding a unique index \"users_name\" on table \"users\" might fail in case"
                        + " column \"name\"\n")
                .contains("[INFO]   -- 1 version with warnings\n");

        migrations("3_drop.sql", "DROP TABLE users;\n");
        LintMojo errors = configure(new LintMojo());
        errors.devUrl = "sqlite://lint?mode=memory";
        errors.userProperties = new Properties();
        errors.userProperties.setProperty("strata.latest", "1");
        assertThatThrownBy(errors::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("lint: 1 error-level finding in src/main/resources/db/migrations (see the report above;"
                        + " docs/lint.md says how to write each safely)");
        assertThat(log.text()).contains("[INFO]       -- L1: Dropping table \"users\" https://atlasgo.io/lint/analyzers#DS102\n");

        LintMojo unset = configure(new LintMojo());
        unset.devUrl = "sqlite://lint?mode=memory";
        assertThatThrownBy(unset::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("strata.latest or strata.gitBase is required");
    }

    /** strata:lint -Dstrata.gitBase=main lints the files the branch adds, git run in the project folder. */
    @Test
    void lintTheFilesABranchAdds() throws Exception {
        git("init", "-q", "-b", "main");
        git("config", "user.email", "t@example.com");
        git("config", "user.name", "t");
        migrations("1_users.sql", USERS);
        git("add", ".");
        git("commit", "-q", "-m", "base");
        git("checkout", "-q", "-b", "feature");
        migrations("2_drop.sql", "ALTER TABLE users DROP COLUMN name;\n");
        git("add", ".");
        git("commit", "-q", "-m", "feature");
        LintMojo lint = configure(new LintMojo());
        lint.devUrl = "sqlite://lint?mode=memory";
        lint.userProperties = new Properties();
        lint.userProperties.setProperty("strata.gitBase", "main");
        assertThatThrownBy(lint::execute).isInstanceOf(MojoFailureException.class).hasMessageStartingWith("lint: 1 error-level");
        assertThat(log.text()).contains("[INFO] Analyzing changes from version 1 to 2 (1 migration in total):\n")
                .contains("-- L1: Dropping non-virtual column \"name\"");
    }

    private void git(String... args) throws Exception {
        java.util.List<String> cmd = new java.util.ArrayList<>(java.util.List.of("git", "-C", project.toString()));
        cmd.addAll(java.util.List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
    }
}
