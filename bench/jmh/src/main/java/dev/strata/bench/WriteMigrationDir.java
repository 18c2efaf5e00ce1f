package dev.strata.bench;

import java.nio.file.Path;

/**
 * Writes the benchmarks' 10,000-file directory to a path, for timing the {@code strata} command on
 * it: {@code java -cp bench/jmh/target/benchmarks.jar dev.strata.bench.WriteMigrationDir DIR}.
 */
public final class WriteMigrationDir {

    private WriteMigrationDir() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: WriteMigrationDir DIR");
            System.exit(2);
        }
        MigrationSet set = MigrationSet.generate(SumBenchmark.FILES);
        Path dir = set.writeTo(Path.of(args[0]));
        System.out.printf("%d files, %d bytes, in %s%n", set.files().size(), set.bytes(), dir);
    }
}
