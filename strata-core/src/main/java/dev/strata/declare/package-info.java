/**
 * The declarative flow behind {@code schema inspect}, {@code schema diff}, {@code schema apply} and
 * {@code migrate diff}: a {@link dev.strata.declare.Source} (a database, HCL files, SQL files, a
 * migration directory) is read into a {@link dev.strata.declare.State} by a
 * {@link dev.strata.declare.Declarative}, which owns the connections and the dev database the
 * reading needs; two states are diffed and planned as the dialect's DDL. The command line and the
 * Java API stay thin: options in, this package, reports out.
 */
package dev.strata.declare;
