package dev.strata.dialect;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The SQL of {@code atlas_schema_revisions} for one database: the same columns, types and
 * semantics Atlas's table has there, so Atlas and Strata can take turns on one database.
 */
public interface RevisionSql {

    /** The columns in Atlas's order. */
    List<String> COLUMNS = List.of("version", "description", "type", "applied", "total", "executed_at",
            "execution_time", "error", "error_stmt", "hash", "partial_hashes", "operator_version");

    /** The quoted, qualified table name. */
    String table(String schema);

    /** Statements that create the schema (where needed) and the table. */
    List<String> create(String schema) throws SQLException;

    /** The existing columns of the table and their database types, lower-cased. */
    Map<String, String> columns(String schema) throws SQLException;

    /** Whether an existing column's type holds what Strata writes into the column. */
    boolean compatible(String column, String databaseType);

    /** The type Strata would create a column with, for messages. */
    String expectedType(String column);

    /** A statement adding a missing column, with a default so existing rows stay valid. */
    String addColumn(String schema, String column);

    /** An upsert of one row; parameters in {@link #COLUMNS} order; keeps version, description, executed_at. */
    String upsert(String schema);

    void bindTimestamp(PreparedStatement ps, int index, Instant value) throws SQLException;

    Instant readTimestamp(ResultSet rs, int index) throws SQLException;

    /** Binds the JSON text of {@code partial_hashes}. */
    default void bindJson(PreparedStatement ps, int index, String json) throws SQLException {
        ps.setString(index, json);
    }
}
