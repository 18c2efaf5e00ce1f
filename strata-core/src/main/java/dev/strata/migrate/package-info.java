/**
 * Migration directories: on disk ({@link dev.strata.migrate.LocalDir}) or on the class path
 * ({@link dev.strata.migrate.ClasspathDir}), their files in Atlas's order, versions, and
 * {@code atlas.sum}. {@link dev.strata.migrate.MigrationDir}, {@link dev.strata.migrate.MigrationFile},
 * {@link dev.strata.migrate.SumFile} and {@link dev.strata.migrate.ChecksumException} are API (see
 * {@code strata-core/api.txt}); the rest is the engine's.
 */
package dev.strata.migrate;
