/**
 * The project file ({@code strata.hcl}, else {@code atlas.hcl}): an HCL reader and evaluator, and the
 * environments it defines ({@link dev.strata.config.EnvConfig}), their values parsed and typed where
 * the file is read so an error names file, line and column. Engine; only
 * {@link dev.strata.config.ConfigException} is API.
 */
package dev.strata.config;
