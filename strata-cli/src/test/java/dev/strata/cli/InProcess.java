package dev.strata.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Runs a command line in this JVM, as {@code strata} would in a process, with its own stdout,
 * stderr and exit code: far cheaper than a process per command. The working directory is the
 * test's, so give paths absolute.
 */
public final class InProcess {

    private InProcess() {
    }

    public static StrataProcess.Result run(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(new Terminal(out, err, false), env).run(args);
        return new StrataProcess.Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    public static StrataProcess.Result run(String... args) {
        return run(Map.of(), args);
    }
}
