package dev.strata.migrate.format;

import dev.strata.StrataException;
import dev.strata.migrate.MigrationFile;
import dev.strata.migrate.Names;
import dev.strata.migrate.SumFile;
import dev.strata.migrate.lex.ScanException;
import dev.strata.migrate.lex.ScanOption;
import dev.strata.migrate.lex.Scanner;
import dev.strata.migrate.lex.Statement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/** Reading a source directory: its files, their text, and the generic statement splitting of the import. */
final class SourceDir {

    /** The scanner options of Atlas's import, which does not know the target database. */
    static final Set<ScanOption> GENERIC = EnumSet.of(ScanOption.BEGIN_ATOMIC, ScanOption.DOLLAR_QUOTES);

    private SourceDir() {
    }

    /** The regular files at the top level, in byte order of their names; {@code atlas.sum} is not one. */
    static List<String> topLevel(Path dir) {
        List<String> names = new ArrayList<>();
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path p : entries.toList()) {
                String name = p.getFileName().toString();
                if (Files.isRegularFile(p) && !name.equals(SumFile.FILE_NAME)) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            throw new StrataException("cannot read migration directory " + dir + ": " + e.getMessage(), e);
        }
        names.sort(Names::compare);
        return names;
    }

    /**
     * The listing of the layouts where every top-level {@code *.sql} file is a migration (goose,
     * dbmate, Liquibase), with Atlas's version and description.
     *
     * @param reason why another file is left out
     */
    static Listing sqlFiles(Path dir, Function<String, String> reason) {
        List<SourceFile> migrations = new ArrayList<>();
        List<LeftOut> leftOut = new ArrayList<>();
        for (String name : topLevel(dir)) {
            if (name.endsWith(".sql")) {
                migrations.add(new SourceFile(name, read(dir, name), version(name), description(name),
                        SourceFile.Kind.VERSIONED));
            } else if (worthNaming(name)) {
                leftOut.add(new LeftOut(name, reason.apply(name)));
            }
        }
        return new Listing(migrations, leftOut);
    }

    /** Whether a file left out should be named in the report: hidden files (.gitkeep) are not. */
    static boolean worthNaming(String name) {
        String base = name.substring(name.lastIndexOf('/') + 1);
        return !base.startsWith(".");
    }

    static byte[] read(Path dir, String name) {
        try {
            return Files.readAllBytes(dir.resolve(name));
        } catch (IOException e) {
            throw new StrataException("cannot read migration file " + dir.resolve(name) + ": " + e.getMessage(), e);
        }
    }

    /** The file's text: UTF-8 without a byte-order mark, or an error naming the file and line. */
    static String text(SourceFile file) {
        return new MigrationFile(file.name(), file.bytes()).text();
    }

    /** Splits text as Atlas's import does, with the generic scanner. */
    static List<Statement> statements(String text) throws ScanException {
        return Scanner.scan(text, GENERIC);
    }

    /**
     * The lines of a text as Go's line scanner yields them: split at {@code \n}, one trailing
     * {@code \r} removed, no empty last line after a final newline.
     */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            int nl = text.indexOf('\n', at);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(at, end);
            lines.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
            at = end + 1;
        }
        return lines;
    }

    /** The Atlas version of a file name: before the first {@code _}, without {@code .sql}. */
    static String version(String name) {
        return new MigrationFile(name, new byte[0]).version();
    }

    /** The Atlas description of a file name: after the first {@code _}, without {@code .sql}. */
    static String description(String name) {
        return new MigrationFile(name, new byte[0]).description();
    }
}
