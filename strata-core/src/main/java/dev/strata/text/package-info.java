/**
 * Text formats Strata shares with Atlas's Go output: Go's duration syntax ({@link
 * dev.strata.text.Durations}) and Go's JSON string quoting ({@link dev.strata.text.JsonText}).
 * Engine utilities, public for the project's other modules; not part of the API (see
 * {@code strata-core/api.txt}).
 */
package dev.strata.text;
