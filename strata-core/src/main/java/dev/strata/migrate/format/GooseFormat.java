package dev.strata.migrate.format;

import dev.strata.StrataException;
import dev.strata.migrate.lex.ScanException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * goose: one file per migration with {@code -- +goose Up} and {@code -- +goose Down} sections;
 * {@code StatementBegin}/{@code StatementEnd} keep a block whole. As in Atlas, the up section is
 * rewritten with a custom delimiter line after each statement, then split with the generic scanner.
 *
 * <p>Unlike Atlas, only whole pragma lines are pragmas: Atlas's unanchored pattern drops any line
 * that merely contains {@code Down} or {@code StatementEnd} (an {@code UPDATE ... 'Down'}, say).
 * {@code NO TRANSACTION} makes the imported file run outside a transaction.
 */
final class GooseFormat implements SourceFormat {

    private static final String DELIMITER = "-- ATLAS_DELIM_END";

    private enum State { NONE, UP, BEGIN }

    @Override
    public String name() {
        return "goose";
    }

    @Override
    public Listing list(Path dir) {
        return SourceDir.sqlFiles(dir, name -> name.endsWith(".go") ? "Go migration (only SQL migrations are imported)"
                : "not a goose SQL migration (*.sql)");
    }

    @Override
    public UpPart upPart(SourceFile file) throws ScanException {
        List<String> out = new ArrayList<>(List.of("-- atlas:delimiter " + DELIMITER, ""));
        State state = State.NONE;
        boolean noTransaction = false;
        int lineNo = 0;
        scan:
        for (String raw : SourceDir.lines(SourceDir.text(file))) {
            lineNo++;
            String pragma = pragma(raw);
            if (pragma == null) {
                String line = stripTrailingSpace(raw);
                out.add(line);
                if (state == State.UP && endsStatement(line)) {
                    out.add(DELIMITER);
                }
                continue;
            }
            switch (pragma) {
                case "Up" -> {
                    require(state == State.NONE, file, lineNo, pragma);
                    state = State.UP;
                }
                case "Down" -> {
                    require(state == State.UP, file, lineNo, pragma);
                    break scan;
                }
                case "StatementBegin" -> {
                    require(state == State.UP, file, lineNo, pragma);
                    state = State.BEGIN;
                }
                case "StatementEnd" -> {
                    require(state == State.BEGIN, file, lineNo, pragma);
                    state = State.UP;
                    out.add(DELIMITER);
                }
                case "NO TRANSACTION" -> noTransaction = true;
                default -> {
                    // ENVSUB ON/OFF: goose would substitute ${VAR}; Strata keeps the text as written.
                }
            }
        }
        if (state == State.NONE) {
            throw new StrataException("goose: " + file.name() + ": no '-- +goose Up' annotation");
        }
        return new UpPart(SourceDir.statements(String.join("\n", out)), noTransaction);
    }

    /** The goose command of a whole pragma line ({@code -- +goose Up}), or null for any other line. */
    static String pragma(String line) {
        String s = line.strip();
        if (!s.startsWith("--")) {
            return null;
        }
        s = s.substring(2).strip();
        if (!s.startsWith("+goose ")) {
            return null;
        }
        String command = s.substring("+goose ".length()).strip();
        return switch (command) {
            case "Up", "Down", "StatementBegin", "StatementEnd", "NO TRANSACTION", "ENVSUB ON", "ENVSUB OFF" -> command;
            default -> null;
        };
    }

    private static void require(boolean ok, SourceFile file, int line, String pragma) {
        if (!ok) {
            throw new StrataException("sql/migrate: goose: " + file.name() + ":" + line + " unexpected goosePragma '"
                    + pragma + "'");
        }
    }

    /** goose's rule: the last word before a {@code --} comment ends with {@code ;}. */
    private static boolean endsStatement(String line) {
        String last = "";
        for (String word : line.strip().split("\\s+")) {
            if (word.startsWith("--")) {
                break;
            }
            last = word;
        }
        return last.endsWith(";");
    }

    private static String stripTrailingSpace(String s) {
        int end = s.length();
        while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }
}
