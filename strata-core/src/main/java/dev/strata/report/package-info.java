/**
 * Atlas's text reports of {@code migrate apply} and {@code migrate status}, rendered as text for
 * whoever prints them: the command line, the Maven plugin's log. Nothing here prints by itself.
 */
package dev.strata.report;
