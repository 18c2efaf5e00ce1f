/**
 * {@code migrate adopt}: other tools' history tables, one package-private class per tool behind
 * {@code OldTool}, read by {@link dev.strata.migrate.adopt.Adopter}. Engine; the result
 * ({@link dev.strata.migrate.adopt.AdoptResult}) and the refusal are API.
 */
package dev.strata.migrate.adopt;
