package dev.strata.dialect;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The SQL of {@code atlas_schema_revisions} for one database: the same columns, types and
 * semantics Atlas's table has there, so Atlas and Strata can take turns on one database. A dialect
 * gives the column types and the few clauses that differ; the statements are built here.
 */
public abstract class RevisionSql {

    /** The columns in Atlas's order. */
    public static final List<String> COLUMNS = List.of("version", "description", "type", "applied", "total",
            "executed_at", "execution_time", "error", "error_stmt", "hash", "partial_hashes", "operator_version");

    /** The table's name, as Atlas names it. */
    protected static final String TABLE = "atlas_schema_revisions";

    protected final Jdbc jdbc;
    private final Map<String, String> definitions;

    /**
     * @param definitions each column's definition, such as {@code bigint NOT NULL DEFAULT 2}
     */
    protected RevisionSql(Jdbc jdbc, Map<String, String> definitions) {
        this.jdbc = jdbc;
        this.definitions = definitions;
    }

    /** Where the table goes when neither a flag nor the URL says. */
    public String defaultSchema() {
        return TABLE;
    }

    /** Rejects a schema the database cannot hold the table in (SQLite has only {@code main}). */
    public void checkSchema(String schema) {
    }

    /** The quoted, qualified table name. */
    public abstract String table(String schema);

    protected abstract String quote(String identifier);

    /** Statements that make the schema exist, run before the table is created. */
    protected abstract List<String> createSchema(String schema) throws SQLException;

    /** What follows the column list of CREATE TABLE (a charset, say). */
    protected String tableOptions() {
        return "";
    }

    /** The expression for "now", as a default of an added column. */
    protected abstract String now();

    /** What follows VALUES in the upsert, up to the assignments: the conflict clause. */
    protected abstract String onConflict();

    /**
     * The assignment of a column when the row exists, or null to keep its value. Version,
     * description and the first execution time keep theirs, as in Atlas.
     */
    protected String assignment(String column) {
        return switch (column) {
            case "version", "description", "executed_at" -> null;
            default -> quote(column) + " = " + incoming(column);
        };
    }

    /** The incoming value of a column in the conflict clause ({@code EXCLUDED.x}, {@code VALUES(x)}). */
    protected abstract String incoming(String column);

    /**
     * The table's columns and their database types, lower-cased, in each of the given schemas that
     * holds the table: one query tells whether the table exists, where, and in what shape.
     */
    public abstract Map<String, Map<String, String>> columns(List<String> schemas) throws SQLException;

    /** Whether an existing column's type holds what Strata writes into the column. */
    public abstract boolean compatible(String column, String databaseType);

    public abstract void bindTimestamp(PreparedStatement ps, int index, Instant value) throws SQLException;

    public abstract Instant readTimestamp(ResultSet rs, int index) throws SQLException;

    /** Binds the JSON text of {@code partial_hashes}. */
    public void bindJson(PreparedStatement ps, int index, String json) throws SQLException {
        ps.setString(index, json);
    }

    /** Statements that create the schema (where needed) and the table. */
    public final List<String> create(String schema) throws SQLException {
        List<String> ddl = new ArrayList<>(createSchema(schema));
        StringBuilder b = new StringBuilder("CREATE TABLE IF NOT EXISTS ").append(table(schema)).append(" (");
        for (String c : COLUMNS) {
            b.append(quote(c)).append(' ').append(definitions.get(c)).append(", ");
        }
        ddl.add(b.append("PRIMARY KEY (").append(quote("version")).append("))").append(tableOptions()).toString());
        return ddl;
    }

    /** The type Strata would create a column with, for messages. */
    public final String expectedType(String column) {
        return definitions.get(column).replaceAll(" (NOT NULL|NULL|DEFAULT).*", "");
    }

    /** A statement adding a missing column, with a default so existing rows stay valid. */
    public final String addColumn(String schema, String column) {
        String definition = definitions.get(column);
        if (definition.endsWith("NOT NULL")) {
            String type = expectedType(column);
            definition += " DEFAULT " + (column.equals("executed_at") ? now()
                    : type.contains("int") ? "0" : "''");
        }
        return "ALTER TABLE " + table(schema) + " ADD COLUMN " + quote(column) + " " + definition;
    }

    /** An upsert of one row; parameters in {@link #COLUMNS} order. */
    public final String upsert(String schema) {
        List<String> sets = new ArrayList<>();
        for (String c : COLUMNS) {
            String a = assignment(c);
            if (a != null) {
                sets.add(a);
            }
        }
        return "INSERT INTO " + table(schema) + " (" + String.join(", ", COLUMNS.stream().map(this::quote).toList())
                + ") VALUES (" + String.join(", ", COLUMNS.stream().map(c -> "?").toList()) + ") " + onConflict()
                + " " + String.join(", ", sets);
    }

    /**
     * The upsert followed by {@code COMMIT}, as one statement the driver sends in one round trip, or
     * null where the database takes one statement at a time. The row and the commit were two round
     * trips for every file; this is where a file's record costs the most besides its statements.
     */
    public final String upsertAndCommit(String schema) {
        return commitsWithUpsert() ? upsert(schema) + ";\nCOMMIT" : null;
    }

    /**
     * Whether the driver runs several statements of one prepared statement together, its parameters
     * bound by the driver (pgjdbc always; MariaDB Connector/J with allowMultiQueries, which
     * MySqlJdbc sets). SQLite's is a local call: nothing to save.
     */
    protected boolean commitsWithUpsert() {
        return false;
    }

    /**
     * Runs a query for {@link #columns(List)}: its parameters are the table name, then the schemas;
     * its rows are schema, column, type.
     */
    protected final Map<String, Map<String, String>> columns(String query, List<String> schemas)
            throws SQLException {
        Map<String, Map<String, String>> out = new HashMap<>();
        Object[] args = new Object[schemas.size() + 1];
        args[0] = TABLE;
        for (int i = 0; i < schemas.size(); i++) {
            args[i + 1] = schemas.get(i);
        }
        jdbc.forEach(query, rs -> out.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                .put(rs.getString(2).toLowerCase(Locale.ROOT), rs.getString(3).toLowerCase(Locale.ROOT)), args);
        return out;
    }

    /** {@code ?, ?, ...}: one placeholder per schema. */
    protected static String placeholders(List<String> schemas) {
        return String.join(", ", schemas.stream().map(s -> "?").toList());
    }
}
