/**
 * Versioned migrations on a database: {@code Migrator} (apply, status, set), {@code PendingFiles}
 * (which files run, as Atlas's {@code Executor.Pending}), {@code Executor} (transactions and the
 * crash-safe recording of progress), and the revisions store ({@code RevisionStore}, kept in
 * {@code RevisionTable}).
 *
 * <p>The results, events, settings and failures here are API, listed in {@code strata-core/api.txt}
 * ({@code ApplyResult}, {@code ApplyEvent}, {@code MigrateOptions}, {@code ApplyException} ...).
 * {@code Migrator}, {@code RevisionTable}, {@code CheckedDir} and {@code MigrateSettings} are public
 * for the facade and the command line only, and may change.
 */
package dev.strata.migrate.exec;
