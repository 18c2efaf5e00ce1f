package dev.strata.lint;

import java.util.regex.Pattern;

/**
 * Whether an earlier statement of the file fills a column ({@code UPDATE t SET c = ...}), which makes
 * setting it NOT NULL safe: Atlas's {@code ColumnFilledBefore}, read from the statement's text.
 */
final class Backfill {

    private Backfill() {
    }

    static boolean before(FileChanges file, int index, String table, String column) {
        String q = "[`\"\\[]?";
        Pattern p = Pattern.compile("^\\s*UPDATE\\s+(?:[\\w$`\"]+\\.)?" + q + Pattern.quote(table) + q.replace("[", "[\\]")
                + "\\s+SET\\s+(?:.*[\\s,])?" + q + Pattern.quote(column) + "[`\"\\]]?\\s*=",
                Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
        for (int i = 0; i < index; i++) {
            if (p.matcher(file.statements().get(i).statement().text()).find()) {
                return true;
            }
        }
        return false;
    }
}
