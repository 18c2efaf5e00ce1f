package dev.strata.down;

import dev.strata.StrataException;
import dev.strata.dialect.Session;
import dev.strata.migrate.MigrationFile;
import dev.strata.migrate.lex.ScanException;
import dev.strata.migrate.lex.Scanner;
import dev.strata.migrate.lex.Statement;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The files a schema-computed down cannot undo: they change rows only, so the schema before and
 * after them is the same and the diff has nothing to revert. Judged by each statement's first word,
 * without running anything; a file that also changes the schema is reverted as far as its schema goes.
 */
final class DataOnlyFiles {

    /** Statements that change rows. */
    private static final Set<String> DATA = Set.of("INSERT", "UPDATE", "DELETE", "MERGE", "REPLACE", "COPY", "UPSERT",
            "TRUNCATE", "WITH");
    /** Statements that change neither rows nor schema, which leave a file data-only. */
    private static final Set<String> NEUTRAL = Set.of("SET", "SELECT", "BEGIN", "COMMIT", "START", "CALL", "DO");

    private DataOnlyFiles() {
    }

    static List<String> of(List<MigrationFile> files, Session session) {
        return files.stream().filter(f -> dataOnly(f, session)).map(MigrationFile::name).toList();
    }

    static boolean dataOnly(MigrationFile f, Session session) {
        List<Statement> statements;
        try {
            statements = Scanner.scan(f.text(), session.dialect().scanOptions());
        } catch (ScanException e) {
            throw new StrataException(f.name() + ": " + e.getMessage(), e);
        }
        boolean data = false;
        for (Statement s : statements) {
            String word = firstWord(s.text());
            if (DATA.contains(word)) {
                data = true;
            } else if (!NEUTRAL.contains(word)) {
                return false;
            }
        }
        return data;
    }

    private static String firstWord(String sql) {
        String t = sql.stripLeading();
        int end = 0;
        while (end < t.length() && Character.isLetter(t.charAt(end))) {
            end++;
        }
        return t.substring(0, end).toUpperCase(Locale.ROOT);
    }
}
