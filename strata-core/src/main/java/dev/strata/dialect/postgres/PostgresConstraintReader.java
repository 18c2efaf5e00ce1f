package dev.strata.dialect.postgres;

import dev.strata.dialect.Jdbc;
import dev.strata.schema.Check;
import dev.strata.schema.ForeignKey;
import dev.strata.schema.Policy;
import dev.strata.schema.ReferenceAction;
import dev.strata.schema.TableRef;

import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads foreign keys, checks and row-level security policies: one query each over every schema
 * inspected. Constraints a partition inherits from its parent ({@code conparentid}) are the parent's.
 */
final class PostgresConstraintReader {

    private static final String FOREIGN_KEYS = """
            SELECT c.conrelid, c.conname, fn.nspname, f.relname,
                   ARRAY(SELECT a.attname FROM unnest(c.conkey) WITH ORDINALITY k(n, o)
                         JOIN pg_catalog.pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.o),
                   ARRAY(SELECT a.attname FROM unnest(c.confkey) WITH ORDINALITY k(n, o)
                         JOIN pg_catalog.pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n ORDER BY k.o),
                   c.confupdtype, c.confdeltype, c.condeferrable, c.condeferred
            FROM pg_catalog.pg_constraint c
            JOIN pg_catalog.pg_class t ON t.oid = c.conrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace
            JOIN pg_catalog.pg_class f ON f.oid = c.confrelid
            JOIN pg_catalog.pg_namespace fn ON fn.oid = f.relnamespace
            WHERE c.contype = 'f' AND n.nspname = ANY(?) AND c.conparentid = 0
            ORDER BY c.conrelid, c.conname""";

    private static final String CHECKS = """
            SELECT c.conrelid, c.conname, pg_get_expr(c.conbin, c.conrelid), c.connoinherit
            FROM pg_catalog.pg_constraint c
            JOIN pg_catalog.pg_class t ON t.oid = c.conrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace
            WHERE c.contype = 'c' AND n.nspname = ANY(?) AND c.conislocal
            ORDER BY c.conrelid, c.conname""";

    private static final String POLICIES = """
            SELECT p.polrelid, p.polname, p.polcmd, p.polpermissive,
                   ARRAY(SELECT CASE WHEN r.id = 0 THEN 'public' ELSE pg_get_userbyid(r.id) END
                         FROM unnest(p.polroles) WITH ORDINALITY r(id, o) ORDER BY r.o),
                   pg_get_expr(p.polqual, p.polrelid), pg_get_expr(p.polwithcheck, p.polrelid),
                   obj_description(p.oid, 'pg_policy')
            FROM pg_catalog.pg_policy p
            JOIN pg_catalog.pg_class t ON t.oid = p.polrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace
            WHERE n.nspname = ANY(?)
            ORDER BY p.polrelid, p.polname""";

    private final Jdbc jdbc;
    private final Object schemas;

    PostgresConstraintReader(Jdbc jdbc, Object schemas) {
        this.jdbc = jdbc;
        this.schemas = schemas;
    }

    void read(Map<Long, PostgresRelation> rels) throws SQLException {
        // column names and check expressions repeat from table to table: one string each
        Map<String, String> texts = new HashMap<>();
        jdbc.forEach(FOREIGN_KEYS, rs -> {
            PostgresRelation r = rels.get(rs.getLong(1));
            if (r != null) {
                r.foreignKeys.add(new ForeignKey(rs.getString(2), once(strings(rs.getArray(5)), texts),
                        new TableRef(rs.getString(3), rs.getString(4)), once(strings(rs.getArray(6)), texts),
                        action(rs.getString(7)), action(rs.getString(8)),
                        PostgresIndexReader.deferrable(rs.getBoolean(9), rs.getBoolean(10)), List.of()));
            }
        }, schemas);
        jdbc.forEach(CHECKS, rs -> {
            PostgresRelation r = rels.get(rs.getLong(1));
            if (r != null) {
                r.checks.add(new Check(rs.getString(2), texts.computeIfAbsent(rs.getString(3), t -> t),
                        rs.getBoolean(4), true));
            }
        }, schemas);
        jdbc.forEach(POLICIES, rs -> {
            PostgresRelation r = rels.get(rs.getLong(1));
            if (r != null) {
                r.policies.add(new Policy(rs.getString(2), command(rs.getString(3)), rs.getBoolean(4),
                        strings(rs.getArray(5)), rs.getString(6), rs.getString(7), rs.getString(8)));
            }
        }, schemas);
    }

    private static List<String> once(List<String> values, Map<String, String> texts) {
        values.replaceAll(v -> v == null ? null : texts.computeIfAbsent(v, t -> t));
        return values;
    }

    static List<String> strings(Array a) throws SQLException {
        if (a == null) {
            return List.of();
        }
        Object[] values = (Object[]) a.getArray();
        return new ArrayList<>(Arrays.stream(values).map(v -> v == null ? null : String.valueOf(v)).toList());
    }

    private static ReferenceAction action(String c) {
        return switch (c) {
            case "r" -> ReferenceAction.RESTRICT;
            case "c" -> ReferenceAction.CASCADE;
            case "n" -> ReferenceAction.SET_NULL;
            case "d" -> ReferenceAction.SET_DEFAULT;
            default -> ReferenceAction.NO_ACTION;
        };
    }

    private static Policy.Command command(String c) {
        return switch (c) {
            case "r" -> Policy.Command.SELECT;
            case "a" -> Policy.Command.INSERT;
            case "w" -> Policy.Command.UPDATE;
            case "d" -> Policy.Command.DELETE;
            default -> Policy.Command.ALL;
        };
    }
}
