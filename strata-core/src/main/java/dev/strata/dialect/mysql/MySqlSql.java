package dev.strata.dialect.mysql;

import dev.strata.dialect.Identifiers;

/** How MySQL spells literals and names in the statements Strata writes. */
final class MySqlSql {

    private MySqlSql() {
    }

    /** A string literal: quotes doubled, backslashes escaped (MySQL reads {@code \} as an escape). */
    static String string(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    static String name(String n) {
        return Identifiers.backticked(n);
    }
}
