package dev.strata.migrate.exec;

import dev.strata.migrate.lex.GoQuote;

/** A statement quoted for a one-line message, shortened when long. */
final class GoQuoteShort {

    private static final int MAX = 120;

    private GoQuoteShort() {
    }

    static String of(String statement) {
        return GoQuote.string(statement.length() > MAX ? statement.substring(0, MAX) + "..." : statement);
    }
}
