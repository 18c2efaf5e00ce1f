package dev.strata.bench;

import dev.strata.migrate.lex.ScanException;
import dev.strata.migrate.lex.Scanner;
import dev.strata.migrate.lex.Statement;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Statement splitting of one large file per dialect. The primary result is files per second; the
 * secondary {@code megabytes} counter is the same rate in MB/s (10^6 bytes of the UTF-8 file).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
public class SplitBenchmark extends RunSettings {

    /** About 4 MB: large enough that one split is many milliseconds, small enough to stay in memory. */
    static final int FILE_SIZE = 4 << 20;

    @Param({"postgres", "mysql"})
    public String dialect;

    private SqlCorpus corpus;

    /** Counts the bytes split, so JMH reports them per second next to the splits per second. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Bytes {
        public double megabytes;
    }

    @Setup(Level.Trial)
    public void setUp() throws ScanException {
        corpus = SqlCorpus.of(dialect, FILE_SIZE);
        int statements = Scanner.scan(corpus.text(), corpus.options()).size();
        System.out.printf("%n%s file: %d bytes, %d chars, %d statements%n", dialect, corpus.utf8Bytes(),
                corpus.text().length(), statements);
    }

    @Benchmark
    public List<Statement> split(Bytes bytes) throws ScanException {
        bytes.megabytes += corpus.utf8Bytes() / 1e6;
        return Scanner.scan(corpus.text(), corpus.options());
    }
}
