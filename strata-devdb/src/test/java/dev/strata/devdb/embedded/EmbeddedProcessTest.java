package dev.strata.devdb.embedded;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The embedded PostgreSQL in a JVM of its own ({@link EmbeddedProbe}): nothing is left when that
 * JVM is killed (SIGKILL or SIGTERM), and it runs with the host's PostgreSQL and Docker hidden.
 */
class EmbeddedProcessTest {

    /** What a PostgreSQL installed from Debian's packages, and Docker, consist of. */
    private static final List<String> HOST_POSTGRES = List.of("/usr/lib/postgresql", "/usr/share/postgresql",
            "/usr/share/postgresql-common", "/etc/postgresql", "/var/run/postgresql");

    /** SIGKILL runs no shutdown hook (the watchdog cleans up); SIGTERM, as Ctrl-C, runs them. */
    @ParameterizedTest
    @ValueSource(strings = {"KILL", "TERM"})
    void aKilledJvmLeavesNoProcessAndNoDirectory(String signal) throws Exception {
        Process probe = probe(List.of(), "hold");
        Map<String, String> said = readUntilVersion(probe);
        List<Long> children = Arrays.stream(said.get("children").split(" ")).map(Long::parseLong).toList();
        Path run = Path.of(said.get("data")).getParent();
        assertThat(children).hasSizeGreaterThanOrEqualTo(2); // the watchdog and the postmaster, at least
        assertThat(run).isDirectory();

        if (signal.equals("KILL")) {
            probe.destroyForcibly();
        } else {
            probe.destroy();
        }
        assertThat(probe.waitFor(10, TimeUnit.SECONDS)).isTrue();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline && (anyAlive(children) || Files.exists(run))) {
            Thread.sleep(50);
        }
        assertThat(children.stream().filter(EmbeddedProcessTest::alive).toList()).as("processes left").isEmpty();
        assertThat(run).as("run directory left").doesNotExist();
    }

    @Test
    void runsWithTheHostsPostgresqlAndDockerHidden() throws Exception {
        assumeRootWithUnshare();
        StringBuilder script = new StringBuilder("set -eu\n");
        for (String dir : HOST_POSTGRES) {
            if (Files.isDirectory(Path.of(dir))) {
                script.append("mount -t tmpfs -o size=1m strata-no-postgres ").append(dir).append('\n');
            }
        }
        for (String file : List.of("/usr/bin/docker", "/usr/bin/dockerd", "/var/run/docker.sock")) {
            if (Files.exists(Path.of(file))) {
                script.append("mount --bind /dev/null ").append(file).append('\n');
            }
        }
        // The proof that nothing of the host's is left: no server binary, no client, no docker that runs.
        script.append("if ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || psql --version >/dev/null 2>&1"
                + " || docker version >/dev/null 2>&1; then echo 'host postgres or docker still there' >&2; exit 97; fi\n");
        script.append("exec \"$@\"\n");
        List<String> wrap = new ArrayList<>(List.of("unshare", "-m", "sh", "-c", script.toString(), "no-postgres"));
        Process probe = probe(wrap, "check");
        String out = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(probe.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(probe.exitValue()).as(out).isZero();
        // zonky's build, not Debian's ("(Debian 15.x-...)"): the server came from the jar.
        assertThat(out).contains("version PostgreSQL 17.6 on x86_64-pc-linux-gnu, compiled by gcc (Ubuntu");
        Path run = Path.of(out.lines().filter(l -> l.startsWith("data ")).findFirst().orElseThrow().substring(5))
                .getParent();
        assertThat(run).doesNotExist();
    }

    private static Process probe(List<String> wrapper, String mode) throws IOException {
        List<String> command = new ArrayList<>(wrapper);
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), EmbeddedProbe.class.getName(), mode, "embedded://postgres"));
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        Map<String, String> env = new HashMap<>(pb.environment());
        pb.environment().clear();
        pb.environment().put("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
        pb.environment().put("HOME", env.getOrDefault("HOME", "/root"));
        return pb.start();
    }

    private static Map<String, String> readUntilVersion(Process p) throws IOException {
        Map<String, String> said = new HashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        for (String line; (line = r.readLine()) != null; ) {
            int space = line.indexOf(' ');
            said.put(line.substring(0, space), line.substring(space + 1));
            if (line.startsWith("version ")) {
                return said;
            }
        }
        p.destroyForcibly();
        throw new AssertionError("the probe ended before it was ready: " + said);
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static boolean anyAlive(List<Long> pids) {
        return pids.stream().anyMatch(EmbeddedProcessTest::alive);
    }

    private static void assumeRootWithUnshare() throws Exception {
        String why = null;
        if (!"root".equals(System.getProperty("user.name"))) {
            why = "hiding the host's PostgreSQL needs root (mounts in a private namespace)";
        } else if (new ProcessBuilder("unshare", "-m", "true").start().waitFor() != 0) {
            why = "unshare -m is not available";
        }
        if (why != null) {
            if ("true".equals(System.getenv("CI"))) {
                fail(why + " (CI=true requires this proof)");
            }
            Assumptions.abort(why + "; skipping");
        }
    }
}
