package dev.strata.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The README's declarative workflow with {@code --dev-url embedded://postgres} and no PostgreSQL of
 * the host's: each command runs in its own JVM inside a private mount and network namespace, where
 * the host's PostgreSQL binaries are hidden under empty folders and its server cannot be reached (the
 * namespace has only its own loopback). What answers is the server Strata starts from the Maven
 * Central binaries on its class path ({@code strata-devdb}'s own tests prove it stops and leaves
 * nothing behind, also when killed).
 */
class EmbeddedDevUrlProcessTest {

    private static final List<String> HOST_POSTGRES = List.of("/usr/lib/postgresql", "/usr/share/postgresql",
            "/usr/share/postgresql-common", "/etc/postgresql", "/var/run/postgresql");

    @TempDir
    Path tmp;

    @Test
    void migrateDiffAndSchemaDiffRunOnTheEmbeddedServerWithTheHostsHidden() throws Exception {
        assumeRootWithUnshare();
        Files.writeString(tmp.resolve("schema.sql"), "CREATE TABLE users (id bigint PRIMARY KEY, name text NOT NULL);\n"
                + "CREATE INDEX users_name ON users (name);\n");
        Files.createDirectories(tmp.resolve("migrations"));

        Run diff = isolated("migrate", "diff", "add_users", "--to", "file://schema.sql", "--dev-url",
                "embedded://postgres", "--dir", "file://migrations");
        assertThat(diff.exit).as(diff.output).isZero();
        List<Path> files;
        try (Stream<Path> s = Files.list(tmp.resolve("migrations"))) {
            files = s.sorted().toList();
        }
        assertThat(files).extracting(p -> p.getFileName().toString()).hasSize(2).contains("atlas.sum")
                .anyMatch(n -> n.matches("\\d{14}_add_users\\.sql"));
        String migration = Files.readString(files.stream().filter(p -> p.toString().endsWith("_add_users.sql"))
                .findFirst().orElseThrow());
        // the dev URL binds no schema, so the names are qualified, as Atlas's with docker://postgres/15
        assertThat(migration).contains("CREATE TABLE \"public\".\"users\" (\"id\" bigint NOT NULL, \"name\" text"
                + " NOT NULL, PRIMARY KEY (\"id\"));").contains("CREATE INDEX \"users_name\" ON \"public\".\"users\""
                + " (\"name\");");

        // the directory now builds the desired schema: replayed on a new embedded server, nothing differs
        Run synced = isolated("schema", "diff", "--from", "file://migrations", "--to", "file://schema.sql",
                "--dev-url", "embedded://postgres");
        assertThat(synced.exit).as(synced.output).isZero();
        assertThat(synced.output).contains("Schemas are synced, no changes to be made.");
    }

    private record Run(int exit, String output) {
    }

    /** Runs the command line in a namespace with the host's PostgreSQL hidden and its network gone. */
    private Run isolated(String... args) throws IOException, InterruptedException {
        StringBuilder script = new StringBuilder("set -eu\nip link set lo up\n");
        for (String dir : HOST_POSTGRES) {
            if (Files.isDirectory(Path.of(dir))) {
                script.append("mount -t tmpfs -o size=1m strata-no-postgres ").append(dir).append('\n');
            }
        }
        // The proof that nothing of the host's is left: no server binary, no client, no server to reach.
        script.append("if ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || psql --version >/dev/null 2>&1"
                + " || bash -c 'exec 3<>/dev/tcp/127.0.0.1/5432' 2>/dev/null; then"
                + " echo 'the host PostgreSQL is still there' >&2; exit 97; fi\n");
        script.append("exec \"$@\"\n");
        List<String> command = new ArrayList<>(List.of("unshare", "-m", "-n", "sh", "-c", script.toString(),
                "no-postgres", Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(tmp.toFile()).redirectErrorStream(true);
        pb.environment().remove("DATABASE_URL");
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("strata " + String.join(" ", args) + " did not finish in 180 s:\n" + out);
        }
        return new Run(p.exitValue(), out);
    }

    private static void assumeRootWithUnshare() throws Exception {
        String why = null;
        if (!"root".equals(System.getProperty("user.name"))) {
            why = "hiding the host's PostgreSQL needs root (mounts in a private namespace)";
        } else if (new ProcessBuilder("unshare", "-m", "-n", "true").start().waitFor() != 0) {
            why = "unshare -m -n is not available";
        }
        if (why != null) {
            if ("true".equals(System.getenv("CI"))) {
                fail(why + " (CI=true requires this proof)");
            }
            Assumptions.abort(why + "; skipping");
        }
    }
}
