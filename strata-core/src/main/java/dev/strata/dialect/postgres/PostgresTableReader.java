package dev.strata.dialect.postgres;

import dev.strata.dialect.Jdbc;
import dev.strata.schema.Column;
import dev.strata.schema.ColumnType;
import dev.strata.schema.DefaultValue;
import dev.strata.schema.Generated;
import dev.strata.schema.Identity;
import dev.strata.schema.Partitioning;
import dev.strata.schema.RowSecurity;
import dev.strata.schema.TypeKind;
import dev.strata.schema.TypeNames;
import dev.strata.schema.View;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads relations (tables, partitioned tables, views, materialized views), their columns and
 * partitions: one query each for every schema inspected.
 */
final class PostgresTableReader {

    /**
     * Tables and views, without partitions (they are their parent's) and objects of extensions.
     * Comments come from joining pg_description (one row at most per object, its primary key), not
     * from obj_description and col_description: SQL functions, run for every row (at 2,000 tables,
     * some 35 ms of the columns query's 160 on a warm server).
     */
    private static final String RELATIONS = """
            SELECT c.oid, n.nspname, c.relname, c.relkind, dsc.description,
                   c.relpersistence = 'u', c.relrowsecurity, c.relforcerowsecurity,
                   CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END,
                   CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid) END,
                   array_to_string(c.reloptions, ',')
            FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_catalog.pg_description dsc ON dsc.objoid = c.oid
                 AND dsc.classoid = 'pg_catalog.pg_class'::regclass AND dsc.objsubid = 0
            WHERE n.nspname = ANY(?) AND c.relkind IN ('r', 'p', 'v', 'm') AND NOT c.relispartition
              AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_catalog.pg_class'::regclass
                              AND d.objid = c.oid AND d.deptype = 'e')
            ORDER BY n.nspname, c.relname""";

    /**
     * Columns of every relation, with what makes a serial (a default calling nextval of a sequence
     * the column owns) and an identity's start and step. The dependency look-ups name refclassid so
     * that they are index scans of pg_depend_reference_index (refclassid, refobjid, refobjsubid):
     * without it each column scanned pg_depend or every sequence, quadratic in the number of tables
     * (minutes at 2,000 tables).
     */
    private static final String COLUMNS = """
            SELECT a.attrelid, a.attname, format_type(a.atttypid, a.atttypmod), NOT a.attnotnull,
                   pg_get_expr(ad.adbin, ad.adrelid), a.attidentity, a.attgenerated,
                   CASE WHEN a.attcollation <> t.typcollation THEN co.collname END,
                   dsc.description, own.seqname, idn.seqstart, idn.seqincrement
            FROM pg_catalog.pg_attribute a
            JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
            LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
            LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation
            LEFT JOIN pg_catalog.pg_description dsc ON dsc.objoid = a.attrelid
                 AND dsc.classoid = 'pg_catalog.pg_class'::regclass AND dsc.objsubid = a.attnum
            LEFT JOIN LATERAL (SELECT s.relname AS seqname FROM pg_catalog.pg_depend d
                               JOIN pg_catalog.pg_class s ON s.oid = d.objid AND s.relkind = 'S'
                               WHERE d.refclassid = 'pg_catalog.pg_class'::regclass AND d.refobjid = a.attrelid
                                 AND d.refobjsubid = a.attnum AND d.deptype = 'a'
                                 AND d.classid = 'pg_catalog.pg_class'::regclass LIMIT 1) own ON a.attidentity = ''
            LEFT JOIN LATERAL (SELECT q.seqstart, q.seqincrement FROM pg_catalog.pg_depend d
                               JOIN pg_catalog.pg_sequence q ON q.seqrelid = d.objid
                               WHERE d.refclassid = 'pg_catalog.pg_class'::regclass AND d.refobjid = a.attrelid
                                 AND d.refobjsubid = a.attnum AND d.deptype = 'i'
                                 AND d.classid = 'pg_catalog.pg_class'::regclass LIMIT 1) idn ON a.attidentity <> ''
            WHERE n.nspname = ANY(?) AND c.relkind IN ('r', 'p', 'v', 'm') AND NOT c.relispartition
              AND a.attnum > 0 AND NOT a.attisdropped
            ORDER BY a.attrelid, a.attnum""";

    /** Partitions of the partitioned tables, with their bounds. */
    private static final String PARTITIONS = """
            SELECT i.inhparent, n.nspname, c.relname, pg_get_expr(c.relpartbound, c.oid)
            FROM pg_catalog.pg_inherits i
            JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid AND c.relispartition
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_catalog.pg_class p ON p.oid = i.inhparent
            JOIN pg_catalog.pg_namespace pn ON pn.oid = p.relnamespace
            WHERE pn.nspname = ANY(?)
            ORDER BY i.inhparent, n.nspname, c.relname""";

    private final Jdbc jdbc;
    private final Object schemas;

    PostgresTableReader(Jdbc jdbc, Object schemas) {
        this.jdbc = jdbc;
        this.schemas = schemas;
    }

    /** Tables and views by oid, in schema and name order. */
    Map<Long, PostgresRelation> relations() throws SQLException {
        Map<Long, PostgresRelation> out = new LinkedHashMap<>();
        jdbc.forEach(RELATIONS, rs -> {
            PostgresRelation r = new PostgresRelation(rs.getLong(1), rs.getString(2), rs.getString(3),
                    rs.getString(4).charAt(0));
            r.comment = rs.getString(5);
            r.unlogged = rs.getBoolean(6);
            r.rowSecurity = new RowSecurity(rs.getBoolean(7), rs.getBoolean(8));
            r.partitioning = partitionKey(rs.getString(9));
            r.viewDefinition = rs.getString(10);
            r.checkOption = checkOption(rs.getString(11));
            out.put(r.oid, r);
        }, schemas);
        return out;
    }

    /**
     * Adds the columns; returns the sequences that columns use as serials (qualified
     * {@code schema.name}), which are the columns' and not objects of their own.
     */
    Set<String> columns(Map<Long, PostgresRelation> rels, TypeNames typeNames, TypeNames.UserTypes userTypes)
            throws SQLException {
        Set<String> serialSequences = new java.util.HashSet<>();
        // A schema spells its types and defaults a few dozen ways over thousands of columns: parsed
        // once each, and the records (immutable) shared by the columns, which also retains less; so
        // are the names, which repeat from table to table (id, name, created_at).
        Map<TypeKey, ColumnType> types = new HashMap<>();
        Map<DefaultKey, DefaultValue> defaults = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        jdbc.forEach(COLUMNS, rs -> {
            PostgresRelation r = rels.get(rs.getLong(1));
            if (r == null) {
                return;
            }
            String name = names.computeIfAbsent(rs.getString(2), n -> n);
            ColumnType type = types.computeIfAbsent(new TypeKey(r.schema, rs.getString(3)),
                    k -> typeNames.parse(k.raw(), k.schema(), userTypes));
            String def = rs.getString(5);
            String identity = rs.getString(6);
            String generated = rs.getString(7);
            String ownedSeq = rs.getString(10);
            Identity id = null;
            if (identity != null && !identity.isEmpty()) {
                id = new Identity(identity.equals("a") ? Identity.Generation.ALWAYS : Identity.Generation.BY_DEFAULT,
                        rs.getLong(11), rs.getLong(12));
            }
            ColumnType serial = ownedSeq == null ? null : serial(type, def, r, name, ownedSeq);
            Generated gen = null;
            if (generated != null && generated.equals("s")) {
                gen = new Generated(def, Generated.Storage.STORED);
                def = null;
            }
            if (serial != null) {
                serialSequences.add(r.schema + "." + ownedSeq);
                type = serial;
                def = null;
            }
            DefaultValue value = def == null ? null : defaults.computeIfAbsent(new DefaultKey(def, type),
                    k -> PostgresDefaults.of(k.expr(), k.type()));
            r.columns.add(new Column(name, type, rs.getBoolean(4), value, id, false, gen, rs.getString(8), null,
                    rs.getString(9), List.of()));
        }, schemas);
        return serialSequences;
    }

    private record TypeKey(String schema, String raw) {
    }

    private record DefaultKey(String expr, ColumnType type) {
    }

    /** Adds the partitions to their partitioned tables. */
    void partitions(Map<Long, PostgresRelation> rels) throws SQLException {
        Map<Long, List<Partitioning.Partition>> parts = new LinkedHashMap<>();
        jdbc.forEach(PARTITIONS, rs -> {
            PostgresRelation parent = rels.get(rs.getLong(1));
            if (parent != null) {
                String schema = rs.getString(2);
                parts.computeIfAbsent(parent.oid, k -> new ArrayList<>()).add(new Partitioning.Partition(
                        schema.equals(parent.schema) ? null : schema, rs.getString(3), rs.getString(4)));
            }
        }, schemas);
        parts.forEach((oid, list) -> {
            PostgresRelation r = rels.get(oid);
            if (r.partitioning != null) {
                r.partitioning = r.partitioning.withPartitions(list);
            }
        });
    }

    /**
     * An integer column whose default calls nextval on the sequence it owns, named as
     * PostgreSQL names a serial's ({@code <table>_<column>_seq}), is a serial.
     */
    private static ColumnType serial(ColumnType type, String def, PostgresRelation r, String column, String seq) {
        if (def == null || type.kind() != TypeKind.INTEGER || !seq.equals(r.name + "_" + column + "_seq")) {
            return null;
        }
        String bare = "nextval('" + PostgresTypeNames.ident(seq) + "'::regclass)";
        String qualified = "nextval('" + PostgresTypeNames.ident(r.schema) + "." + PostgresTypeNames.ident(seq)
                + "'::regclass)";
        if (!def.equals(bare) && !def.equals(qualified)) {
            return null;
        }
        String raw = switch (type.raw()) {
            case "smallint" -> "smallserial";
            case "integer" -> "serial";
            case "bigint" -> "bigserial";
            default -> null;
        };
        return raw == null ? null : ColumnType.of(raw, TypeKind.INTEGER);
    }

    /** {@code RANGE (at, lower(kind))} as the model's key; null for a table that is not partitioned. */
    static Partitioning partitionKey(String def) {
        if (def == null) {
            return null;
        }
        int open = def.indexOf('(');
        Partitioning.Strategy strategy = Partitioning.Strategy.valueOf(def.substring(0, open).strip()
                .toUpperCase(Locale.ROOT));
        String inner = def.substring(open + 1, PostgresSql.closing(def, open) - 1);
        List<Partitioning.KeyPart> key = new ArrayList<>();
        for (String part : PostgresSql.splitTopLevel(inner)) {
            if (PostgresSql.plainIdent(part)) {
                key.add(Partitioning.KeyPart.column(part));
            } else if (part.matches("\"([^\"]|\"\")+\"")) {
                key.add(Partitioning.KeyPart.column(part.substring(1, part.length() - 1).replace("\"\"", "\"")));
            } else {
                // PostgreSQL wraps an expression that is not a call in parentheses of its own: ((y * 2))
                boolean wrapped = part.startsWith("((") && PostgresSql.closing(part, 0) == part.length();
                key.add(Partitioning.KeyPart.expr(wrapped ? part.substring(1, part.length() - 1) : part));
            }
        }
        return Partitioning.of(strategy, key);
    }

    private static View.CheckOption checkOption(String reloptions) {
        if (reloptions == null) {
            return View.CheckOption.NONE;
        }
        for (String o : reloptions.split(",")) {
            if (o.equals("check_option=local")) {
                return View.CheckOption.LOCAL;
            }
            if (o.equals("check_option=cascaded")) {
                return View.CheckOption.CASCADED;
            }
        }
        return View.CheckOption.NONE;
    }
}
