package dev.strata.bench;

import dev.strata.migrate.MigrationFile;
import dev.strata.migrate.SumFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A migration directory's worth of files, as a long-lived project accumulates them: Atlas-style
 * timestamp versions a few hours apart, each file 0.5 to 2 KB of PostgreSQL cut at a line end.
 *
 * @param files the files, in directory order
 */
public record MigrationSet(List<MigrationFile> files) {

    static final int MIN_SIZE = 512;
    static final int MAX_SIZE = 2048;
    private static final DateTimeFormatter VERSION = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    public MigrationSet {
        files = List.copyOf(files);
    }

    /** {@code count} files from a fixed seed. */
    public static MigrationSet generate(int count) {
        String sql = SqlCorpus.postgres(1 << 20).text();
        Random random = new Random(17);
        LocalDateTime time = LocalDateTime.of(2019, 3, 1, 9, 0);
        List<MigrationFile> files = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            time = time.plusMinutes(30 + random.nextInt(60 * 24 * 3));
            String name = VERSION.format(time) + "_change_" + i + ".sql";
            files.add(new MigrationFile(name, content(sql, random).getBytes(StandardCharsets.UTF_8)));
        }
        return new MigrationSet(files);
    }

    private static String content(String sql, Random random) {
        int size = MIN_SIZE + random.nextInt(MAX_SIZE - MIN_SIZE + 1);
        int from = sql.indexOf('\n', random.nextInt(sql.length() - 2 * MAX_SIZE)) + 1;
        int to = sql.lastIndexOf('\n', from + size - 1) + 1;
        return sql.substring(from, Math.max(to, from + MIN_SIZE));
    }

    /** The total size of the files' contents. */
    public long bytes() {
        return files.stream().mapToLong(f -> f.bytes().length).sum();
    }

    /** Writes the files and their {@code atlas.sum} into a new temporary directory. */
    public Path writeToTemporaryDirectory() {
        try {
            return writeTo(Files.createTempDirectory("strata-jmh-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the files and their {@code atlas.sum} into a directory (created if missing), in shuffled
     * order so that the listing order is not the version order.
     */
    public Path writeTo(Path dir) {
        try {
            Files.createDirectories(dir);
            List<MigrationFile> shuffled = new ArrayList<>(files);
            Collections.shuffle(shuffled, new Random(3));
            for (MigrationFile f : shuffled) {
                Files.write(dir.resolve(f.name()), f.bytes());
            }
            Files.write(dir.resolve(SumFile.FILE_NAME), SumFile.of(files).toBytes());
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes a directory written by {@link #writeToTemporaryDirectory()}. */
    public static void delete(Path dir) {
        try (var entries = Files.list(dir)) {
            for (Path p : (Iterable<Path>) entries::iterator) {
                Files.delete(p);
            }
            Files.delete(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
