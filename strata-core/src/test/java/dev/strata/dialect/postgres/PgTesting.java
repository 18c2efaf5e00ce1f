package dev.strata.dialect.postgres;

import dev.strata.dialect.Session;
import dev.strata.schema.InspectScope;
import dev.strata.schema.Realm;
import dev.strata.testing.TestDb;
import dev.strata.url.DatabaseUrl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Shared steps of the PostgreSQL schema tests: running psql, opening sessions, inspecting. */
final class PgTesting {

    static final Path CORPUS = Paths.get("src/test/resources/schema-corpus/postgres");

    private PgTesting() {
    }

    static Session open(TestDb db, String searchPath) {
        String url = db.url() + (searchPath == null ? "" : "&search_path=" + searchPath);
        return new PostgresDialect().open(DatabaseUrl.parse(url));
    }

    static Realm inspect(TestDb db, InspectScope scope) throws Exception {
        try (Session s = open(db, scope.schemaBound() ? scope.schemas().get(0) : null)) {
            return s.dialect().inspector(s).inspect(scope);
        }
    }

    /** Runs an SQL file with psql as a user would ({@code psql -v ON_ERROR_STOP=1 -f}); returns its output. */
    static String psql(TestDb db, Path file) throws IOException, InterruptedException {
        return run(List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", host(), "-p", port(), "-U", "postgres",
                "-d", db.name(), "-f", file.toString()));
    }

    static String psql(TestDb db, String sql) throws IOException, InterruptedException {
        Path f = Files.createTempFile("strata-pg", ".sql");
        try {
            Files.writeString(f, sql);
            return psql(db, f);
        } finally {
            Files.deleteIfExists(f);
        }
    }

    /** {@code pg_dump --schema-only} of the database, without its comments header lines. */
    static String dump(TestDb db) throws IOException, InterruptedException {
        return run(List.of("pg_dump", "--schema-only", "--no-owner", "-h", host(), "-p", port(), "-U", "postgres",
                db.name()));
    }

    private static String host() {
        return TestDb.postgresHostPort().split(":")[0];
    }

    private static String port() {
        return TestDb.postgresHostPort().split(":")[1];
    }

    static String run(List<String> command) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(command);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(cmd.get(0) + " did not finish");
        }
        String text = new String(out, java.nio.charset.StandardCharsets.UTF_8);
        if (p.exitValue() != 0) {
            throw new IllegalStateException(cmd.get(0) + " failed (" + p.exitValue() + "): " + text);
        }
        return text;
    }
}
