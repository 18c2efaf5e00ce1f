package dev.strata.dialect.postgres;

import dev.strata.dialect.CleanCheck;
import dev.strata.dialect.Jdbc;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Atlas's clean check on PostgreSQL: without a bound schema, no user schema but {@code public} and
 * the revisions schema may exist, and they may hold only the revisions table.
 */
record PostgresCleanCheck(Jdbc jdbc, Optional<String> boundSchema) implements CleanCheck {

    private static final String TABLES_BY_SCHEMA = """
            SELECT n.nspname, c.relname FROM pg_catalog.pg_namespace n
            LEFT JOIN pg_catalog.pg_class c ON c.relnamespace = n.oid AND c.relkind IN ('r', 'p')
            WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
            AND n.nspname NOT LIKE 'pg\\_temp\\_%' AND n.nspname NOT LIKE 'pg\\_toast\\_temp\\_%'
            ORDER BY n.nspname, c.relname""";

    @Override
    public Optional<String> dirtyReason(String revisionsSchema, String revisionsTable) throws SQLException {
        Map<String, List<String>> tables = tablesBySchema();
        if (boundSchema.isPresent()) {
            return CleanCheck.boundSchemaDirtyReason(boundSchema.get(),
                    tables.getOrDefault(boundSchema.get(), List.of()), revisionsSchema, revisionsTable);
        }
        for (Map.Entry<String, List<String>> s : tables.entrySet()) {
            String schema = s.getKey();
            List<String> found = s.getValue();
            if (found.isEmpty() && schema.equals("public")) {
                continue;
            }
            if (!schema.equals(revisionsSchema)) {
                // Atlas says only "found schema"; naming a table tells the user what is in the way.
                return Optional.of(found.isEmpty() ? "found schema \"" + schema + "\""
                        : "found table \"" + found.get(0) + "\" in schema \"" + schema + "\"");
            }
            if (found.isEmpty()) {
                continue;
            }
            if (found.size() > 1) {
                return Optional.of("found " + found.size() + " tables in schema \"" + schema + "\"");
            }
            if (!found.get(0).equals(revisionsTable)) {
                return Optional.of("found table \"" + found.get(0) + "\" in schema \"" + schema + "\"");
            }
        }
        return Optional.empty();
    }

    /** User schemas and their tables, in name order. */
    private Map<String, List<String>> tablesBySchema() throws SQLException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        jdbc.forEach(TABLES_BY_SCHEMA, rs -> {
            List<String> tables = out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>());
            if (rs.getString(2) != null) {
                tables.add(rs.getString(2));
            }
        });
        return out;
    }
}
