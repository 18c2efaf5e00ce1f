package dev.strata.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs the {@code strata} command as a separate process, as a release step would. */
public final class StrataProcess {

    /** What a run printed and how it ended. */
    public record Result(int exitCode, String stdout, String stderr) {

        /** Both streams, for assertions that a secret appears in neither. */
        String all() {
            return stdout + stderr;
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + stdout + "--- stderr\n" + stderr;
        }
    }

    private final Path workDir;
    private final Map<String, String> env = new HashMap<>();
    private final List<String> jvmOptions = new ArrayList<>();

    public StrataProcess(Path workDir) {
        this.workDir = workDir;
        // The tests decide the URL: the machine's own variables must not leak in.
        env.put("STRATA_URL", "");
        env.put("DATABASE_URL", "");
    }

    public StrataProcess env(String name, String value) {
        env.put(name, value);
        return this;
    }

    /** Whether this process ignores SIGINT (bit 2 of SigIgn in /proc/self/status), which its children inherit. */
    private static boolean interruptIgnored() {
        try {
            for (String line : java.nio.file.Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("SigIgn:")) {
                    return (Long.parseUnsignedLong(line.substring(7).strip(), 16) & 0x2) != 0;
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux: nothing to restore.
        }
        return false;
    }

    /** A JVM option of the process, such as a small heap. */
    StrataProcess jvmOption(String option) {
        jvmOptions.add(option);
        return this;
    }

    Process start(String... args) {
        List<String> cmd = new ArrayList<>();
        if (interruptIgnored()) {
            // A shell without job control starts a background command with SIGINT ignored, and a JVM
            // started so never sees Ctrl-C; the child gets the default back, as from a terminal.
            cmd.addAll(List.of("perl", "-e", "$SIG{INT} = 'DEFAULT'; exec @ARGV or die \"exec: $!\""));
        }
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.add("-XX:+UseSerialGC");
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("dev.strata.cli.Main");
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(workDir.toFile());
        pb.environment().remove("NO_COLOR");
        env.forEach((k, v) -> {
            if (v.isEmpty()) {
                pb.environment().remove(k);
            } else {
                pb.environment().put(k, v);
            }
        });
        try {
            return pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Result run(String... args) {
        return finish(start(args));
    }

    static Result finish(Process p) {
        try {
            p.getOutputStream().close();
            CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("strata did not finish within 120s");
            }
            return new Result(p.exitValue(), out.join(), err.join());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String read(InputStream in) {
        try (in) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            in.transferTo(b);
            return b.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the durations of a report, which vary from run to run. */
    static String normalized(String report) {
        return report.replaceAll("-- ok \\([^)]*\\)", "-- ok (D)")
                .replaceAll("(?m)^  -- [0-9.]+(ns|\u00b5s|ms|s|m|h)([0-9.]+(m|s))*$", "  -- D");
    }
}
