package dev.strata.migrate;

import dev.strata.StrataException;
import dev.strata.UsageException;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * A migration directory packed with the application: a folder on its class path, such as
 * {@code classpath:db/migrations}. The folder may be a directory of classes ({@code file:} URLs) or
 * sit inside a jar ({@code jar:} URLs), including a jar nested in a Spring Boot executable jar, whose
 * URL handler lists entries as the JDK's does. It is read-only: {@code atlas.sum} is written on the
 * source folder, before packaging.
 */
public final class ClasspathDir implements MigrationDir {

    /** The prefix of a classpath location. */
    public static final String PREFIX = "classpath:";

    private final String location;
    private final Source source;

    private ClasspathDir(String location, Source source) {
        this.location = location;
        this.source = source;
    }

    /**
     * Finds a folder on the class path.
     *
     * @param path   the folder, such as {@code db/migrations} (a leading or trailing {@code /} is ignored)
     * @param loader the class loader to search
     * @throws UsageException when the folder is not on the class path, or is in more than one place
     */
    public static ClasspathDir open(String path, ClassLoader loader) {
        String folder = strip(path);
        String location = PREFIX + folder;
        if (folder.isEmpty()) {
            throw new UsageException("classpath location " + PREFIX + path + " names no folder");
        }
        List<URL> found = resources(loader, folder, location);
        boolean viaSum = false;
        if (found.isEmpty()) {
            // A jar built without directory entries has no resource for the folder itself.
            found = resources(loader, folder + "/" + SumFile.FILE_NAME, location);
            viaSum = true;
        }
        if (found.isEmpty()) {
            throw new UsageException("migration directory not found: " + location + " (no such folder on the class path)");
        }
        if (found.size() > 1) {
            throw new UsageException("migration directory " + location + " is in more than one place on the class path: "
                    + found.get(0) + " and " + found.get(1) + " (one atlas.sum must cover the whole directory)");
        }
        return new ClasspathDir(location, Source.of(found.get(0), viaSum, location));
    }

    private static List<URL> resources(ClassLoader loader, String name, String location) {
        Map<String, URL> distinct = new LinkedHashMap<>();
        try {
            for (Enumeration<URL> e = loader.getResources(name); e.hasMoreElements(); ) {
                URL url = e.nextElement();
                distinct.putIfAbsent(url.toExternalForm(), url);
            }
        } catch (IOException e) {
            throw new StrataException("cannot search the class path for " + location + ": " + e.getMessage(), e);
        }
        return new ArrayList<>(distinct.values());
    }

    private static String strip(String path) {
        String s = path.strip();
        while (s.startsWith("/")) {
            s = s.substring(1);
        }
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    /** Where the folder was found on the class path, for messages. */
    public String url() {
        return source.url().toExternalForm();
    }

    @Override
    public String location() {
        return location;
    }

    @Override
    public List<MigrationFile> files() {
        return source.read(location).files();
    }

    @Override
    public Optional<byte[]> sumFile() {
        return Optional.ofNullable(source.read(location).sum());
    }

    @Override
    public String toString() {
        return location;
    }

    /** What one read of the folder found: its migration files in order and its atlas.sum, or null. */
    private record Listing(List<MigrationFile> files, byte[] sum) {
    }

    /** Where the folder's bytes come from. */
    private interface Source {

        URL url();

        Listing read(String location);

        static Source of(URL url, boolean viaSum, String location) {
            if (url.getProtocol().equals("file")) {
                Path path;
                try {
                    path = Path.of(url.toURI());
                } catch (URISyntaxException | IllegalArgumentException e) {
                    throw new StrataException("cannot read " + location + " at " + url + ": " + e.getMessage(), e);
                }
                return new Folder(url, LocalDir.open(viaSum ? path.getParent() : path, location));
            }
            URLConnection connection;
            try {
                connection = url.openConnection();
            } catch (IOException e) {
                throw new StrataException("cannot read " + location + " at " + url + ": " + e.getMessage(), e);
            }
            if (!(connection instanceof JarURLConnection jar)) {
                throw new UsageException("cannot list " + location + " at " + url + ": the class path entry is neither a"
                        + " folder nor a jar");
            }
            String entry = jar.getEntryName();
            if (viaSum) {
                entry = entry.substring(0, entry.length() - SumFile.FILE_NAME.length());
            }
            return new JarFolder(url, entry.endsWith("/") ? entry : entry + "/");
        }
    }

    /** A folder on disk (a directory of classes). */
    private record Folder(URL url, LocalDir dir) implements Source {
        @Override
        public Listing read(String location) {
            return new Listing(dir.files(), dir.sumFile().orElse(null));
        }
    }

    /**
     * A folder inside a jar: the entries directly under {@code prefix}. A fresh, uncached jar file is
     * opened for each read and closed after, so a jar the class loader shares is never closed under it.
     */
    private record JarFolder(URL url, String prefix) implements Source {
        @Override
        public Listing read(String location) {
            List<MigrationFile> files = new ArrayList<>();
            byte[] sum = null;
            try {
                JarURLConnection connection = (JarURLConnection) url.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                        JarEntry entry = e.nextElement();
                        String name = entry.getName();
                        if (entry.isDirectory() || !name.startsWith(prefix) || name.indexOf('/', prefix.length()) >= 0) {
                            continue;
                        }
                        String file = name.substring(prefix.length());
                        if (file.equals(SumFile.FILE_NAME)) {
                            sum = bytes(jar, entry);
                        } else if (file.endsWith(".sql")) {
                            files.add(new MigrationFile(file, bytes(jar, entry)));
                        }
                    }
                }
            } catch (IOException e) {
                throw new StrataException("cannot read " + location + " at " + url + ": " + e.getMessage(), e);
            }
            files.sort((a, b) -> Names.compare(a.name(), b.name()));
            return new Listing(files, sum);
        }

        private static byte[] bytes(JarFile jar, JarEntry entry) throws IOException {
            try (InputStream in = jar.getInputStream(entry)) {
                return in.readAllBytes();
            }
        }
    }
}
