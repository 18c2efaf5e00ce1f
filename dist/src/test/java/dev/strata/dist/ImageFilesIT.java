package dev.strata.dist;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No Docker engine runs here, so the images are tested through what they are made of: the root
 * Dockerfile must build the folder with dist/build.sh (whose output the other tests check) on a
 * JDK that makes an AOT cache, and point at files the folder has; the example's Dockerfile and
 * fly.toml must put Strata and the migrations where the release command looks.
 */
class ImageFilesIT extends UnpackedTarball {

    private static String read(String path) throws Exception {
        return Files.readString(Dist.repositoryRoot().resolve(path));
    }

    private static String group(String text, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.MULTILINE).matcher(text);
        assertThat(m.find()).as("/" + regex + "/ in\n" + text).isTrue();
        return m.group(1);
    }

    /** A path in the image under /strata, as a path in the unpacked folder. */
    private static Path inFolder(String imagePath) {
        assertThat(imagePath).startsWith("/strata/");
        return strata.resolve(imagePath.substring("/strata/".length()));
    }

    @Test
    void theStrataImageIsTheBuildScriptsFolder() throws Exception {
        String dockerfile = read("Dockerfile");
        int jdk = Integer.parseInt(group(dockerfile, "^FROM eclipse-temurin:(\\d+)-jdk AS build$"));
        assertThat(jdk).as("the build stage's JDK makes an AOT cache, as the tested tarball has").isGreaterThanOrEqualTo(25);
        assertThat(strata.resolve("lib/strata.aot")).isRegularFile();
        assertThat(strata.resolve("lib/strata-postgres.aot")).isRegularFile();
        assertThat(strata.resolve("lib/strata-mysql.aot")).isRegularFile();
        String out = group(dockerfile, "^ && dist/build\\.sh (\\S+)$");
        assertThat(group(dockerfile, "^COPY --from=build (\\S+) /strata$")).isEqualTo(out + "/strata");
        String entrypoint = group(dockerfile, "^ENTRYPOINT \\[\"([^\"]+)\"\\]$");
        assertThat(inFolder(entrypoint)).isExecutable();
        assertThat(entrypoint).isEqualTo("/strata/bin/strata");
        assertThat(read(".dockerignore")).contains("**/target\n");
    }

    /**
     * The build stage builds only what the folder is made of (the core, the command line, and the
     * dist module for picocli's sources), not the Maven plugin, Spring Boot or the test modules; the
     * image runs as a user of its own, by number so that Kubernetes' runAsNonRoot can check it.
     */
    @Test
    void theImageBuildsOnlyWhatItNeedsAndRunsAsNonRoot() throws Exception {
        String dockerfile = read("Dockerfile");
        assertThat(group(dockerfile, "\\s-pl (\\S+) -am package")).isEqualTo("dist");
        assertThat(read("dist/pom.xml")).contains("<artifactId>strata-cli</artifactId>");
        String final_ = dockerfile.substring(dockerfile.lastIndexOf("\nFROM "));
        String user = group(final_, "^USER (\\d+):(?:\\d+)$");
        assertThat(Integer.parseInt(user)).isPositive();
        assertThat(final_).containsPattern("useradd --system --uid " + user + " ");
        assertThat(final_.indexOf("\nUSER ")).as("USER before ENTRYPOINT").isLessThan(final_.indexOf("\nENTRYPOINT "));
        assertThat(group(dockerfile, "-Dstrata\\.commit=\"\\$(\\w+)\"")).isEqualTo(group(dockerfile, "^ARG (\\w+)="));
    }

    @Test
    void theExampleImageRunsTheReleaseCommandOnItsMigrations() throws Exception {
        String dockerfile = read("examples/fly-java/Dockerfile");
        assertThat(dockerfile).containsPattern("(?m)^COPY --from=strata /strata /strata$")
                .containsPattern("(?m)^WORKDIR /app$")
                .containsPattern("(?m)^COPY migrations \\./migrations$");
        String fly = read("examples/fly-java/fly.toml");
        String release = group(fly, "^  release_command = \"([^\"]+)\"$");
        assertThat(release).isEqualTo("/strata/bin/strata migrate apply");
        assertThat(inFolder(release.split(" ")[0])).isExecutable();
        assertThat(fly).contains("# release_command = \"sh -c '/strata/bin/strata migrate apply --url $DATABASE_URL'\"");

        Path migrations = Dist.repositoryRoot().resolve("examples/fly-java/migrations");
        assertThat(migrations.resolve("20221220000101_create_users.sql")).isRegularFile();
        Dist.Result valid = Dist.run(tmp, Map.of("PATH", NoJdk.PATH), List.of(strata.resolve("bin/strata").toString(),
                "migrate", "validate", "--dir", "file://" + migrations));
        assertThat(valid.exitCode()).as(valid.toString()).isZero();
    }
}
