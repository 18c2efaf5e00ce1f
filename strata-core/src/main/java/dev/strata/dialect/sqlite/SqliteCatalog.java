package dev.strata.dialect.sqlite;

import dev.strata.dialect.Catalog;
import dev.strata.dialect.Identifiers;
import dev.strata.dialect.Jdbc;

import java.sql.SQLException;

/** SQLite's catalog, {@code sqlite_master}, of its one schema {@code main}. */
record SqliteCatalog(Jdbc jdbc) implements Catalog {

    /** The one schema of an SQLite database Strata migrates. */
    static final String MAIN = "main";

    @Override
    public boolean tableExists(String schema, String table) throws SQLException {
        return !jdbc.queryStrings("SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?", table).isEmpty();
    }

    @Override
    public String currentSchema() {
        return MAIN;
    }

    @Override
    public String qualifiedName(String schema, String table) {
        return Identifiers.doubleQuoted(schema) + "." + Identifiers.doubleQuoted(table);
    }
}
