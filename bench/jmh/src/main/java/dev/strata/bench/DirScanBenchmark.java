package dev.strata.bench;

import dev.strata.migrate.LocalDir;
import dev.strata.migrate.MigrationDir;
import dev.strata.migrate.MigrationFile;
import dev.strata.migrate.Names;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Scanning a directory of 10,000 files: listing, parsing the names into versions, ordering them and
 * refusing duplicate versions, as every command that reads a directory does.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class DirScanBenchmark extends RunSettings {

    private static final byte[] EMPTY = new byte[0];

    private Path dir;

    @Setup(Level.Trial)
    public void setUp() {
        dir = MigrationSet.generate(SumBenchmark.FILES).writeToTemporaryDirectory();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        MigrationSet.delete(dir);
    }

    /** What the project does: {@code LocalDir.files()} lists and reads, then versions are checked. */
    @Benchmark
    public List<MigrationFile> scan() {
        List<MigrationFile> files = LocalDir.open(dir, dir.toString()).files();
        MigrationDir.requireUniqueVersions(files);
        return files;
    }

    /**
     * The same listing, ordering and name parsing without reading the contents: the floor a scan
     * could reach, to tell how much of {@link #scan()} is reading.
     */
    @Benchmark
    public List<MigrationFile> namesOnly() throws IOException {
        List<MigrationFile> files = new ArrayList<>(SumBenchmark.FILES);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, "*.sql")) {
            for (Path p : entries) {
                files.add(new MigrationFile(p.getFileName().toString(), EMPTY));
            }
        }
        files.sort((a, b) -> Names.compare(a.name(), b.name()));
        MigrationDir.requireUniqueVersions(files);
        return files;
    }
}
