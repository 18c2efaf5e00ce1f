package dev.strata.dialect.mysql;

import dev.strata.dialect.Jdbc;
import dev.strata.dialect.RevisionSql;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.strata.dialect.Identifiers.backticked;

/** The revisions table as Atlas creates it on MySQL and MariaDB. */
final class MySqlRevisionSql extends RevisionSql {

    private static final Map<String, String> DEFINITIONS = Map.ofEntries(
            Map.entry("version", "varchar(255) NOT NULL"),
            Map.entry("description", "varchar(255) NOT NULL"),
            Map.entry("type", "bigint unsigned NOT NULL DEFAULT 2"),
            Map.entry("applied", "bigint NOT NULL DEFAULT 0"),
            Map.entry("total", "bigint NOT NULL DEFAULT 0"),
            Map.entry("executed_at", "timestamp NOT NULL"),
            Map.entry("execution_time", "bigint NOT NULL"),
            Map.entry("error", "longtext NULL"),
            Map.entry("error_stmt", "longtext NULL"),
            Map.entry("hash", "varchar(255) NOT NULL"),
            Map.entry("partial_hashes", "json NULL"),
            Map.entry("operator_version", "varchar(255) NOT NULL"));

    private static final Set<String> STRINGS = Set.of("varchar", "text", "longtext", "mediumtext", "char");
    private static final Set<String> INTEGERS = Set.of("bigint", "int", "integer", "mediumint", "decimal");

    private final boolean multiStatements;

    MySqlRevisionSql(Jdbc jdbc, boolean multiStatements) {
        super(jdbc, DEFINITIONS);
        this.multiStatements = multiStatements;
    }

    @Override
    public String table(String schema) {
        return backticked(schema) + "." + backticked(TABLE);
    }

    @Override
    protected String quote(String identifier) {
        return backticked(identifier);
    }

    @Override
    protected List<String> createSchema(String schema) {
        return List.of("CREATE DATABASE IF NOT EXISTS " + backticked(schema));
    }

    @Override
    protected String tableOptions() {
        return " CHARSET utf8mb4 COLLATE utf8mb4_bin";
    }

    @Override
    protected String now() {
        return "CURRENT_TIMESTAMP";
    }

    @Override
    protected String onConflict() {
        return "ON DUPLICATE KEY UPDATE";
    }

    /** Assigning executed_at to itself keeps a server without explicit timestamp defaults from touching it. */
    @Override
    protected String assignment(String column) {
        return column.equals("executed_at") ? "`executed_at` = `executed_at`" : super.assignment(column);
    }

    @Override
    protected String incoming(String column) {
        return "VALUES(" + backticked(column) + ")";
    }

    @Override
    public Map<String, Map<String, String>> columns(List<String> schemas) throws SQLException {
        return columns("SELECT table_schema, column_name, data_type FROM information_schema.columns"
                + " WHERE table_name = ? AND table_schema IN (" + placeholders(schemas) + ")", schemas);
    }

    @Override
    public boolean compatible(String column, String type) {
        return switch (column) {
            case "type", "applied", "total", "execution_time" -> INTEGERS.contains(type);
            case "executed_at" -> type.equals("timestamp") || type.equals("datetime");
            case "partial_hashes" -> type.equals("json") || type.equals("longtext") || type.equals("text");
            default -> STRINGS.contains(type);
        };
    }

    /** UTC wall time, as Atlas's Go driver writes it. */
    @Override
    public void bindTimestamp(PreparedStatement ps, int index, Instant value) throws SQLException {
        ps.setObject(index, LocalDateTime.ofInstant(value, ZoneOffset.UTC));
    }

    @Override
    public Instant readTimestamp(ResultSet rs, int index) throws SQLException {
        LocalDateTime t = rs.getObject(index, LocalDateTime.class);
        return t == null ? Instant.EPOCH : t.toInstant(ZoneOffset.UTC);
    }

    @Override
    protected boolean commitsWithUpsert() {
        return multiStatements;
    }
}
