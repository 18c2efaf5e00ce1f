package dev.strata.dialect;

import java.sql.SQLException;

/**
 * What the database's catalog says about tables and schemas, and how it spells their names. The
 * catalog queries of a dialect live in its {@code XCatalog} file.
 */
public interface Catalog {

    /** Whether a table exists. */
    boolean tableExists(String schema, String table) throws SQLException;

    /**
     * The schema unqualified table names resolve to: where other migration tools keep their history
     * table by default (the first schema of the PostgreSQL search path, the MySQL database).
     *
     * @throws dev.strata.StrataException when the session has none (a MySQL URL without a database)
     */
    String currentSchema() throws SQLException;

    /** A table name qualified with its schema and quoted for this database. */
    String qualifiedName(String schema, String table);
}
