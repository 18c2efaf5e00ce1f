package dev.strata.lint;

import dev.strata.schema.Column;

import java.util.Locale;

/**
 * The value MySQL and MariaDB give existing rows when a NOT NULL column without default is added
 * (MY101), or null when the server refuses or the type has none (then MF103 applies).
 */
final class MysqlImplicit {

    private MysqlImplicit() {
    }

    static String value(String dialect, Column c) {
        boolean maria = dialect.equals("mariadb");
        String raw = c.type().raw().toLowerCase(Locale.ROOT);
        return switch (c.type().kind()) {
            case INTEGER, DECIMAL, FLOAT, BOOLEAN, BIT -> c.autoIncrement() ? null : "0";
            case BINARY -> raw.contains("blob") ? (maria ? "\"\"" : null) : "0";
            case STRING -> raw.contains("text") ? (maria ? "\"\"" : null) : "\"\"";
            case JSON -> maria ? "\"\"" : null;
            case ENUM -> c.type().values().isEmpty() ? null : c.type().values().get(0);
            case SET -> "\"\"";
            case TIME -> time(raw, maria);
            default -> null;
        };
    }

    private static String time(String raw, boolean maria) {
        if (raw.startsWith("year")) {
            return "0000";
        }
        if (raw.startsWith("timestamp")) {
            return "CURRENT_TIMESTAMP";
        }
        if (raw.startsWith("time")) {
            return "00:00:00";
        }
        return maria ? "00:00:00" : null;
    }
}
