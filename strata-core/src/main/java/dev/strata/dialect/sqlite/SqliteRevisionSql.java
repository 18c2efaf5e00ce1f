package dev.strata.dialect.sqlite;

import dev.strata.dialect.RevisionSql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static dev.strata.dialect.Identifiers.doubleQuoted;

/** The revisions table as Atlas creates it on SQLite. */
final class SqliteRevisionSql implements RevisionSql {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("version", "text NOT NULL"),
            Map.entry("description", "text NOT NULL"),
            Map.entry("type", "integer NOT NULL DEFAULT 2"),
            Map.entry("applied", "integer NOT NULL DEFAULT 0"),
            Map.entry("total", "integer NOT NULL DEFAULT 0"),
            Map.entry("executed_at", "datetime NOT NULL"),
            Map.entry("execution_time", "integer NOT NULL"),
            Map.entry("error", "text NULL"),
            Map.entry("error_stmt", "text NULL"),
            Map.entry("hash", "text NOT NULL"),
            Map.entry("partial_hashes", "json NULL"),
            Map.entry("operator_version", "text NOT NULL"));

    /** The layout Atlas's Go driver (go-sqlite3) writes times in: {@code 2006-01-02 15:04:05.999999999-07:00}. */
    private static final DateTimeFormatter GO_LAYOUT = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .appendPattern("xxx")
            .toFormatter(Locale.ROOT);
    private static final DateTimeFormatter LOCAL = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd[ ]['T']HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .toFormatter(Locale.ROOT);

    private final Connection connection;

    SqliteRevisionSql(Connection connection) {
        this.connection = connection;
    }

    @Override
    public String table(String schema) {
        return doubleQuoted("atlas_schema_revisions");
    }

    @Override
    public List<String> create(String schema) {
        StringBuilder b = new StringBuilder("CREATE TABLE IF NOT EXISTS ").append(table(schema)).append(" (");
        for (String c : COLUMNS) {
            b.append(doubleQuoted(c)).append(' ').append(TYPES.get(c)).append(", ");
        }
        return List.of(b.append("PRIMARY KEY (\"version\"))").toString());
    }

    @Override
    public Map<String, String> columns(String schema) throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA table_info(\"atlas_schema_revisions\")")) {
            while (rs.next()) {
                out.put(rs.getString("name").toLowerCase(Locale.ROOT), rs.getString("type").toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    @Override
    public boolean compatible(String column, String type) {
        String base = type.replaceAll("\\(.*", "").strip();
        return switch (column) {
            case "type", "applied", "total", "execution_time" -> base.contains("int");
            case "executed_at" -> base.equals("datetime") || base.equals("timestamp") || base.equals("text");
            case "partial_hashes" -> base.equals("json") || base.equals("text");
            default -> base.equals("text") || base.contains("char") || base.contains("clob");
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
                    : type.startsWith("integer") ? " DEFAULT 0" : " DEFAULT ''";
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
                sets.add(doubleQuoted(c) + " = excluded." + doubleQuoted(c));
            }
        }
        return b.append(String.join(", ", sets)).toString();
    }

    @Override
    public void bindTimestamp(PreparedStatement ps, int index, Instant value) throws SQLException {
        ps.setString(index, GO_LAYOUT.format(OffsetDateTime.ofInstant(value, ZoneOffset.UTC)));
    }

    /** Reads Atlas's text layout, ISO text, or the epoch milliseconds other tools store. */
    @Override
    public Instant readTimestamp(ResultSet rs, int index) throws SQLException {
        String s = rs.getString(index);
        if (s == null || s.isBlank()) {
            return Instant.EPOCH;
        }
        String t = s.strip();
        try {
            if (t.chars().allMatch(Character::isDigit)) {
                return Instant.ofEpochMilli(Long.parseLong(t));
            }
            if (t.length() > 19 && (t.charAt(t.length() - 6) == '+' || t.charAt(t.length() - 6) == '-')) {
                return OffsetDateTime.parse(t.replace('T', ' '), GO_LAYOUT).toInstant();
            }
            if (t.endsWith("Z")) {
                return Instant.parse(t.replace(' ', 'T'));
            }
            return LocalDateTime.parse(t, LOCAL).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException | NumberFormatException e) {
            return Instant.EPOCH; // An unreadable time must not block migrations; it is informational.
        }
    }
}
