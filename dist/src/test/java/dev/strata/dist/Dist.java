package dev.strata.dist;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The distribution tarball as the build made it, and the processes the tests run from it. */
final class Dist {

    /** What a process printed and how it ended. */
    record Result(int exitCode, String stdout, String stderr) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + stdout + "--- stderr\n" + stderr;
        }
    }

    /** The current version, as the tarball's name carries it. */
    static final String VERSION = System.getProperty("strata.dist.version", "");

    private Dist() {
    }

    static Path tarball() {
        String p = System.getProperty("strata.dist.tarball");
        assertThat(p).as("system property strata.dist.tarball (set by the dist module's failsafe)").isNotBlank();
        Path tarball = Path.of(p);
        assertThat(tarball).as("the tarball the package phase built").isRegularFile();
        return tarball;
    }

    /** The repository root, for the examples. */
    static Path repositoryRoot() {
        return Path.of(System.getProperty("strata.repo.root", "..")).toAbsolutePath().normalize();
    }

    /** Unpacks the tarball into the directory, as a user would; returns the {@code strata} folder. */
    static Path unpack(Path into) {
        Result r = run(into, Map.of(), List.of("tar", "xzf", tarball().toString()));
        assertThat(r.exitCode()).as(r.toString()).isZero();
        Path home = into.resolve("strata");
        assertThat(home.resolve("bin/strata")).isExecutable();
        return home;
    }

    /**
     * Runs a command and waits for it. The environment is exactly the given one (plus nothing from
     * this JVM's), so no JAVA_HOME, DATABASE_URL or JAVA_TOOL_OPTIONS leaks in by accident.
     */
    static Result run(Path dir, Map<String, String> env, List<String> command) {
        try {
            Path out = Files.createTempFile("strata-dist-out", ".txt");
            Path err = Files.createTempFile("strata-dist-err", ".txt");
            try {
                ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                        .redirectOutput(out.toFile()).redirectError(err.toFile());
                pb.environment().clear();
                pb.environment().putAll(env);
                Process p = pb.start();
                if (!p.waitFor(300, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new AssertionError("did not finish within 300s: " + command);
                }
                return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** A command line: a program and its arguments. */
    static List<String> cmd(Object... parts) {
        List<String> out = new ArrayList<>();
        for (Object p : parts) {
            if (p instanceof List<?> l) {
                l.forEach(x -> out.add(String.valueOf(x)));
            } else {
                out.add(String.valueOf(p));
            }
        }
        return out;
    }

    /** The durations of a report, which vary from run to run, as D. */
    static String withoutDurations(String report) {
        return report.replaceAll("\\(\\d[\\d.]*(ns|\u00b5s|ms|s|m|h)[\\d.msh]*\\)", "(D)")
                .replaceAll("(?m)^  -- \\d[\\d.]*(ns|\u00b5s|ms|s|m|h)[\\d.msh]*$", "  -- D");
    }
}
