package dev.strata.migrate;

import dev.strata.StrataException;
import dev.strata.UsageException;

import java.io.FileInputStream;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A migration directory on the local file system. */
public final class LocalDir implements MigrationDir {

    private final Path path;
    private final String location;
    /** A listing {@link #entryNames()} took, which the next {@link #files()} reads from; else null. */
    private List<String> listed;

    private LocalDir(Path path, String location) {
        this.path = path;
        this.location = location;
    }

    /**
     * Opens an existing directory.
     *
     * @param location how the user named it, for messages
     * @throws UsageException when it does not exist or is not a directory
     */
    public static LocalDir open(Path path, String location) {
        if (!Files.exists(path)) {
            throw new UsageException("migration directory not found: " + location);
        }
        if (!Files.isDirectory(path)) {
            throw new UsageException("migration directory " + location + " is not a directory");
        }
        return new LocalDir(path, location);
    }

    /** Opens a directory, creating it (and its parents) when missing, as {@code migrate new} does. */
    public static LocalDir create(Path path, String location) {
        try {
            Files.createDirectories(path);
        } catch (IOException e) {
            throw new StrataException("cannot create migration directory " + location + ": " + reason(e));
        }
        return open(path, location);
    }

    /** The directory on disk. */
    public Path path() {
        return path;
    }

    @Override
    public String location() {
        return location;
    }

    /**
     * The names of every entry of the directory, as listed; an empty list when it cannot be listed
     * ({@link #files()} then says why). The next {@link #files()} reads the files of this listing
     * instead of listing the directory again, which for a large directory is a good part of a no-op
     * apply's work (the command line lists it first to name misnamed files).
     */
    public List<String> entryNames() {
        try {
            listed = list();
        } catch (IOException e) {
            listed = null;
            return List.of();
        }
        return listed;
    }

    private List<String> list() throws IOException {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(path)) {
            for (Path p : entries) {
                names.add(p.getFileName().toString());
            }
        }
        return names;
    }

    @Override
    public List<MigrationFile> files() {
        List<String> names = listed;
        listed = null;
        if (names == null) {
            try {
                names = list();
            } catch (IOException e) {
                throw new StrataException("cannot read migration directory " + location + ": " + reason(e));
            }
        }
        List<MigrationFile> files = new ArrayList<>(names.size());
        String prefix = path.toString() + "/";
        for (String name : names) {
            // The glob *.sql without its regular expression. Every *.sql entry counts, as in Atlas: a
            // dangling link or a directory with a migration's name is an error below, not a migration
            // silently left out of the deploy.
            if (name.endsWith(".sql")) {
                files.add(read(prefix + name, name));
            }
        }
        files.sort((a, b) -> Names.compare(a.name(), b.name()));
        return files;
    }

    private MigrationFile read(String file, String name) {
        // A FileInputStream reads a small file with a fraction of the work of Files.readAllBytes (no
        // channel, option set or direct buffer copy), which a large directory pays once per file.
        try (FileInputStream in = new FileInputStream(file)) {
            return MigrationFile.ofUnshared(name, in.readAllBytes());
        } catch (IOException e) {
            // Its exceptions do not tell a missing file from a denied one: the channel's below do.
        }
        Path p = path.resolve(name);
        try {
            return MigrationFile.ofUnshared(name, Files.readAllBytes(p));
        } catch (IOException e) {
            // Reading a directory fails, so only a failure needs the look at what the entry is: one
            // more system call per file is a good part of the time a large directory takes to read.
            if (Files.isDirectory(p)) {
                throw new StrataException("cannot read migration file " + location + "/" + name + ": is a directory");
            }
            throw new StrataException("cannot read migration file " + location + "/" + name + ": " + reason(e));
        }
    }

    @Override
    public Optional<byte[]> sumFile() {
        try {
            return Optional.of(Files.readAllBytes(path.resolve(SumFile.FILE_NAME)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new StrataException("cannot read " + sumFileLocation() + ": " + reason(e));
        }
    }

    /** Writes a file into the directory. */
    public void write(String name, byte[] content) {
        try {
            Files.write(path.resolve(name), content);
        } catch (IOException e) {
            throw new StrataException("cannot write " + location + "/" + name + ": " + reason(e));
        }
    }

    /** Recomputes {@code atlas.sum} from the files and writes it, as {@code migrate hash} does. */
    public SumFile writeSum() {
        SumFile sum = SumFile.of(files());
        write(SumFile.FILE_NAME, sum.toBytes());
        return sum;
    }

    /**
     * Adds an empty migration file named by the time, {@code <UTC yyyyMMddHHmmss>_<name>.sql}, and
     * rewrites {@code atlas.sum}, as {@code migrate new} does. The directory is validated first. When
     * a file already has that version (two files made within one second), the next free second is
     * taken: two files of one version would be refused by {@code validate} and {@code apply}.
     *
     * @param name the description part of the file name; null or empty for none
     * @param now  the time that gives the version
     * @return the new file's name
     * @throws UsageException     when the name holds a path separator
     * @throws ChecksumException  when the directory does not match its atlas.sum
     * @throws StrataException    when the file cannot be created
     */
    public String newMigration(String name, Instant now) {
        return newMigration(name, now, new byte[0]);
    }

    /**
     * As {@link #newMigration(String, Instant)}, with the file's content ({@code migrate diff}).
     */
    public String newMigration(String name, Instant now, byte[] content) {
        checkMigrationName(name);
        List<MigrationFile> files = files();
        verify(files);
        Set<String> taken = new HashSet<>();
        files.forEach(f -> taken.add(f.version()));
        Instant at = now;
        while (taken.contains(Version.FORMAT.format(at))) {
            at = at.plusSeconds(1);
        }
        String file = Version.FORMAT.format(at) + (name == null || name.isEmpty() ? "" : "_" + name) + ".sql";
        try {
            // CREATE_NEW: a file made at the same moment by another process is never overwritten.
            Files.write(path.resolve(file), content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new StrataException("migration file " + location + "/" + file + " already exists (run it again)");
        } catch (IOException e) {
            throw new StrataException("cannot write " + location + "/" + file + ": " + reason(e));
        }
        writeSum();
        return file;
    }

    /**
     * Refuses a migration name {@link #newMigration} cannot use.
     *
     * @throws UsageException when the name holds a path separator
     */
    public static void checkMigrationName(String name) {
        if (name != null && (name.contains("/") || name.contains("\\"))) {
            throw new UsageException("migration name " + name + " must not contain a path separator");
        }
    }

    static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /**
     * The version {@code migrate new} and {@code migrate rebase} give a file, from the time. In a
     * class of its own so that opening a directory does not build a formatter (java.time's
     * formatters are built at run time, on every start) that only these commands use.
     */
    static final class Version {
        static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

        private Version() {
        }
    }
}
