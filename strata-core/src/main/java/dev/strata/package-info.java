/**
 * Strata's public Java API: {@link dev.strata.Strata} and its builder, and the exceptions every
 * operation reports failures with ({@link dev.strata.StrataException}, {@link dev.strata.UsageException}).
 *
 * <p>The API is enforced, not only described: it is this package and {@link dev.strata.report}, every
 * public failure (a {@code StrataException}), and every type their public signatures reach, wherever
 * it lives: the results ({@link dev.strata.migrate.exec.ApplyResult},
 * {@link dev.strata.migrate.exec.StatusResult}, {@link dev.strata.migrate.exec.SetResult}), the
 * listener {@link dev.strata.migrate.exec.MigrationListener} and its events
 * {@link dev.strata.migrate.exec.ApplyEvent}, the settings ({@link dev.strata.migrate.exec.ExecOrder},
 * {@link dev.strata.migrate.exec.TxMode}, {@link dev.strata.migrate.exec.MigrateOptions},
 * {@link dev.strata.migrate.exec.InDoubt}), the directory types ({@link dev.strata.migrate.MigrationDir},
 * {@link dev.strata.migrate.MigrationFile}) and {@link dev.strata.url.DatabaseUrl}. They are listed
 * with their signatures in {@code strata-core/api.txt}, and {@code ApiSnapshotTest} fails on any
 * change to them that the file does not show. Every other public type is the engine's, public for
 * the project's other modules (the command line, the Maven plugin, Spring Boot), and may change.
 */
package dev.strata;
