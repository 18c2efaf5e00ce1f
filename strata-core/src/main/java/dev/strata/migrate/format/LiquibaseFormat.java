package dev.strata.migrate.format;

import dev.strata.migrate.lex.ScanException;
import dev.strata.migrate.lex.Statement;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Liquibase formatted SQL: the {@code .sql} files at the top level, split with the generic scanner.
 * {@code --changeset} lines stay as the comments of their statements; the header and
 * {@code --rollback} lines are dropped when a blank line follows them. XML, YAML and JSON
 * changelogs are left out.
 */
final class LiquibaseFormat implements SourceFormat {

    private static final Pattern NO_TRANSACTION = Pattern.compile(
            "(?m)^--\\s*changeset\\s.*\\brunInTransaction:false\\b");

    @Override
    public String name() {
        return "liquibase";
    }

    @Override
    public Listing list(Path dir) {
        return SourceDir.sqlFiles(dir, name -> {
            String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            return switch (ext) {
                case "xml", "json" -> "Liquibase " + ext.toUpperCase(Locale.ROOT)
                        + " changelog (only formatted SQL files are imported)";
                case "yaml", "yml" -> "Liquibase YAML changelog (only formatted SQL files are imported)";
                default -> "not a Liquibase formatted SQL file (*.sql)";
            };
        });
    }

    @Override
    public UpPart upPart(SourceFile file) throws ScanException {
        String text = SourceDir.text(file);
        List<Statement> statements = SourceDir.statements(text);
        return new UpPart(statements, NO_TRANSACTION.matcher(text).find());
    }
}
