package dev.strata.dialect.sqlite;

import dev.strata.UsageException;
import dev.strata.dialect.Jdbc;
import dev.strata.dialect.RevisionSql;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static dev.strata.dialect.Identifiers.doubleQuoted;

/** The revisions table as Atlas creates it on SQLite. */
final class SqliteRevisionSql extends RevisionSql {

    private static final Map<String, String> DEFINITIONS = Map.ofEntries(
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

    SqliteRevisionSql(Jdbc jdbc) {
        super(jdbc, DEFINITIONS);
    }

    @Override
    public String defaultSchema() {
        return SqliteCatalog.MAIN;
    }

    @Override
    public void checkSchema(String schema) {
        if (!SqliteCatalog.MAIN.equals(schema)) {
            throw new UsageException("cannot store revisions-table in a separate schema (\"" + schema
                    + "\") with SQLite driver");
        }
    }

    /** SQLite has the one schema {@code main}. */
    @Override
    public String table(String schema) {
        return doubleQuoted(TABLE);
    }

    @Override
    protected String quote(String identifier) {
        return doubleQuoted(identifier);
    }

    @Override
    protected List<String> createSchema(String schema) {
        return List.of();
    }

    @Override
    protected String now() {
        return "CURRENT_TIMESTAMP";
    }

    @Override
    protected String onConflict() {
        return "ON CONFLICT (\"version\") DO UPDATE SET";
    }

    @Override
    protected String incoming(String column) {
        return "excluded." + doubleQuoted(column);
    }

    /** SQLite keeps the table in {@code main}, the one schema it allows. */
    @Override
    public Map<String, Map<String, String>> columns(List<String> schemas) throws SQLException {
        Map<String, String> out = new HashMap<>();
        jdbc.forEach("PRAGMA table_info(\"atlas_schema_revisions\")", rs -> out.put(
                rs.getString("name").toLowerCase(Locale.ROOT), rs.getString("type").toLowerCase(Locale.ROOT)));
        return out.isEmpty() ? Map.of() : Map.of(SqliteCatalog.MAIN, out);
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
