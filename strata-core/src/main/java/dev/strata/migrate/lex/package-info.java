/**
 * Statement splitting ({@code Scanner}) and file and statement directives, dialect-aware through
 * {@code ScanOption}s. {@link dev.strata.migrate.lex.Statement} is API, reached through the events of a
 * run; the rest is the engine's.
 */
package dev.strata.migrate.lex;
