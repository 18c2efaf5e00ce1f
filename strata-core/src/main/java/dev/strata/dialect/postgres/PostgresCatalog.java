package dev.strata.dialect.postgres;

import dev.strata.StrataException;
import dev.strata.dialect.Catalog;
import dev.strata.dialect.Identifiers;
import dev.strata.dialect.Jdbc;

import java.sql.SQLException;

/**
 * PostgreSQL's catalog, read from {@code pg_catalog}: information_schema's views cost the server
 * several times more. The catalog queries of this dialect are constants here.
 */
record PostgresCatalog(Jdbc jdbc) implements Catalog {

    private static final String TABLE_EXISTS = """
            SELECT c.relname FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ? AND c.relname = ? AND c.relkind IN ('r', 'p')""";

    @Override
    public boolean tableExists(String schema, String table) throws SQLException {
        return !jdbc.queryStrings(TABLE_EXISTS, schema, table).isEmpty();
    }

    @Override
    public String currentSchema() throws SQLException {
        return jdbc.queryOne("SELECT current_schema()", rs -> rs.getString(1)).orElseThrow(() -> new StrataException(
                "the search path names no existing schema"));
    }

    @Override
    public String qualifiedName(String schema, String table) {
        return Identifiers.doubleQuoted(schema) + "." + Identifiers.doubleQuoted(table);
    }
}
