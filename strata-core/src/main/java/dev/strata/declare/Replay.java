package dev.strata.declare;

import dev.strata.StrataException;
import dev.strata.dialect.Session;
import dev.strata.migrate.LocalDir;
import dev.strata.migrate.MigrationFile;
import dev.strata.migrate.Names;
import dev.strata.migrate.exec.CheckedDir;
import dev.strata.migrate.lex.GoQuote;
import dev.strata.migrate.lex.ScanException;
import dev.strata.migrate.lex.Scanner;
import dev.strata.migrate.lex.Statement;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs SQL files on the dev database, statement by statement as {@code migrate apply} splits them,
 * so that their schema can be inspected. A failing statement is reported as Atlas does:
 * {@code read state from "file": executing statement: "stmt": error}.
 */
final class Replay {

    private Replay() {
    }

    /** Runs schema files in order. */
    static void files(Session dev, List<Path> files) {
        for (Path f : files) {
            String text;
            try {
                text = Files.readString(f, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new StrataException("reading " + f + ": " + e.getMessage(), e);
            }
            run(dev, f.getFileName().toString(), text);
        }
    }

    /**
     * Replays a migration directory, checked against its {@code atlas.sum} first.
     *
     * @throws dev.strata.migrate.ChecksumException when the files do not match atlas.sum
     */
    static void directory(Session dev, Path dir) {
        directory(dev, dir, null);
    }

    /**
     * Replays a migration directory up to and including {@code upTo} (all of it when null; none of it
     * when empty, a database at no version), checked against its {@code atlas.sum} first.
     */
    static void directory(Session dev, Path dir, String upTo) {
        CheckedDir checked = CheckedDir.of(LocalDir.open(dir, dir.toString()));
        for (MigrationFile f : upTo(checked.files(), upTo)) {
            run(dev, f.name(), f.text());
        }
    }

    /**
     * The files that build a database at {@code upTo}, as {@code migrate apply} would run them on an
     * empty one: from the last checkpoint at or before it (which holds the whole schema before it),
     * and no other checkpoint, since each repeats the files before it.
     */
    static List<MigrationFile> upTo(List<MigrationFile> files, String upTo) {
        List<MigrationFile> kept = new ArrayList<>();
        for (MigrationFile f : files) {
            if (upTo != null && (upTo.isEmpty() || Names.compare(f.version(), upTo) > 0)) {
                break;
            }
            if (f.isCheckpoint()) {
                kept.clear();
            }
            kept.add(f);
        }
        return kept;
    }

    private static void run(Session dev, String name, String text) {
        List<Statement> statements;
        try {
            statements = Scanner.scan(text, dev.dialect().scanOptions());
        } catch (ScanException e) {
            throw new StrataException("read state from " + GoQuote.string(name) + ": " + e.getMessage(), e);
        }
        for (Statement s : statements) {
            try {
                dev.execute(s.text());
            } catch (SQLException e) {
                throw new StrataException("read state from " + GoQuote.string(name) + ": executing statement: "
                        + GoQuote.string(s.text()) + ": " + dev.errorText(e), e);
            }
        }
    }
}
