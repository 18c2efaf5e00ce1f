package dev.strata.dialect.postgres;

import dev.strata.dialect.RevisionSql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.strata.dialect.Identifiers.doubleQuoted;

/** The revisions table as Atlas creates it on PostgreSQL. */
final class PostgresRevisionSql implements RevisionSql {

    private static final Map<String, String> TYPES = Map.ofEntries(
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
    private static final Set<String> INTEGERS = Set.of("bigint", "integer", "numeric");

    private final Connection connection;

    PostgresRevisionSql(Connection connection) {
        this.connection = connection;
    }

    @Override
    public String table(String schema) {
        return doubleQuoted(schema) + "." + doubleQuoted("atlas_schema_revisions");
    }

    @Override
    public List<String> create(String schema) throws SQLException {
        List<String> ddl = new ArrayList<>();
        if (!schemaExists(schema)) {
            // Only when missing: CREATE SCHEMA IF NOT EXISTS still needs the CREATE privilege.
            ddl.add("CREATE SCHEMA IF NOT EXISTS " + doubleQuoted(schema));
        }
        StringBuilder b = new StringBuilder("CREATE TABLE IF NOT EXISTS ").append(table(schema)).append(" (");
        for (String c : COLUMNS) {
            b.append(doubleQuoted(c)).append(' ').append(TYPES.get(c)).append(", ");
        }
        ddl.add(b.append("PRIMARY KEY (\"version\"))").toString());
        return ddl;
    }

    private boolean schemaExists(String schema) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT 1 FROM pg_catalog.pg_namespace WHERE nspname = ?")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    @Override
    public Map<String, String> columns(String schema) throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT column_name, data_type"
                + " FROM information_schema.columns WHERE table_schema = ? AND table_name = 'atlas_schema_revisions'")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2).toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        return out;
    }

    @Override
    public boolean compatible(String column, String type) {
        return switch (column) {
            case "type", "applied", "total" -> INTEGERS.contains(type) || type.equals("smallint");
            case "execution_time" -> type.equals("bigint") || type.equals("numeric");
            case "executed_at" -> type.startsWith("timestamp");
            case "partial_hashes" -> type.equals("jsonb") || type.equals("json");
            default -> STRINGS.contains(type);
        };
    }

    @Override
    public String expectedType(String column) {
        return TYPES.get(column).replace(" NOT NULL", "").replace(" NULL", "").replaceAll(" DEFAULT .*", "");
    }

    @Override
    public String addColumn(String schema, String column) {
        String type = TYPES.get(column);
        if (type.endsWith("NOT NULL")) {
            type += column.equals("executed_at") ? " DEFAULT now()" : type.startsWith("bigint") ? " DEFAULT 0" : " DEFAULT ''";
        }
        return "ALTER TABLE " + table(schema) + " ADD COLUMN " + doubleQuoted(column) + " " + type;
    }

    @Override
    public String upsert(String schema) {
        StringBuilder b = new StringBuilder("INSERT INTO ").append(table(schema)).append(" (");
        b.append(String.join(", ", COLUMNS.stream().map(c -> doubleQuoted(c)).toList()));
        b.append(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (\"version\") DO UPDATE SET ");
        List<String> sets = new ArrayList<>();
        for (String c : COLUMNS) {
            if (!c.equals("version") && !c.equals("description") && !c.equals("executed_at")) {
                sets.add(doubleQuoted(c) + " = EXCLUDED." + doubleQuoted(c));
            }
        }
        return b.append(String.join(", ", sets)).toString();
    }

    @Override
    public void bindTimestamp(PreparedStatement ps, int index, Instant value) throws SQLException {
        ps.setTimestamp(index, Timestamp.from(value));
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
}
