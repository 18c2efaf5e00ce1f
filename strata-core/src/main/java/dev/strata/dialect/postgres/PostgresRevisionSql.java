package dev.strata.dialect.postgres;

import dev.strata.dialect.Jdbc;
import dev.strata.dialect.RevisionSql;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.strata.dialect.Identifiers.doubleQuoted;

/** The revisions table as Atlas creates it on PostgreSQL. */
final class PostgresRevisionSql extends RevisionSql {

    private static final Map<String, String> DEFINITIONS = Map.ofEntries(
            Map.entry("version", "character varying NOT NULL"),
            Map.entry("description", "character varying NOT NULL"),
            Map.entry("type", "bigint NOT NULL DEFAULT 2"),
            Map.entry("applied", "bigint NOT NULL DEFAULT 0"),
            Map.entry("total", "bigint NOT NULL DEFAULT 0"),
            Map.entry("executed_at", "timestamptz NOT NULL"),
            Map.entry("execution_time", "bigint NOT NULL"),
            Map.entry("error", "text NULL"),
            Map.entry("error_stmt", "text NULL"),
            Map.entry("hash", "character varying NOT NULL"),
            Map.entry("partial_hashes", "jsonb NULL"),
            Map.entry("operator_version", "character varying NOT NULL"));

    private static final Set<String> STRINGS = Set.of("character varying", "text", "character");
    private static final Set<String> INTEGERS = Set.of("bigint", "integer", "smallint", "numeric");

    PostgresRevisionSql(Jdbc jdbc) {
        super(jdbc, DEFINITIONS);
    }

    @Override
    public String table(String schema) {
        return doubleQuoted(schema) + "." + doubleQuoted(TABLE);
    }

    @Override
    protected String quote(String identifier) {
        return doubleQuoted(identifier);
    }

    /** Only when missing: CREATE SCHEMA IF NOT EXISTS still needs the CREATE privilege. */
    @Override
    protected List<String> createSchema(String schema) throws SQLException {
        boolean exists = !jdbc.queryStrings("SELECT nspname FROM pg_catalog.pg_namespace WHERE nspname = ?", schema)
                .isEmpty();
        return exists ? List.of() : List.of("CREATE SCHEMA IF NOT EXISTS " + doubleQuoted(schema));
    }

    @Override
    protected String now() {
        return "now()";
    }

    @Override
    protected String onConflict() {
        return "ON CONFLICT (\"version\") DO UPDATE SET";
    }

    @Override
    protected String incoming(String column) {
        return "EXCLUDED." + doubleQuoted(column);
    }

    /** From the catalog: information_schema's views cost the server several times more. */
    @Override
    public Map<String, Map<String, String>> columns(List<String> schemas) throws SQLException {
        return columns("SELECT n.nspname, a.attname, pg_catalog.format_type(a.atttypid, NULL)"
                + " FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                + " JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped"
                + " WHERE c.relname = ? AND c.relkind IN ('r', 'p') AND n.nspname IN (" + placeholders(schemas) + ")",
                schemas);
    }

    @Override
    public boolean compatible(String column, String type) {
        return switch (column) {
            case "type", "applied", "total" -> INTEGERS.contains(type);
            case "execution_time" -> type.equals("bigint") || type.equals("numeric");
            case "executed_at" -> type.startsWith("timestamp");
            case "partial_hashes" -> type.equals("jsonb") || type.equals("json");
            default -> STRINGS.contains(type);
        };
    }

    /** As java.time: pgjdbc formats that without the Calendar work a Timestamp costs on every row. */
    @Override
    public void bindTimestamp(PreparedStatement ps, int index, Instant value) throws SQLException {
        ps.setObject(index, OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
    }

    @Override
    public Instant readTimestamp(ResultSet rs, int index) throws SQLException {
        Timestamp t = rs.getTimestamp(index);
        return t == null ? Instant.EPOCH : t.toInstant();
    }

    @Override
    public void bindJson(PreparedStatement ps, int index, String json) throws SQLException {
        ps.setObject(index, json, Types.OTHER);
    }

    @Override
    protected boolean commitsWithUpsert() {
        return true;
    }
}
