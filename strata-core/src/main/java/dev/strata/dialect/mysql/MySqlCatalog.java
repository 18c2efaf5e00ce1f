package dev.strata.dialect.mysql;

import dev.strata.StrataException;
import dev.strata.dialect.Catalog;
import dev.strata.dialect.Identifiers;
import dev.strata.dialect.Jdbc;

import java.sql.SQLException;

/** MySQL's and MariaDB's catalog, from {@code information_schema}; a schema is a database there. */
record MySqlCatalog(Jdbc jdbc) implements Catalog {

    @Override
    public boolean tableExists(String schema, String table) throws SQLException {
        return !jdbc.queryStrings("SELECT table_name FROM information_schema.tables WHERE table_schema = ?"
                + " AND table_name = ?", schema, table).isEmpty();
    }

    @Override
    public String currentSchema() throws SQLException {
        return jdbc.queryOne("SELECT DATABASE()", rs -> rs.getString(1)).orElseThrow(() -> new StrataException(
                "the database URL names no database (mysql://user@host:3306/DATABASE)"));
    }

    @Override
    public String qualifiedName(String schema, String table) {
        return Identifiers.backticked(schema) + "." + Identifiers.backticked(table);
    }
}
