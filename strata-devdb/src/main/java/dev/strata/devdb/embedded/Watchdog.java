package dev.strata.devdb.embedded;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A database server that cannot outlive Strata. A server does not die with the process that
 * started it, so each one has a watchdog: a small {@code sh} child started first, whose standard
 * input is a pipe from this JVM. When that pipe closes, because {@link #close()} closed it or
 * because the JVM died (even of SIGKILL, which runs no shutdown hook), the watchdog reads end of
 * file, signals the server, waits until it is gone, and deletes the run directory. It ignores the
 * terminal's signals, so a Ctrl-C cannot take it away before it has cleaned up.
 */
final class Watchdog implements AutoCloseable {

    /**
     * $1: the run directory, $2: the signal that stops the server. The first line on stdin is the
     * server's pid; end of file means stop. After 10 s of waiting the server is killed.
     */
    private static final String SCRIPT = """
            trap '' INT TERM HUP QUIT PIPE
            dir=$1 signal=$2
            read -r pid || pid=
            while read -r _; do :; done
            if [ -n "$pid" ] && kill -"$signal" "$pid" 2>/dev/null; then
              n=0
              while kill -0 "$pid" 2>/dev/null; do
                n=$((n + 1))
                if [ "$n" -eq 1000 ]; then kill -KILL "$pid" 2>/dev/null; fi
                sleep 0.01
              done
            fi
            rm -rf "$dir"
            """;

    private final Process watchdog;
    private final Process server;
    private final Path log;

    private Watchdog(Process watchdog, Process server, Path log) {
        this.watchdog = watchdog;
        this.server = server;
        this.log = log;
    }

    /**
     * Starts the watchdog, then the server under it, with its output in {@code run/server.log}.
     *
     * @param run        the run directory, deleted when the server has stopped
     * @param stopSignal the signal name that stops the server quickly ({@code QUIT}, {@code TERM})
     */
    static Watchdog start(Path run, List<String> command, String stopSignal, Map<String, String> env)
            throws IOException {
        Process watchdog = new ProcessBuilder("/bin/sh", "-c", SCRIPT, "strata-watchdog", run.toString(), stopSignal)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        Path log = run.resolve("server.log");
        Process server;
        try {
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
            pb.environment().putAll(env);
            server = pb.start();
        } catch (IOException | RuntimeException e) {
            watchdog.getOutputStream().close();
            awaitQuietly(watchdog);
            throw e;
        }
        OutputStream pipe = watchdog.getOutputStream();
        pipe.write((server.pid() + "\n").getBytes(StandardCharsets.US_ASCII));
        pipe.flush();
        return new Watchdog(watchdog, server, log);
    }

    boolean serverAlive() {
        return server.isAlive();
    }

    /** The server's output so far. */
    Path log() {
        return log;
    }

    /** Stops the server and deletes the run directory; returns when both are done. */
    @Override
    public void close() {
        try {
            watchdog.getOutputStream().close();
        } catch (IOException e) {
            // The pipe is already gone: the watchdog is stopping the server by itself.
        }
        awaitQuietly(watchdog);
    }

    private static void awaitQuietly(Process p) {
        try {
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
