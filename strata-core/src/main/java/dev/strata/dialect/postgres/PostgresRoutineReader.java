package dev.strata.dialect.postgres;

import dev.strata.dialect.Jdbc;
import dev.strata.schema.ColumnRef;
import dev.strata.schema.ColumnType;
import dev.strata.schema.Routine;
import dev.strata.schema.Sequence;
import dev.strata.schema.Trigger;
import dev.strata.schema.TypeNames;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads functions, procedures, triggers and sequences: one query per kind over every schema
 * inspected. Sequences of identity columns and of serials are their columns', not objects of their own.
 */
final class PostgresRoutineReader {

    private static final String ROUTINES = """
            SELECT n.nspname, p.proname, p.prokind,
                   ARRAY(SELECT format_type(x.t, NULL) FROM unnest(COALESCE(p.proallargtypes, p.proargtypes::oid[]))
                         WITH ORDINALITY x(t, o) ORDER BY x.o),
                   p.proargnames, p.proargmodes::text[], pg_get_expr(p.proargdefaults, 0),
                   CASE WHEN p.prokind = 'f' THEN pg_get_function_result(p.oid) END, l.lanname,
                   pg_get_functiondef(p.oid), obj_description(p.oid, 'pg_proc')
            FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
            JOIN pg_catalog.pg_language l ON l.oid = p.prolang
            WHERE n.nspname = ANY(?) AND p.prokind IN ('f', 'p') AND\s"""
            + PostgresTypeReader.NOT_EXTENSION.formatted("pg_catalog.pg_proc", "p.oid") + "\nORDER BY 1, 2, p.oid";

    private static final String TRIGGERS = """
            SELECT n.nspname, c.relname, t.tgname, t.tgtype,
                   ARRAY(SELECT a.attname FROM unnest(t.tgattr::int2[]) WITH ORDINALITY k(n, o)
                         JOIN pg_catalog.pg_attribute a ON a.attrelid = t.tgrelid AND a.attnum = k.n ORDER BY k.o),
                   pg_get_triggerdef(t.oid), obj_description(t.oid, 'pg_trigger')
            FROM pg_catalog.pg_trigger t JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            WHERE NOT t.tgisinternal AND %s AND NOT c.relispartition AND n.nspname = ANY(?)
            ORDER BY 1, 2, 3""";

    private static final String SEQUENCES = """
            SELECT n.nspname, c.relname, format_type(s.seqtypid, NULL), s.seqstart, s.seqincrement, s.seqmin,
                   s.seqmax, s.seqcache, s.seqcycle, own.relname, own.attname, obj_description(c.oid, 'pg_class')
            FROM pg_catalog.pg_sequence s JOIN pg_catalog.pg_class c ON c.oid = s.seqrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN LATERAL (SELECT t.relname, a.attname FROM pg_catalog.pg_depend d
                               JOIN pg_catalog.pg_class t ON t.oid = d.refobjid
                               JOIN pg_catalog.pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
                               WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid
                                 AND d.refclassid = 'pg_catalog.pg_class'::regclass AND d.deptype = 'a'
                                 AND t.relnamespace = c.relnamespace LIMIT 1) own ON true
            WHERE n.nspname = ANY(?)
              AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_catalog.pg_class'::regclass
                              AND d.objid = c.oid AND d.deptype IN ('i', 'e'))
            ORDER BY 1, 2""";

    private final Jdbc jdbc;
    private final Object schemas;
    private final int version;

    PostgresRoutineReader(Jdbc jdbc, Object schemas, int version) {
        this.jdbc = jdbc;
        this.schemas = schemas;
        this.version = version;
    }

    Map<String, List<Routine>> routines(TypeNames names, TypeNames.UserTypes user) throws SQLException {
        Map<String, List<Routine>> out = new HashMap<>();
        jdbc.forEach(ROUTINES, rs -> {
            String schema = rs.getString(1);
            List<String> types = PostgresConstraintReader.strings(rs.getArray(4));
            List<String> argNames = PostgresConstraintReader.strings(rs.getArray(5));
            List<String> modes = PostgresConstraintReader.strings(rs.getArray(6));
            List<String> defaults = PostgresSql.splitTopLevel(rs.getString(7));
            List<Routine.Arg.Mode> argModes = new ArrayList<>();
            for (int i = 0; i < types.size(); i++) {
                argModes.add(mode(modes.isEmpty() ? "i" : modes.get(i)));
            }
            List<Integer> inputs = new ArrayList<>();
            for (int i = 0; i < argModes.size(); i++) {
                if (argModes.get(i) != Routine.Arg.Mode.OUT && (modes.isEmpty() || !modes.get(i).equals("t"))) {
                    inputs.add(i);
                }
            }
            Map<Integer, String> argDefaults = new HashMap<>();
            for (int d = 0; d < defaults.size() && d < inputs.size(); d++) {
                argDefaults.put(inputs.get(inputs.size() - defaults.size() + d), defaults.get(d));
            }
            List<Routine.Arg> args = new ArrayList<>();
            for (int i = 0; i < types.size(); i++) {
                if (!modes.isEmpty() && modes.get(i).equals("t")) {
                    continue;
                }
                String name = i < argNames.size() ? argNames.get(i) : null;
                args.add(new Routine.Arg(name, names.parse(types.get(i), schema, user), argModes.get(i),
                        argDefaults.get(i)));
            }
            boolean procedure = rs.getString(3).equals("p");
            String result = rs.getString(8);
            ColumnType returns = procedure || result == null ? null : names.parse(result, schema, user);
            out.computeIfAbsent(schema, k -> new ArrayList<>()).add(new Routine(procedure ? Routine.Kind.PROCEDURE
                    : Routine.Kind.FUNCTION, rs.getString(2), args, returns, rs.getString(9), rs.getString(10),
                    rs.getString(11), List.of()));
        }, schemas);
        return out;
    }

    private static Routine.Arg.Mode mode(String m) {
        return switch (m) {
            case "o" -> Routine.Arg.Mode.OUT;
            case "b" -> Routine.Arg.Mode.INOUT;
            case "v" -> Routine.Arg.Mode.VARIADIC;
            default -> Routine.Arg.Mode.IN;
        };
    }

    Map<String, List<Trigger>> triggers() throws SQLException {
        Map<String, List<Trigger>> out = new HashMap<>();
        String sql = TRIGGERS.formatted(version >= 130000 ? "t.tgparentid = 0" : "true");
        jdbc.forEach(sql, rs -> {
            int type = rs.getInt(4);
            Trigger.Timing timing = (type & 64) != 0 ? Trigger.Timing.INSTEAD_OF
                    : (type & 2) != 0 ? Trigger.Timing.BEFORE : Trigger.Timing.AFTER;
            List<Trigger.Event> events = new ArrayList<>();
            if ((type & 4) != 0) {
                events.add(Trigger.Event.INSERT);
            }
            if ((type & 16) != 0) {
                events.add(Trigger.Event.UPDATE);
            }
            if ((type & 8) != 0) {
                events.add(Trigger.Event.DELETE);
            }
            if ((type & 32) != 0) {
                events.add(Trigger.Event.TRUNCATE);
            }
            String def = rs.getString(6);
            out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Trigger(rs.getString(3),
                    rs.getString(2), timing, events, PostgresConstraintReader.strings(rs.getArray(5)), (type & 1) != 0,
                    when(def), def, rs.getString(7)));
        }, schemas);
        return out;
    }

    /** The WHEN condition of a trigger definition, with its parentheses. */
    private static String when(String def) {
        int at = def.indexOf(" WHEN (");
        if (at < 0) {
            return null;
        }
        int open = at + " WHEN ".length();
        int end = PostgresSql.closing(def, open);
        return end < 0 ? null : def.substring(open, end);
    }

    /** Sequences by schema, without the serials' ones ({@code schema.name} in {@code serials}). */
    Map<String, List<Sequence>> sequences(TypeNames names, Set<String> serials) throws SQLException {
        Map<String, List<Sequence>> out = new HashMap<>();
        jdbc.forEach(SEQUENCES, rs -> {
            String schema = rs.getString(1);
            String name = rs.getString(2);
            if (serials.contains(schema + "." + name)) {
                return;
            }
            String type = rs.getString(3);
            long start = rs.getLong(4);
            long inc = rs.getLong(5);
            long min = rs.getLong(6);
            long max = rs.getLong(7);
            long cache = rs.getLong(8);
            long typeMax = switch (type) {
                case "smallint" -> Short.MAX_VALUE;
                case "integer" -> Integer.MAX_VALUE;
                default -> Long.MAX_VALUE;
            };
            long typeMin = -typeMax - 1;
            boolean up = inc > 0;
            long defMin = up ? 1 : typeMin;
            long defMax = up ? typeMax : -1;
            long defStart = up ? min : max;
            ColumnRef owner = rs.getString(10) == null ? null : new ColumnRef(rs.getString(10), rs.getString(11));
            out.computeIfAbsent(schema, k -> new ArrayList<>()).add(new Sequence(name,
                    type.equals("bigint") ? null : names.parse(type), start == defStart ? null : start,
                    inc == 1 ? null : inc, min == defMin ? null : min, max == defMax ? null : max,
                    cache == 1 ? null : cache, rs.getBoolean(9), owner, rs.getString(12)));
        }, schemas);
        return out;
    }
}
