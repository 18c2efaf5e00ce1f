package dev.strata.dialect.mysql;

import dev.strata.schema.TableRef;

/**
 * Writes object names as a plan asks: qualified with their schema (a realm plan), bare (both sides
 * bound to one schema), or with one given schema.
 *
 * @param qualifier {@link dev.strata.dialect.PlanOptions#qualifier()}
 */
record MySqlNames(String qualifier) {

    String of(String schema, String name) {
        String s = qualifier == null ? schema : qualifier;
        return s == null || s.isEmpty() ? MySqlSql.name(name) : MySqlSql.name(s) + "." + MySqlSql.name(name);
    }

    /** A referenced table: bare or requalified when in the same schema, else always with its own schema. */
    String ref(String schema, TableRef ref) {
        if (ref.schema().equals(schema)) {
            return of(schema, ref.name());
        }
        return MySqlSql.name(ref.schema()) + "." + MySqlSql.name(ref.name());
    }
}
