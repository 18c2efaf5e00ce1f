package dev.strata.dialect;

/** Quoting of SQL identifiers. */
public final class Identifiers {

    private Identifiers() {
    }

    /** {@code "name"}, doubling inner quotes (PostgreSQL, SQLite). */
    public static String doubleQuoted(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** {@code `name`}, doubling inner backticks (MySQL). */
    public static String backticked(String name) {
        return '`' + name.replace("`", "``") + '`';
    }
}
