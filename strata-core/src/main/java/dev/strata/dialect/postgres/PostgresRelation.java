package dev.strata.dialect.postgres;

import dev.strata.schema.Check;
import dev.strata.schema.Column;
import dev.strata.schema.DialectAttr;
import dev.strata.schema.ForeignKey;
import dev.strata.schema.Index;
import dev.strata.schema.Partitioning;
import dev.strata.schema.Policy;
import dev.strata.schema.PrimaryKey;
import dev.strata.schema.RowSecurity;
import dev.strata.schema.Table;
import dev.strata.schema.UniqueConstraint;
import dev.strata.schema.View;

import java.util.ArrayList;
import java.util.List;

/**
 * A table or view while the inspector reads it: the catalog queries each add their rows here (one
 * query per kind for every relation), and {@link #table()} or {@link #view()} makes the record.
 * Mutable on purpose and never leaves one inspection.
 */
final class PostgresRelation {

    final long oid;
    final String schema;
    final String name;
    final char kind;
    String comment;
    boolean unlogged;
    RowSecurity rowSecurity = RowSecurity.OFF;
    Partitioning partitioning;
    String viewDefinition;
    View.CheckOption checkOption = View.CheckOption.NONE;
    final List<Column> columns = new ArrayList<>();
    PrimaryKey primaryKey;
    final List<UniqueConstraint> uniques = new ArrayList<>();
    final List<Index> indexes = new ArrayList<>();
    final List<ForeignKey> foreignKeys = new ArrayList<>();
    final List<Check> checks = new ArrayList<>();
    final List<Policy> policies = new ArrayList<>();

    PostgresRelation(long oid, String schema, String name, char kind) {
        this.oid = oid;
        this.schema = schema;
        this.name = name;
        this.kind = kind;
    }

    boolean isView() {
        return kind == 'v' || kind == 'm';
    }

    Table table() {
        List<DialectAttr> attrs = unlogged ? List.of(new PostgresAttrs.Unlogged()) : List.of();
        return new Table(name, columns, primaryKey, uniques, indexes, foreignKeys, checks, comment, null, null,
                partitioning, rowSecurity, policies, attrs);
    }

    View view() {
        return new View(name, viewDefinition(viewDefinition), checkOption, kind == 'm', columns, indexes, comment,
                List.of());
    }

    /** pg_get_viewdef ends the query with a semicolon, which CREATE VIEW ... AS cannot take before its options. */
    private static String viewDefinition(String def) {
        String d = def.strip();
        return d.endsWith(";") ? d.substring(0, d.length() - 1) : d;
    }
}
