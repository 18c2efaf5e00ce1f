/**
 * {@code migrate import}: other tools' directory layouts, one package-private class per tool behind
 * {@code SourceFormat}, converted by {@link dev.strata.migrate.format.Importer}. Engine; the result
 * records that {@link dev.strata.report.ImportReport} renders are API.
 */
package dev.strata.migrate.format;
