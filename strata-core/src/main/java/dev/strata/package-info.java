/**
 * Strata's public Java API: {@link dev.strata.Strata} and its builder, and the exceptions every
 * operation reports failures with ({@link dev.strata.StrataException}, {@link dev.strata.UsageException}).
 *
 * <p>The API's other types live with the engine they describe and are as stable as {@code Strata}:
 * the results {@link dev.strata.migrate.exec.ApplyResult}, {@link dev.strata.migrate.exec.StatusResult}
 * and {@link dev.strata.migrate.exec.SetResult}; the listener
 * {@link dev.strata.migrate.exec.MigrationListener} and its events
 * {@link dev.strata.migrate.exec.ApplyEvent}; the settings {@link dev.strata.migrate.exec.ExecOrder}
 * and {@link dev.strata.migrate.exec.TxMode}; the failure
 * {@link dev.strata.migrate.exec.ApplyException}; and the directory types
 * {@link dev.strata.migrate.MigrationDir}, {@link dev.strata.migrate.MigrationFile} and
 * {@link dev.strata.migrate.ChecksumException}. {@link dev.strata.report} renders results as the
 * command line prints them. Everything else is the engine's and may change.
 */
package dev.strata;
