package dev.strata.dist;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.fail;

/**
 * Runs commands on this machine with every JDK of the host hidden: in a private mount namespace
 * ({@code unshare -m}, so nothing leaks to the host and the mounts end with the process), an empty
 * tmpfs is mounted over each JDK folder, PATH holds no java, and the environment is only what the
 * test passes (no JAVA_HOME, no JAVA_TOOL_OPTIONS). Before the command runs, the namespace checks
 * that no {@code java} can be started any more.
 *
 * <p>Needs root and {@code unshare}; without them the tests skip with a message, except under
 * CI=true, where CI runs as root and a skip would hide a missing proof.
 */
final class NoJdk {

    /** A PATH without any JDK's bin folder. */
    static final String PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

    /** Exit code of the namespace's own check when a java is still reachable. */
    private static final int JAVA_STILL_REACHABLE = 97;

    private NoJdk() {
    }

    /** Skips the test (fails it under CI=true) when this machine cannot hide its JDKs. */
    static void assumeAvailable() {
        String why = null;
        if (!"root".equals(System.getProperty("user.name"))) {
            why = "hiding the JDKs needs root (mount in a private namespace)";
        } else if (Dist.run(Path.of("/"), Map.of("PATH", PATH), List.of("unshare", "-m", "true")).exitCode() != 0) {
            why = "unshare -m is not available (util-linux, and the right to create a mount namespace)";
        }
        if (why != null) {
            if ("true".equals(System.getenv("CI"))) {
                fail(why + " (CI=true requires the no-JDK proof)");
            }
            Assumptions.abort(why + "; skipping");
        }
    }

    /**
     * The folders that hold a JDK: /usr/lib/jvm, /opt/java, the JDK running this test, JAVA_HOME,
     * and the JDK behind {@code java} on this process's PATH; outermost only.
     */
    static List<Path> jdkFolders() {
        List<Path> candidates = new ArrayList<>(List.of(Path.of("/usr/lib/jvm"), Path.of("/opt/java")));
        candidates.add(Path.of(System.getProperty("java.home")));
        String javaHome = System.getenv("JAVA_HOME");
        if (javaHome != null && !javaHome.isBlank()) {
            candidates.add(Path.of(javaHome));
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path java = Path.of(dir.isEmpty() ? "." : dir, "java");
            if (Files.isExecutable(java)) {
                candidates.add(real(java).getParent().getParent());
            }
        }
        TreeSet<Path> real = new TreeSet<>();
        for (Path c : candidates) {
            if (Files.isDirectory(c)) {
                real.add(real(c));
            }
        }
        List<Path> outermost = new ArrayList<>();
        for (Path p : real) {
            if (outermost.stream().noneMatch(p::startsWith)) {
                outermost.add(p);
            }
        }
        return outermost;
    }

    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the command with the host's JDKs hidden, in {@code dir}, with only the given variables (and PATH). */
    static Dist.Result run(Path dir, Map<String, String> env, List<String> command) {
        StringBuilder script = new StringBuilder("set -eu\n");
        for (Path jdk : jdkFolders()) {
            script.append(hide(jdk));
        }
        script.append(checkNoJava());
        script.append("exec \"$@\"\n");
        return Dist.run(dir, withPath(env), Dist.cmd("unshare", "-m", "sh", "-c", script, "no-jdk", command));
    }

    /**
     * Runs the command in a root made of the host's own /usr and /etc with the JDKs hidden: the
     * image layout, for the forms that name /strata (the argument file). See {@link #chroot}.
     */
    static Dist.Result runAtSlashStrata(Path root, Map<String, Path> binds, Map<String, String> env,
            List<String> command) {
        try {
            Files.createDirectories(root.resolve("usr"));
            Files.createDirectories(root.resolve("etc"));
            for (String link : List.of("bin", "sbin", "lib", "lib64")) {
                Path host = Path.of("/" + link);
                if (Files.isSymbolicLink(host) && !Files.exists(root.resolve(link), LinkOption.NOFOLLOW_LINKS)) {
                    Files.createSymbolicLink(root.resolve(link), Files.readSymbolicLink(host));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder mounts = new StringBuilder();
        mounts.append("mount --bind /usr ").append(quote(root.resolve("usr"))).append('\n');
        mounts.append("mount --bind /etc ").append(quote(root.resolve("etc"))).append('\n');
        for (Path jdk : jdkFolders()) {
            if (jdk.startsWith("/usr")) {
                mounts.append(hide(root.resolve(Path.of("/").relativize(jdk))));
            }
        }
        return chroot(root, mounts.toString(), binds, env, command);
    }

    /**
     * Runs the command in {@code root} (a complete root file system, such as a debootstrap one)
     * with /proc, /dev and a fresh /tmp mounted and each host folder of {@code binds} mounted at its
     * path in the root (the strata folder at /strata, say), under {@code env -i} with only the given
     * variables, as a container's release command runs. The mounts live in a private namespace: the
     * root is unchanged afterwards but for the empty mount points.
     */
    static Dist.Result chroot(Path root, String extraMounts, Map<String, Path> binds, Map<String, String> env,
            List<String> command) {
        String r = quote(root);
        StringBuilder script = new StringBuilder("set -eu\n").append(extraMounts);
        script.append("mount -t proc proc ").append(r).append("/proc\n");
        script.append("mount --rbind /dev ").append(r).append("/dev\n");
        script.append("mount -t tmpfs tmp ").append(r).append("/tmp\n");
        try {
            for (String d : List.of("proc", "dev", "tmp")) {
                Files.createDirectories(root.resolve(d));
            }
            for (Map.Entry<String, Path> bind : binds.entrySet()) {
                Path at = root.resolve(bind.getKey().substring(1));
                Files.createDirectories(at);
                script.append("mount --bind ").append(quote(bind.getValue())).append(' ').append(quote(at)).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        script.append("if chroot ").append(r).append(" /usr/bin/env PATH=").append(PATH)
                .append(" sh -c 'java -version' >/dev/null 2>&1; then echo 'no-jdk: java runs in the root' >&2; exit ")
                .append(JAVA_STILL_REACHABLE).append("; fi\n");
        script.append("exec \"$@\"\n");
        List<String> inner = Dist.cmd("chroot", root, "/usr/bin/env", "-i");
        env.forEach((k, v) -> inner.add(k + "=" + v));
        inner.addAll(command);
        return Dist.run(Path.of("/"), Map.of("PATH", PATH), Dist.cmd("unshare", "-m", "sh", "-c", script, "no-jdk", inner));
    }

    private static String hide(Path folder) {
        return "mount -t tmpfs -o size=1m,mode=0755 strata-no-jdk " + quote(folder) + "\n";
    }

    private static String checkNoJava() {
        return "if java -version >/dev/null 2>&1; then echo \"no-jdk: java still runs: $(command -v java)\" >&2; exit "
                + JAVA_STILL_REACHABLE + "; fi\n";
    }

    private static Map<String, String> withPath(Map<String, String> env) {
        Map<String, String> all = new LinkedHashMap<>(env);
        all.putIfAbsent("PATH", PATH);
        return all;
    }

    private static String quote(Path p) {
        return "'" + p.toString().replace("'", "'\\''") + "'";
    }
}
