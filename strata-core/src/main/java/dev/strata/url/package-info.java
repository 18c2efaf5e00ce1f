/**
 * Database URLs: parsing ({@link dev.strata.url.DatabaseUrl}, API), and keeping their passwords out
 * of every output ({@code Redaction}, {@code Secrets}).
 */
package dev.strata.url;
