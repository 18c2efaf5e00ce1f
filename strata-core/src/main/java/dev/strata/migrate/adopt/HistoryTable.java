package dev.strata.migrate.adopt;

import dev.strata.dialect.Jdbc;
import dev.strata.dialect.Session;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * The history table of another tool, as found in the database.
 *
 * @param session the session to read it on
 * @param schema  its schema
 * @param name    its name as the database stores it
 */
record HistoryTable(Session session, String schema, String name) {

    /**
     * Finds a table by the name the tool gives it: as written, else in lower or upper case, since a
     * tool that does not quote its names (Liquibase's {@code DATABASECHANGELOG}) gets a lower-case
     * table on PostgreSQL and the name as written on MySQL.
     */
    static Optional<HistoryTable> find(Session session, String schema, String name) throws SQLException {
        for (String candidate : new String[] {name, name.toLowerCase(Locale.ROOT), name.toUpperCase(Locale.ROOT)}) {
            if (session.dialect().catalog(session).tableExists(schema, candidate)) {
                return Optional.of(new HistoryTable(session, schema, candidate));
            }
        }
        return Optional.empty();
    }

    /** The table as messages name it. */
    String display() {
        return schema + "." + name;
    }

    /** Reads {@code SELECT columns FROM table [ORDER BY orderBy]}, one row at a time. */
    void select(String columns, String orderBy, Jdbc.RowConsumer each) throws SQLException {
        session.jdbc().forEach("SELECT " + columns + " FROM " + session.dialect().catalog(session)
                .qualifiedName(schema, name) + (orderBy == null ? "" : " ORDER BY " + orderBy), each);
    }

    /** A timestamp column, or null when empty or unreadable (SQLite keeps text): it only informs the report. */
    static Instant instant(ResultSet rs, String column) {
        try {
            Timestamp t = rs.getTimestamp(column);
            return t == null ? null : t.toInstant();
        } catch (SQLException e) {
            return null;
        }
    }
}
