/**
 * {@code migrate down}: a database taken back to an earlier version of its migration directory,
 * computed from the schemas rather than from hand-written down files. The directory is replayed on
 * the dev database up to the target, the live database is inspected, the differ plans live to
 * target, and a data-loss check runs on the live rows before anything changes. The undone versions
 * leave the revisions table with the statements (in one transaction where the database allows).
 */
package dev.strata.down;
