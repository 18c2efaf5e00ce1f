/**
 * {@code migrate lint}: replays new migration files on the dev database statement by statement
 * ({@link dev.strata.lint.LintRunner}), hands each file's changes to the {@link dev.strata.lint.Analyzer}s
 * and filters what they report by {@code atlas:nolint} ({@link dev.strata.lint.Nolint}). Codes and wording
 * follow Atlas's {@code sql/sqlcheck}; Strata's own checks (PostgreSQL locks, SQLite rebuilds, hygiene)
 * carry codes Atlas does not use, listed in {@code docs/lint.md}.
 */
package dev.strata.lint;
