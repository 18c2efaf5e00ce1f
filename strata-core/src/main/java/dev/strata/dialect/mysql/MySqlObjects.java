package dev.strata.dialect.mysql;

import dev.strata.dialect.Identifiers;
import dev.strata.dialect.Jdbc;
import dev.strata.schema.Routine;
import dev.strata.schema.Schema;
import dev.strata.schema.Sequence;
import dev.strata.schema.Trigger;
import dev.strata.schema.View;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The schema objects beside tables: views, functions and procedures, triggers and MariaDB's
 * sequences, each kind read with one query for all inspected schemas. Atlas's free edition reads
 * none of these; Strata does, so {@code schema inspect --format sql} recreates the whole database.
 */
final class MySqlObjects {

    private static final MySqlTypeNames TYPES = new MySqlTypeNames();

    private final Jdbc jdbc;
    private final MySqlInspector.Server server;

    MySqlObjects(Jdbc jdbc, MySqlInspector.Server server) {
        this.jdbc = jdbc;
        this.server = server;
    }

    List<Schema> fill(List<Schema> schemas, String in, Object[] args, List<String> sequenceKeys)
            throws SQLException {
        Map<String, List<View>> views = views(in, args);
        Map<String, List<Routine>> routines = routines(in, args);
        Map<String, List<Trigger>> triggers = triggers(in, args);
        Map<String, List<Sequence>> sequences = sequences(sequenceKeys);
        List<Schema> out = new ArrayList<>();
        for (Schema s : schemas) {
            out.add(s.withViews(views.getOrDefault(s.name(), List.of()))
                    .withRoutines(routines.getOrDefault(s.name(), List.of()))
                    .withTriggers(triggers.getOrDefault(s.name(), List.of()))
                    .withSequences(sequences.getOrDefault(s.name(), List.of())));
        }
        return out;
    }

    private Map<String, List<View>> views(String in, Object[] args) throws SQLException {
        Map<String, List<View>> out = new HashMap<>();
        jdbc.forEach("SELECT TABLE_SCHEMA, TABLE_NAME, VIEW_DEFINITION, CHECK_OPTION FROM INFORMATION_SCHEMA.VIEWS"
                + " WHERE TABLE_SCHEMA IN (" + in + ") ORDER BY TABLE_SCHEMA, TABLE_NAME", rs -> {
                    String schema = rs.getString(1);
                    String check = rs.getString(4);
                    View.CheckOption option = check == null || check.equals("NONE") ? View.CheckOption.NONE
                            : View.CheckOption.valueOf(check.toUpperCase(Locale.ROOT));
                    out.computeIfAbsent(schema, k -> new ArrayList<>()).add(View.of(rs.getString(2),
                            unqualified(rs.getString(3), schema)).withCheckOption(option));
                }, args);
        return out;
    }

    /**
     * The server qualifies every name in a stored view with its database; names of the view's own
     * schema are written bare, so the definition recreates the view in another database (as
     * {@code SHOW CREATE VIEW} and {@code mysqldump} print it).
     */
    static String unqualified(String definition, String schema) {
        return definition.replace(Identifiers.backticked(schema) + ".", "");
    }

    private Map<String, List<Routine>> routines(String in, Object[] args) throws SQLException {
        Map<String, List<Routine.Arg>> params = new HashMap<>();
        Map<String, String> returns = new HashMap<>();
        jdbc.forEach("SELECT SPECIFIC_SCHEMA, SPECIFIC_NAME, ROUTINE_TYPE, ORDINAL_POSITION, PARAMETER_MODE,"
                + " PARAMETER_NAME, DTD_IDENTIFIER FROM INFORMATION_SCHEMA.PARAMETERS"
                + " WHERE SPECIFIC_SCHEMA IN (" + in + ") ORDER BY SPECIFIC_SCHEMA, SPECIFIC_NAME, ROUTINE_TYPE,"
                + " ORDINAL_POSITION", rs -> {
                    String key = rs.getString(1) + "\0" + rs.getString(2) + "\0" + rs.getString(3);
                    if (rs.getInt(4) == 0) {
                        returns.put(key, rs.getString(7));
                        return;
                    }
                    String mode = rs.getString(5);
                    params.computeIfAbsent(key, k -> new ArrayList<>()).add(new Routine.Arg(rs.getString(6),
                            TYPES.parse(rs.getString(7)), mode == null ? Routine.Arg.Mode.IN
                            : Routine.Arg.Mode.valueOf(mode.toUpperCase(Locale.ROOT)), null));
                }, args);
        Map<String, List<Routine>> out = new HashMap<>();
        jdbc.forEach("SELECT ROUTINE_SCHEMA, ROUTINE_NAME, ROUTINE_TYPE, ROUTINE_BODY, ROUTINE_DEFINITION,"
                + " IS_DETERMINISTIC, SQL_DATA_ACCESS, SECURITY_TYPE, ROUTINE_COMMENT, DTD_IDENTIFIER"
                + " FROM INFORMATION_SCHEMA.ROUTINES WHERE ROUTINE_SCHEMA IN (" + in + ")"
                + " ORDER BY ROUTINE_SCHEMA, ROUTINE_NAME, ROUTINE_TYPE", rs -> {
                    String key = rs.getString(1) + "\0" + rs.getString(2) + "\0" + rs.getString(3);
                    Routine.Kind kind = Routine.Kind.valueOf(rs.getString(3));
                    List<Routine.Arg> args2 = params.getOrDefault(key, List.of());
                    String ret = kind == Routine.Kind.FUNCTION ? returns.getOrDefault(key, rs.getString(10)) : null;
                    String def = definition(kind, rs.getString(2), args2, ret, "YES".equals(rs.getString(6)),
                            rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(5));
                    out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Routine(kind,
                            rs.getString(2), args2, ret == null ? null : TYPES.parse(ret), rs.getString(4), def,
                            rs.getString(9), List.of()));
                }, args);
        return out;
    }

    /**
     * The {@code CREATE} statement of a routine, from its parts: {@code SHOW CREATE} would cost a
     * query per routine, and its text keeps the user's spelling, not the catalog's.
     */
    static String definition(Routine.Kind kind, String name, List<Routine.Arg> args, String returns,
                             boolean deterministic, String dataAccess, String security, String comment,
                             String body) {
        StringBuilder b = new StringBuilder("CREATE ").append(kind.name()).append(' ')
                .append(Identifiers.backticked(name)).append('(');
        for (int i = 0; i < args.size(); i++) {
            Routine.Arg a = args.get(i);
            b.append(i == 0 ? "" : ", ");
            if (kind == Routine.Kind.PROCEDURE) {
                b.append(a.mode().name()).append(' ');
            }
            b.append(Identifiers.backticked(a.name())).append(' ').append(a.type().raw());
        }
        b.append(')');
        if (returns != null) {
            b.append(" RETURNS ").append(TYPES.parse(returns).raw());
        }
        if (deterministic) {
            b.append(" DETERMINISTIC");
        }
        if (dataAccess != null && !dataAccess.equals("CONTAINS SQL")) {
            b.append(' ').append(dataAccess);
        }
        if ("INVOKER".equals(security)) {
            b.append(" SQL SECURITY INVOKER");
        }
        if (comment != null && !comment.isEmpty()) {
            b.append(" COMMENT ").append(MySqlSql.string(comment));
        }
        return b.append('\n').append(body == null ? "" : body.strip()).toString();
    }

    private Map<String, List<Trigger>> triggers(String in, Object[] args) throws SQLException {
        Map<String, List<Trigger>> out = new HashMap<>();
        jdbc.forEach("SELECT TRIGGER_SCHEMA, TRIGGER_NAME, EVENT_MANIPULATION, EVENT_OBJECT_TABLE, ACTION_STATEMENT,"
                + " ACTION_TIMING FROM INFORMATION_SCHEMA.TRIGGERS WHERE TRIGGER_SCHEMA IN (" + in + ")"
                + " ORDER BY TRIGGER_SCHEMA, EVENT_OBJECT_TABLE, ACTION_ORDER", rs -> {
                    String name = rs.getString(2);
                    String event = rs.getString(3);
                    String table = rs.getString(4);
                    String timing = rs.getString(6);
                    String def = "CREATE TRIGGER " + Identifiers.backticked(name) + " " + timing + " " + event
                            + " ON " + Identifiers.backticked(table) + " FOR EACH ROW " + rs.getString(5).strip();
                    out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Trigger(name, table,
                            Trigger.Timing.valueOf(timing), List.of(Trigger.Event.valueOf(event)), List.of(), true,
                            null, def, null));
                }, args);
        return out;
    }

    /** MariaDB's sequences, all in one query: each is a one-row table, read by a UNION over them. */
    private Map<String, List<Sequence>> sequences(List<String> keys) throws SQLException {
        Map<String, List<Sequence>> out = new LinkedHashMap<>();
        if (keys.isEmpty()) {
            return out;
        }
        List<String> selects = new ArrayList<>();
        for (String k : keys) {
            String[] sn = k.split("\0", 2);
            selects.add("SELECT " + MySqlSql.string(sn[0]) + ", " + MySqlSql.string(sn[1]) + ", start_value,"
                    + " increment, minimum_value, maximum_value, cache_size, cycle_option FROM "
                    + Identifiers.backticked(sn[0]) + "." + Identifiers.backticked(sn[1]));
        }
        jdbc.forEach(String.join(" UNION ALL ", selects), rs -> {
            long inc = rs.getLong(4);
            long min = rs.getLong(5);
            long max = rs.getLong(6);
            long start = rs.getLong(3);
            long cache = rs.getLong(7);
            boolean up = inc > 0;
            long defMin = up ? 1 : -9223372036854775807L;
            long defMax = up ? 9223372036854775806L : -1;
            long defStart = up ? min : max;
            out.computeIfAbsent(rs.getString(1), x -> new ArrayList<>()).add(new Sequence(rs.getString(2), null,
                    start == defStart ? null : start, inc == 1 ? null : inc, min == defMin ? null : min,
                    max == defMax ? null : max, cache == 1000 ? null : cache, rs.getBoolean(8), null, null));
        });
        return out;
    }
}
