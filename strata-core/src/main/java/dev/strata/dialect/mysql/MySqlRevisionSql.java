package dev.strata.dialect.mysql;

import dev.strata.dialect.RevisionSql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static dev.strata.dialect.Identifiers.backticked;

/** The revisions table as Atlas creates it on MySQL and MariaDB. */
final class MySqlRevisionSql implements RevisionSql {

    private static final Map<String, String> TYPES = Map.ofEntries(
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

    private final Connection connection;

    MySqlRevisionSql(Connection connection) {
        this.connection = connection;
    }

    @Override
    public String table(String schema) {
        return backticked(schema) + "." + backticked("atlas_schema_revisions");
    }

    @Override
    public List<String> create(String schema) {
        StringBuilder b = new StringBuilder("CREATE TABLE IF NOT EXISTS ").append(table(schema)).append(" (");
        for (String c : COLUMNS) {
            b.append(backticked(c)).append(' ').append(TYPES.get(c)).append(", ");
        }
        b.append("PRIMARY KEY (`version`)) CHARSET utf8mb4 COLLATE utf8mb4_bin");
        return List.of("CREATE DATABASE IF NOT EXISTS " + backticked(schema), b.toString());
    }

    @Override
    public Map<String, String> columns(String schema) throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT column_name, data_type"
                + " FROM information_schema.columns WHERE table_schema = ? AND table_name = 'atlas_schema_revisions'")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1).toLowerCase(Locale.ROOT), rs.getString(2).toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
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

    @Override
    public String expectedType(String column) {
        return TYPES.get(column).replace(" NOT NULL", "").replace(" NULL", "").replaceAll(" DEFAULT .*", "");
    }

    @Override
    public String addColumn(String schema, String column) {
        String type = TYPES.get(column);
        if (type.endsWith("NOT NULL")) {
            type += column.equals("executed_at") ? " DEFAULT CURRENT_TIMESTAMP"
                    : type.startsWith("bigint") ? " DEFAULT 0" : " DEFAULT ''";
        }
        return "ALTER TABLE " + table(schema) + " ADD COLUMN " + backticked(column) + " " + type;
    }

    /** Assigning executed_at to itself keeps a server without explicit timestamp defaults from touching it. */
    @Override
    public String upsert(String schema) {
        StringBuilder b = new StringBuilder("INSERT INTO ").append(table(schema)).append(" (");
        b.append(String.join(", ", COLUMNS.stream().map(c -> backticked(c)).toList()));
        b.append(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE ");
        List<String> sets = new ArrayList<>();
        for (String c : COLUMNS) {
            if (c.equals("executed_at")) {
                sets.add("`executed_at` = `executed_at`");
            } else if (!c.equals("version") && !c.equals("description")) {
                sets.add(backticked(c) + " = VALUES(" + backticked(c) + ")");
            }
        }
        return b.append(String.join(", ", sets)).toString();
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
}
