package dev.strata.cli;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The real dbmate binary, installed from npm once into {@code target/tools} (the npm package ships
 * the binary). Without npm the tests skip, except under CI=true, where they fail.
 */
final class Dbmate {

    static final String VERSION = "2.36.0";
    private static final Path HOME = Path.of("target", "tools", "dbmate-" + VERSION).toAbsolutePath();

    private Dbmate() {
    }

    /** The binary, installing it first when needed. */
    static synchronized Path binary() throws IOException, InterruptedException {
        Path bin = HOME.resolve("node_modules/.bin/dbmate");
        if (Files.isExecutable(bin)) {
            return bin;
        }
        Files.createDirectories(HOME);
        Result r;
        try {
            r = run(HOME, List.of("npm", "install", "--no-audit", "--no-fund", "--no-save", "--loglevel=error",
                    "dbmate@" + VERSION));
        } catch (IOException e) {
            unavailable("npm is not installed (" + e.getMessage() + ")");
            throw e;
        }
        if (r.exit() != 0 || !Files.isExecutable(bin)) {
            unavailable("npm install dbmate@" + VERSION + " failed: " + r.output());
        }
        return bin;
    }

    private static void unavailable(String why) {
        if ("true".equals(System.getenv("CI"))) {
            fail("dbmate " + VERSION + " is needed under CI=true: " + why);
        }
        Assumptions.abort("skipping: dbmate " + VERSION + " unavailable: " + why);
    }

    /** Runs {@code dbmate --url URL --migrations-dir DIR --no-dump-schema ARGS}, which must succeed. */
    static String run(String url, Path migrations, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(binary().toString(), "--url", url, "--migrations-dir",
                migrations.toString(), "--no-dump-schema"));
        cmd.addAll(List.of(args));
        Result r = run(migrations, cmd);
        if (r.exit() != 0) {
            throw new AssertionError("dbmate " + String.join(" ", args) + " failed (exit " + r.exit() + "):\n"
                    + r.output());
        }
        return r.output();
    }

    private record Result(int exit, String output) {
    }

    private static Result run(Path dir, List<String> cmd) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().remove("DATABASE_URL");
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", cmd) + " did not finish within 300s");
        }
        return new Result(p.exitValue(), out);
    }
}
