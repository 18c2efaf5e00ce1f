package dev.strata.cli.script;

import dev.strata.testing.TestDb;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * PostgreSQL as Atlas's scripts use it: one database, a schema {@code $db} per script (the URL's
 * {@code search_path}) and a dev schema {@code ${db}_dev}. Atlas uses the database {@code test};
 * here each run has its own database {@code strata_scripts_<random>}, so runs of other worktrees
 * cannot meet it; the scripts never name the database.
 */
final class PostgresTarget implements ScriptTarget {

    private final String hostPort = TestDb.postgresHostPort();
    private final String database = "strata_scripts_" + UUID.randomUUID().toString().substring(0, 8);
    private final Connection admin;
    private final String version;

    PostgresTarget() throws SQLException {
        requirePsql();
        try (Connection c = TestDb.admin(TestDb.Kind.POSTGRES, "postgres")) {
            AdminSql.execute(c, "CREATE DATABASE " + database);
        }
        admin = TestDb.admin(TestDb.Kind.POSTGRES, database);
        admin.setAutoCommit(true);
        int major = admin.getMetaData().getDatabaseMajorVersion();
        version = "postgres" + major;
    }

    /** {@code cmpshow} prints tables with psql, as Atlas's harness does: without it the suite is skipped (failed under CI). */
    private static void requirePsql() {
        String problem;
        try {
            Process p = new ProcessBuilder("psql", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            problem = p.waitFor() == 0 ? null : "psql --version failed";
        } catch (IOException e) {
            problem = "psql (the PostgreSQL client) is not on the PATH: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problem = "interrupted";
        }
        if (problem != null) {
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail(problem + " (CI=true requires it)");
            }
            Assumptions.abort(problem + "; skipping Atlas's PostgreSQL scripts");
        }
    }

    @Override
    public String indexColumn() {
        return "pg15";
    }

    @Override
    public String folder() {
        return "postgres";
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public ScriptDatabase open(String db, Path work) throws SQLException {
        execute("CREATE SCHEMA " + db);
        execute("CREATE SCHEMA " + db + "_dev");
        return new Schema(db);
    }

    private void execute(String sql) throws SQLException {
        AdminSql.execute(admin, sql);
    }

    @Override
    public void close() throws SQLException {
        admin.close();
        try (Connection c = TestDb.admin(TestDb.Kind.POSTGRES, "postgres")) {
            AdminSql.execute(c, "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    private String url(String searchPath) {
        return "postgres://postgres@" + hostPort + "/" + database + "?sslmode=disable"
                + (searchPath == null ? "" : "&search_path=" + searchPath);
    }

    /** The schemas of one script. */
    private final class Schema implements ScriptDatabase {

        private final String db;

        Schema(String db) {
            this.db = db;
        }

        @Override
        public String url() {
            return PostgresTarget.this.url(db);
        }

        @Override
        public String devUrl() {
            return PostgresTarget.this.url(db + "_dev");
        }

        @Override
        public String projectUrl() {
            return PostgresTarget.this.url(null);
        }

        @Override
        public Map<String, String> vars() {
            return Map.of("dev", db + "_dev");
        }

        @Override
        public List<String> hclVariables() {
            return List.of("$db");
        }

        @Override
        public void execute(String sql) throws SQLException {
            PostgresTarget.this.execute(sql);
        }

        @Override
        public boolean exists(String schema, String table) throws SQLException {
            return AdminSql.tableExists(admin, schema, table);
        }

        @Override
        public void clearSchema(String schema) throws SQLException {
            execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            execute("CREATE SCHEMA IF NOT EXISTS " + schema);
        }

        /** {@code psql -c '\d schema.table'}, trailing white space stripped from each line, as Atlas does. */
        @Override
        public String show(String schema, String table) throws IOException, InterruptedException {
            int colon = hostPort.lastIndexOf(':');
            ProcessBuilder pb = new ProcessBuilder("psql", "-X", "-h", hostPort.substring(0, colon), "-p",
                    hostPort.substring(colon + 1), "-U", "postgres", "-d", database, "-c",
                    "\\d " + schema + "." + table).redirectErrorStream(true);
            pb.environment().put("LC_ALL", "C.UTF-8");
            pb.environment().put("PGCLIENTENCODING", "UTF8");
            Process p = pb.start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new ScriptFailure("psql \\d " + schema + "." + table + ": " + out.strip());
            }
            // each line ends with its newline, the blank line psql ends with too: cmpshow of several tables
            // joins them with one more, as Atlas's harness joins psql's outputs
            return out.lines().map(l -> l.stripTrailing() + "\n").collect(java.util.stream.Collectors.joining());
        }

        /** Drops every schema the script made, the revisions schema too, and recreates {@code public}. */
        @Override
        public void close() throws SQLException {
            List<String> schemas = AdminSql.strings(admin, "SELECT nspname FROM pg_namespace"
                    + " WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema'");
            for (String s : schemas) {
                PostgresTarget.this.execute("DROP SCHEMA \"" + s.replace("\"", "\"\"") + "\" CASCADE");
            }
            PostgresTarget.this.execute("CREATE SCHEMA public");
        }
    }
}
