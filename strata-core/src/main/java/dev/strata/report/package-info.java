/**
 * Every rendering of a result, in one place: Atlas's text reports ({@link dev.strata.report.ApplyReport},
 * {@link dev.strata.report.StatusReport}, {@link dev.strata.report.SetReport}, ...) with an optional
 * colour {@link dev.strata.report.Style}, and Atlas's JSON documents ({@link dev.strata.report.ApplyJson},
 * {@link dev.strata.report.StatusJson}). The command line, the Maven plugin and Spring Boot print what
 * these return; nothing here prints by itself. A new output format of a result is a class here, one
 * per result and format ({@code XReport} for text, {@code XJson}, later {@code SchemaHcl},
 * {@code LintText}, {@code ErdPage} ...).
 *
 * <p>An API package: all of its public types are in {@code strata-core/api.txt}.
 */
package dev.strata.report;
