package dev.strata.migrate.format;

import dev.strata.StrataException;
import dev.strata.migrate.lex.ScanException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * dbmate: one file per migration, the lines between {@code -- migrate:up} and
 * {@code -- migrate:down} apply it.
 *
 * <p>Unlike Atlas, the markers are whole lines and may carry options as dbmate allows: Atlas drops
 * every line that contains {@code down} ({@code 'countdown'}) and does not recognise
 * {@code -- migrate:up transaction:false}, importing such a file empty. Here that option makes the
 * imported file run outside a transaction.
 */
final class DbmateFormat implements SourceFormat {

    private static final Pattern MARKER = Pattern.compile("^--\\s*migrate:(up|down)(?:\\s+(.*))?$");
    private static final Pattern NO_TRANSACTION = Pattern.compile("(?:^|\\s)transaction:false(?:\\s|$)");

    @Override
    public String name() {
        return "dbmate";
    }

    @Override
    public Listing list(Path dir) {
        return SourceDir.sqlFiles(dir, name -> "not a dbmate migration (*.sql)");
    }

    @Override
    public UpPart upPart(SourceFile file) throws ScanException {
        List<String> up = new ArrayList<>();
        boolean inUp = false;
        boolean found = false;
        boolean noTransaction = false;
        for (String line : SourceDir.lines(SourceDir.text(file))) {
            Matcher m = MARKER.matcher(line.strip());
            if (m.matches()) {
                if (m.group(1).equals("down")) {
                    break;
                }
                inUp = true;
                found = true;
                noTransaction = m.group(2) != null && NO_TRANSACTION.matcher(m.group(2)).find();
            } else if (inUp) {
                up.add(line);
            }
        }
        if (!found) {
            throw new StrataException("dbmate: " + file.name() + ": no '-- migrate:up' line");
        }
        return new UpPart(SourceDir.statements(String.join("\n", up)), noTransaction);
    }
}
