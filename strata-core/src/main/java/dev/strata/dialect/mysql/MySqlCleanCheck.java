package dev.strata.dialect.mysql;

import dev.strata.dialect.CleanCheck;
import dev.strata.dialect.Jdbc;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Atlas's clean check on MySQL: the bound database may hold only the revisions table; without one,
 * the server may hold at most the revisions schema (system schemas aside).
 */
record MySqlCleanCheck(Jdbc jdbc, Optional<String> boundSchema) implements CleanCheck {

    private static final Set<String> SYSTEM_SCHEMAS = Set.of("mysql", "information_schema", "performance_schema",
            "sys");

    @Override
    public Optional<String> dirtyReason(String revisionsSchema, String revisionsTable) throws SQLException {
        if (boundSchema.isPresent()) {
            // Only the bound schema's tables: across every schema, information_schema costs MariaDB tens of ms.
            return CleanCheck.boundSchemaDirtyReason(boundSchema.get(), tablesOf(boundSchema.get()), revisionsSchema,
                    revisionsTable);
        }
        Map<String, List<String>> tables = tablesBySchema();
        if (tables.size() > 1) {
            return Optional.of("found multiple schemas: " + tables.size());
        }
        for (Map.Entry<String, List<String>> s : tables.entrySet()) {
            if (!s.getKey().equals(revisionsSchema)) {
                return Optional.of("found schema \"" + s.getKey() + "\"");
            }
            List<String> found = new ArrayList<>(s.getValue());
            found.remove(revisionsTable);
            if (found.size() > 1) {
                return Optional.of("found multiple tables: " + found.size());
            }
            if (found.size() == 1) {
                return Optional.of("found table \"" + found.get(0) + "\"");
            }
        }
        return Optional.empty();
    }

    /** The base tables of one schema, in name order. */
    private List<String> tablesOf(String schema) throws SQLException {
        return jdbc.queryStrings("SELECT table_name FROM information_schema.tables"
                + " WHERE table_schema = ? AND table_type = 'BASE TABLE' ORDER BY table_name", schema);
    }

    private Map<String, List<String>> tablesBySchema() throws SQLException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        jdbc.forEach("SELECT s.schema_name, t.table_name FROM information_schema.schemata s"
                + " LEFT JOIN information_schema.tables t ON t.table_schema = s.schema_name"
                + " AND t.table_type = 'BASE TABLE' ORDER BY s.schema_name, t.table_name", rs -> {
                    if (SYSTEM_SCHEMAS.contains(rs.getString(1).toLowerCase(Locale.ROOT))) {
                        return;
                    }
                    List<String> list = out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>());
                    if (rs.getString(2) != null) {
                        list.add(rs.getString(2));
                    }
                });
        return out;
    }
}
