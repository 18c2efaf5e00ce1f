package dev.strata.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code ./strata} launcher at the repository root, after Maven packaged the command line: it
 * runs from any working directory and reads file names as UTF-8 under a non-UTF-8 locale.
 */
class LauncherIT {

    @TempDir
    Path tmp;

    private static Path launcher() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("strata-core"))) {
            p = p.getParent();
        }
        assertThat(p).as("repository root").isNotNull();
        return p.resolve("strata");
    }

    private String run(String... args) throws Exception {
        String[] cmd = new String[args.length + 2];
        cmd[0] = "sh";
        cmd[1] = launcher().toString();
        System.arraycopy(args, 0, cmd, 2, args.length);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(tmp.toFile()).redirectErrorStream(true);
        pb.environment().put("LC_ALL", "C");
        pb.environment().put("LANG", "C");
        pb.environment().remove("LC_CTYPE");
        pb.environment().remove("DATABASE_URL");
        pb.environment().remove("STRATA_URL");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    @Test
    void nonAsciiFileNamesUnderTheCLocale() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("migrations"));
        Files.writeString(dir.resolve("1_café.sql"), "CREATE TABLE café (id int);\n");
        Files.writeString(dir.resolve("2_数据.sql"), "INSERT INTO café VALUES (1);\n");
        assertThat(run("migrate", "hash")).isEmpty();
        String sum = Files.readString(dir.resolve("atlas.sum"), StandardCharsets.UTF_8);
        assertThat(sum).contains("\n1_café.sql h1:").contains("\n2_数据.sql h1:");
        String out = run("migrate", "apply", "--url", "sqlite://app.db");
        assertThat(out).contains("-- migrating version 1\n").contains("CREATE TABLE café (id int);")
                .contains("-- 2 migrations\n");
    }
}
