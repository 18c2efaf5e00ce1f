package dev.strata.bench;

import dev.strata.migrate.LocalDir;
import dev.strata.migrate.SumFile;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * {@code atlas.sum} over 10,000 files: in memory (the hashing alone), from a directory on disk as
 * {@code migrate hash} computes it (reading included, writing not), and the check that
 * {@code migrate apply} and {@code validate} make. The files stay in the page cache between
 * invocations, so "from disk" means system calls and copies, not device reads.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class SumBenchmark extends RunSettings {

    static final int FILES = 10_000;

    private MigrationSet set;
    private Path dir;

    @Setup(Level.Trial)
    public void setUp() {
        set = MigrationSet.generate(FILES);
        dir = set.writeToTemporaryDirectory();
        System.out.printf("%n%d files, %d bytes, in %s%n", FILES, set.bytes(), dir);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        MigrationSet.delete(dir);
    }

    @Benchmark
    public byte[] inMemory() {
        return SumFile.of(set.files()).toBytes();
    }

    @Benchmark
    public byte[] fromDisk() {
        return SumFile.of(LocalDir.open(dir, dir.toString()).files()).toBytes();
    }

    @Benchmark
    public SumFile verifyFromDisk() {
        return LocalDir.open(dir, dir.toString()).verify();
    }
}
