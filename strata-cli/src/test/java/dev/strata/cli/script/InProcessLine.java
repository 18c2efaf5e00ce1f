package dev.strata.cli.script;

import dev.strata.cli.StrataProcess;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which {@code atlas} lines run in this JVM instead of a process of their own: the {@code schema}
 * commands without a project file, whose only paths are {@code file://} URLs and {@code -f} paths,
 * made absolute against the work directory here. Every other line (a project file, a default {@code --dir file://migrations},
 * relative paths inside files) needs the process's working directory and runs as a process.
 */
final class InProcessLine {

    private InProcessLine() {
    }

    /** The arguments to run in process, or empty when the line needs a process. */
    static Optional<List<String>> args(Path work, List<String> args) {
        if (args.isEmpty() || !args.get(0).equals("schema") || Boolean.getBoolean("strata.script.processes")) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        String previous = "";
        for (String a : args) {
            if (a.equals("--env") || a.equals("-c") || a.equals("--config") || a.startsWith("--env=")
                    || a.startsWith("--config=")) {
                return Optional.empty();
            }
            boolean path = (previous.equals("-f") || previous.equals("--file")) && !a.contains("://");
            out.add(path ? work.resolve(a).normalize().toString() : absolute(work, a));
            previous = a;
        }
        return Optional.of(out);
    }

    private static String absolute(Path work, String arg) {
        if (!arg.startsWith("file://")) {
            return arg;
        }
        StringBuilder b = new StringBuilder();
        for (String part : arg.split(",", -1)) {
            if (b.length() > 0) {
                b.append(',');
            }
            String rest = part.startsWith("file://") ? part.substring("file://".length()) : null;
            b.append(rest == null || rest.startsWith("/") ? part : "file://" + work.resolve(rest).normalize());
        }
        return b.toString();
    }

    static StrataProcess.Result run(Map<String, String> env, List<String> args) {
        return dev.strata.cli.InProcess.run(env, args.toArray(String[]::new));
    }
}
