package dev.strata.dialect.sqlite;

import dev.strata.dialect.CleanCheck;
import dev.strata.dialect.Jdbc;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Atlas's clean check on SQLite: no table but the revisions table (SQLite's own aside). */
record SqliteCleanCheck(Jdbc jdbc) implements CleanCheck {

    @Override
    public Optional<String> dirtyReason(String revisionsSchema, String revisionsTable) throws SQLException {
        List<String> tables = jdbc.queryStrings("SELECT name FROM sqlite_master WHERE type = 'table'"
                + " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name <> ? ORDER BY name", revisionsTable);
        if (tables.size() > 1) {
            return Optional.of("found multiple tables: " + tables.size());
        }
        return tables.isEmpty() ? Optional.empty() : Optional.of("found table \"" + tables.get(0) + "\"");
    }
}
