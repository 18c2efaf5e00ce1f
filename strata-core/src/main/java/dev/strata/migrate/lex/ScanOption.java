package dev.strata.migrate.lex;

/**
 * One switch of the statement scanner. Each dialect picks its set; the names follow the options of
 * Atlas's scanner so the conformance vectors can name them.
 */
public enum ScanOption {
    /** {@code BEGIN ... END} compound blocks (triggers, procedures) are one statement. */
    BEGIN_BLOCKS,
    /** SQL-standard {@code BEGIN ATOMIC ... END} bodies are one statement. */
    BEGIN_ATOMIC,
    /** T-SQL {@code BEGIN TRY ... END CATCH}; used by the conformance vectors only. */
    BEGIN_TRY_CATCH,
    /** PostgreSQL dollar quoting: {@code $$ ... $$} and {@code $tag$ ... $tag$}. */
    DOLLAR_QUOTES,
    /** A backslash escapes the next character inside every quoted string (MySQL). */
    BACKSLASH_ESCAPES,
    /** PostgreSQL {@code E'...'} strings, where a backslash escapes the next character. */
    ESCAPE_STRINGS,
    /** {@code #} starts a line comment (MySQL). */
    HASH_COMMENTS,
    /** A line holding {@code GO} ends a batch (T-SQL); used by the conformance vectors only. */
    GO_COMMAND,
    /** A T-SQL {@code END} ends a block without a delimiter; used by the conformance vectors only. */
    BEGIN_END_TERMINATOR,
    /** MySQL executable comments {@code /*! ... *}{@code /} are code sent to the server, not comments. */
    EXECUTABLE_COMMENTS,
    /** Optimizer hints {@code /*+ ... *}{@code /} are code sent to the server, not comments. */
    HINT_COMMENTS
}
