/**
 * What differs between databases, behind small interfaces, as Atlas's driver is made of them.
 * {@link dev.strata.dialect.Dialect} opens a {@link dev.strata.dialect.Session} (the connection: its
 * statements, transactions and what its errors mean) and hands out, for a session, one capability
 * per interface: {@link dev.strata.dialect.Locker}, {@link dev.strata.dialect.CleanCheck},
 * {@link dev.strata.dialect.Catalog}, {@link dev.strata.dialect.RevisionSql} and
 * {@link dev.strata.dialect.ImplicitCommits}. Each dialect package ({@code postgres}, {@code mysql},
 * {@code sqlite}) implements each capability in a file of its own, a record over the session's
 * {@link dev.strata.dialect.Jdbc} ({@code PostgresLocker}, {@code PostgresCatalog} ...); its catalog
 * queries are text-block constants in its {@code XCatalog}. The schema work adds capabilities the
 * same way: an {@code Inspector}, a {@code DdlPlanner}, diff hooks, each an interface here and a file
 * per dialect ({@code PostgresInspector}, {@code PostgresDdl}, {@code PostgresDiff}).
 *
 * <p>Engine: public for the engine's other packages; only
 * {@link dev.strata.dialect.LockTimeoutException} is API.
 */
package dev.strata.dialect;
