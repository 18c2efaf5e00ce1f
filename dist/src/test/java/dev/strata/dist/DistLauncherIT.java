package dev.strata.dist;

import dev.strata.testing.TestDb;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The unpacked folder's launcher as users meet it: through symlinks and from any directory, with
 * the exit codes and messages of the command line, quiet when its cache cannot be used, and
 * nothing written to the temporary directory. Runs on any machine (no root needed).
 */
class DistLauncherIT extends UnpackedTarball {

    private static Map<String, String> env(String... pairs) {
        Map<String, String> env = new java.util.HashMap<>(Map.of("PATH", NoJdk.PATH, "LANG", "C.UTF-8"));
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return env;
    }

    private Dist.Result run(Path dir, Map<String, String> env, Object... command) {
        return Dist.run(dir, env, Dist.cmd(command));
    }

    @Test
    void runsThroughSymlinksFromAnyDirectory() throws Exception {
        // Beside the unpacked folder, so the links never point out of their temporary directory.
        Path bin = Files.createDirectories(unpacked.resolve("usr/local/bin"));
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.createSymbolicLink(unpacked.resolve("strata-link"), strata.resolve("bin/strata"));
        Files.createSymbolicLink(bin.resolve("strata"), Path.of("../../../strata-link")); // relative, then absolute
        Dist.Result r = run(elsewhere, env(), bin.resolve("strata"), "version");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.stdout()).startsWith("strata version v" + Dist.VERSION + "\ncommit ");
        assertThat(r.stderr()).isEmpty();

        Dist.Result bySh = run(strata.resolve("bin"), env(), "sh", "strata", "version");
        assertThat(bySh.stdout()).as(bySh.toString()).startsWith("strata version v" + Dist.VERSION + "\ncommit ");
    }

    @Test
    void exitCodesAndErrorsAreTheCommandLines() {
        Dist.Result usage = run(tmp, env(), strata.resolve("bin/strata"), "migrate", "apply", "--bogus");
        assertThat(usage.exitCode()).isEqualTo(2);
        assertThat(usage.stdout()).isEmpty();
        assertThat(usage.stderr()).isEqualTo("Error: unknown flag: --bogus (see 'strata migrate apply --help')\n");

        Path dir = NoJdkIT.migrations(tmp);
        Dist.Result noUrl = run(tmp, env(), strata.resolve("bin/strata"), "migrate", "apply", "--dir", "file://" + dir);
        assertThat(noUrl.exitCode()).isEqualTo(2);
        assertThat(noUrl.stderr()).isEqualTo("Error: no database URL: pass --url, or set STRATA_URL or DATABASE_URL\n");

        Dist.Result refused = run(tmp, env("DATABASE_URL", "postgres://app:s3cret-pw@127.0.0.1:1/app"),
                strata.resolve("bin/strata"), "migrate", "apply", "--dir", "file://" + dir);
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.stderr()).contains("Error: cannot connect to postgres://app:xxxxx@127.0.0.1:1/app")
                .doesNotContain("s3cret-pw");
    }

    /**
     * Options in STRATA_JAVA_OPTS the Java runtime refuses are input the command could not start
     * from: exit 2 and one line, as for a bad flag, not the JVM's exit 1 of a failed migration.
     * Good options reach the JVM.
     */
    @Test
    void badJavaOptionsAreABadStart() {
        Dist.Result unknown = run(tmp, env("STRATA_JAVA_OPTS", "-Xmx64m -Xfoo"), strata.resolve("bin/strata"), "version");
        assertThat(unknown.exitCode()).as(unknown.toString()).isEqualTo(2);
        assertThat(unknown.stdout()).isEmpty();
        assertThat(unknown.stderr()).isEqualTo("Error: STRATA_JAVA_OPTS: the Java runtime cannot start with these"
                + " options: Unrecognized option: -Xfoo\n");

        Dist.Result conflict = run(tmp, env("STRATA_JAVA_OPTS", "-XX:+UseG1GC"), strata.resolve("bin/strata"),
                "migrate", "apply");
        assertThat(conflict.exitCode()).as(conflict.toString()).isEqualTo(2);
        assertThat(conflict.stderr()).startsWith("Error: STRATA_JAVA_OPTS: the Java runtime cannot start with these"
                + " options").doesNotContain("\n" + "Error");

        Dist.Result good = run(tmp, env("STRATA_JAVA_OPTS", "-Xmx64m -Dstrata.unused=1"), strata.resolve("bin/strata"),
                "version");
        assertThat(good.exitCode()).as(good.toString()).isZero();
        assertThat(good.stdout()).startsWith("strata version v" + Dist.VERSION + "\ncommit ");
        assertThat(good.stderr()).isEmpty();
    }

    /**
     * The release command, {@code migrate apply}, starts with its driver's cache, taking the URL as
     * the command does (--url, -u, --url=, then STRATA_URL, then DATABASE_URL); any other line with
     * the full cache. Observed through the JVM's own line naming the cache it opened. The database
     * is a closed port: which cache ran is all that is asked here.
     */
    @Test
    void theReleaseCommandStartsWithItsDriversCache() throws Exception {
        Path dir = NoJdkIT.migrations(tmp);
        String pg = "postgres://app@127.0.0.1:1/app?sslmode=disable";
        String my = "mysql://app@127.0.0.1:1/app";
        String apply = "migrate apply --dir file://" + dir;
        assertCache("strata-postgres.aot", Map.of(), apply + " --url " + pg);
        assertCache("strata-postgres.aot", Map.of(), apply + " -u postgresql://app@127.0.0.1:1/app");
        assertCache("strata-postgres.aot", Map.of(), apply + " --url=jdbc:postgresql://127.0.0.1:1/app");
        assertCache("strata-postgres.aot", Map.of("DATABASE_URL", my), apply + " --url " + pg);
        assertCache("strata-postgres.aot", Map.of("STRATA_URL", pg, "DATABASE_URL", my), apply);
        assertCache("strata-mysql.aot", Map.of(), apply + " --url " + my);
        assertCache("strata-mysql.aot", Map.of(), apply + " --url mariadb://app@127.0.0.1:1/app");
        assertCache("strata-mysql.aot", Map.of("DATABASE_URL", my), apply);
        assertCache("strata-mysql.aot", Map.of("STRATA_URL", "", "DATABASE_URL", my), apply);
        assertCache("strata.aot", Map.of(), apply + " --url sqlite://" + tmp.resolve("x.db"));
        assertCache("strata.aot", Map.of("DATABASE_URL", pg), apply + " --env prod");
        assertCache("strata.aot", Map.of("DATABASE_URL", pg), "migrate apply --help");
        assertCache("strata.aot", Map.of(), apply);
        assertCache("strata.aot", Map.of(), "migrate status --dir file://" + dir + " --url " + pg);
        assertCache("strata.aot", Map.of(), "version");
    }

    /** Runs bin/strata with the words of {@code line} and checks which cache the JVM opened. */
    private void assertCache(String cache, Map<String, String> vars, String line) throws Exception {
        Path log = tmp.resolve("aot.log");
        Files.deleteIfExists(log);
        Map<String, String> env = env("STRATA_JAVA_OPTS", "-Xlog:aot=info:file=" + log);
        env.putAll(vars);
        Dist.Result r = run(tmp, env, strata.resolve("bin/strata"), List.of(line.split(" ")));
        assertThat(Files.readString(log)).as(line + " " + vars + "\n" + r)
                .contains("Opened AOT cache " + strata.resolve("lib/" + cache) + ".");
    }

    /** Each argument file runs the command with its cache; they differ in nothing else. */
    @Test
    void eachArgumentFileNamesItsCache() throws Exception {
        String full = Files.readString(strata.resolve("lib/strata.args"));
        for (String driver : List.of("postgres", "mysql")) {
            String args = Files.readString(strata.resolve("lib/strata-" + driver + ".args"));
            assertThat(args).contains("-XX:AOTCache=/strata/lib/strata-" + driver + ".aot\n");
            assertThat(args.replace("strata-" + driver + ".args", "strata.args")
                    .replace("strata-" + driver + ".aot", "strata.aot")).isEqualTo(full);
        }
    }

    /** picocli is recompiled for Java 17 in the folder: its help must read as the original's. */
    @Test
    void helpReadsAsWithTheOriginalPicocli() {
        Path cliJar = Dist.repositoryRoot().resolve("strata-cli/target/strata-cli.jar");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (List<String> args : List.of(List.of("--help"), List.of("migrate", "--help"),
                List.of("migrate", "apply", "--help"), List.of("migrate", "status", "--help"))) {
            Dist.Result folder = run(tmp, env(), strata.resolve("bin/strata"), args);
            Dist.Result original = run(tmp, env(), java, "-cp", cliJar, "dev.strata.cli.Main", args);
            assertThat(folder.exitCode()).as(folder.toString()).isZero();
            assertThat(folder.stdout()).as(String.join(" ", args)).isEqualTo(original.stdout()).isNotEmpty();
        }
    }

    /** A cache the JVM cannot use (damaged, missing) costs start-up time, never a message or a failure. */
    @Test
    void anUnusableCacheIsQuiet() throws Exception {
        Path copy = tmp.resolve("copy");
        Files.createDirectories(copy);
        Dist.Result cp = run(tmp, env(), "cp", "-a", strata, copy);
        assertThat(cp.exitCode()).as(cp.toString()).isZero();
        Path cache = copy.resolve("strata/lib/strata.aot");

        Files.write(cache, new byte[] {1, 2, 3, 4});
        Dist.Result damaged = run(tmp, env(), copy.resolve("strata/bin/strata"), "version");
        assertThat(damaged.exitCode()).as(damaged.toString()).isZero();
        assertThat(damaged.stdout()).startsWith("strata version v" + Dist.VERSION + "\ncommit ");
        assertThat(damaged.stderr()).isEmpty();

        Files.delete(cache);
        Dist.Result missing = run(tmp, env(), copy.resolve("strata/bin/strata"), "version");
        assertThat(missing.exitCode()).as(missing.toString()).isZero();
        assertThat(missing.stdout()).startsWith("strata version v" + Dist.VERSION + "\ncommit ");
        assertThat(missing.stderr()).isEmpty();
    }

    /**
     * The argument file run by another Java 25 (a full JDK instead of the folder's runtime): the
     * cache does not match that JVM, which runs without it, quietly. Skipped without such a JDK.
     */
    @Test
    void anotherJvmIgnoresTheCacheQuietly() throws Exception {
        Path other = null;
        try (Stream<Path> jdks = Files.list(Path.of("/usr/lib/jvm"))) {
            for (Path jdk : jdks.sorted().toList()) {
                Path release = jdk.resolve("release");
                if (Files.isRegularFile(release) && Files.isExecutable(jdk.resolve("bin/java"))
                        && Files.readString(release).matches("(?s).*JAVA_VERSION=\"(2[5-9]|[3-9]\\d).*")) {
                    other = jdk.resolve("bin/java");
                }
            }
        } catch (NoSuchFileException e) {
            other = null;
        }
        Assumptions.assumeTrue(other != null, "no other JDK 25+ in /usr/lib/jvm; skipping");
        Path args = tmp.resolve("strata.args");
        Files.writeString(args, Files.readString(strata.resolve("lib/strata.args")).replace("/strata/", strata + "/"));
        Dist.Result r = run(tmp, env(), other, "@" + args, "version");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.stdout()).startsWith("strata version v" + Dist.VERSION + "\ncommit ");
        assertThat(r.stderr()).isEmpty();
    }

    /** SQLite's library loads from lib/native: nothing is extracted to the temporary directory. */
    @Test
    void sqliteExtractsNothing() throws Exception {
        Path temp = Files.createDirectories(tmp.resolve("temp"));
        Path dir = NoJdkIT.migrations(tmp);
        try (TestDb db = TestDb.sqlite()) {
            Dist.Result r = run(tmp, env("TMPDIR", temp.toString(), "STRATA_JAVA_OPTS", "-Djava.io.tmpdir=" + temp),
                    strata.resolve("bin/strata"), "migrate", "apply", "--url", db.url(), "--dir", "file://" + dir);
            assertThat(r.exitCode()).as(r.toString()).isZero();
            assertThat(r.stderr()).isEmpty();
            NoJdkIT.assertMigrated(db);
        }
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left).isEmpty();
        }
        assertThat(strata.resolve("lib/native/libsqlitejdbc.so")).isRegularFile();
    }
}
