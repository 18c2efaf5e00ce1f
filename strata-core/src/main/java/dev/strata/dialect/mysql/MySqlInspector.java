package dev.strata.dialect.mysql;

import dev.strata.dialect.DevReset;
import dev.strata.dialect.Inspector;
import dev.strata.dialect.Jdbc;
import dev.strata.schema.Check;
import dev.strata.schema.Column;
import dev.strata.schema.DialectAttr;
import dev.strata.schema.IndexPart;
import dev.strata.schema.InspectScope;
import dev.strata.schema.Realm;
import dev.strata.schema.Schema;
import dev.strata.schema.Table;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads MySQL and MariaDB from {@code INFORMATION_SCHEMA}, as Atlas's {@code sql/mysql/inspect.go}
 * does, but with one query per kind of object for every inspected schema at once ({@code
 * TABLE_SCHEMA IN (...)}), so the number of queries does not grow with the number of tables or schemas.
 */
final class MySqlInspector implements Inspector {

    /** Schemas of the server itself, never a user's. */
    static final List<String> SYSTEM_SCHEMAS = List.of("information_schema", "innodb", "mysql",
            "performance_schema", "sys");

    private final Jdbc jdbc;
    private final String boundSchema;

    MySqlInspector(Jdbc jdbc, String boundSchema) {
        this.jdbc = jdbc;
        this.boundSchema = boundSchema;
    }

    /** What the server is: MariaDB or MySQL, and its version, which decide the catalog's columns. */
    record Server(boolean maria, int major, int minor, int patch) {
        static Server of(String version) {
            boolean maria = version.toLowerCase(Locale.ROOT).contains("mariadb");
            String[] n = version.replaceFirst("^5\\.5\\.5-", "").split("[.-]");
            return new Server(maria, num(n, 0), num(n, 1), num(n, 2));
        }

        private static int num(String[] n, int i) {
            try {
                return i < n.length ? Integer.parseInt(n[i].replaceAll("\\D.*", "")) : 0;
            } catch (NumberFormatException e) {
                return 0;
            }
        }

        boolean atLeast(int ma, int mi, int pa) {
            return major != ma ? major > ma : minor != mi ? minor > mi : patch >= pa;
        }

        /** MySQL 8.0.13 keeps functional key parts in STATISTICS.EXPRESSION. */
        boolean indexExpressions() {
            return !maria && atLeast(8, 0, 13);
        }
    }

    @Override
    public Realm inspect(InspectScope scope) throws SQLException {
        Server server = Server.of(jdbc.queryOne("SELECT VERSION()", rs -> rs.getString(1)).orElse(""));
        List<Schema> shells = schemas(scope, server);
        if (shells.isEmpty()) {
            return scope.apply(new Realm(List.of(), List.of(), List.of()));
        }
        List<String> names = shells.stream().map(Schema::name).toList();
        String in = placeholders(names.size());
        Object[] args = names.toArray();
        Map<String, MySqlDraft> tables = tables(in, args);
        List<String> sequences = new ArrayList<>();
        jdbc.forEach("SELECT TABLE_SCHEMA, TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA IN (" + in
                + ") AND TABLE_TYPE = 'SEQUENCE' ORDER BY TABLE_SCHEMA, TABLE_NAME", rs -> sequences.add(
                rs.getString(1) + "\0" + rs.getString(2)), args);
        if (!tables.isEmpty()) {
            columns(server, in, args, tables);
            indexes(server, in, args, tables);
            foreignKeys(in, args, tables);
            checks(server, in, args, tables);
        }
        MySqlObjects objects = new MySqlObjects(jdbc, server);
        Map<String, List<Table>> bySchema = new HashMap<>();
        for (MySqlDraft d : tables.values()) {
            bySchema.computeIfAbsent(d.schema, k -> new ArrayList<>()).add(d.build());
        }
        List<Schema> out = new ArrayList<>();
        for (Schema s : shells) {
            out.add(s.withTables(bySchema.getOrDefault(s.name(), List.of())).withoutInheritedCharsets());
        }
        out = objects.fill(out, in, args, sequences);
        return scope.apply(new Realm(out, List.of(), List.of()));
    }

    private List<Schema> schemas(InspectScope scope, Server server) throws SQLException {
        List<String> wanted = scope.schemas();
        String comment = server.maria() && server.atLeast(10, 5, 0) ? "SCHEMA_COMMENT" : "NULL";
        String sql = "SELECT SCHEMA_NAME, DEFAULT_CHARACTER_SET_NAME, DEFAULT_COLLATION_NAME, " + comment
                + " FROM INFORMATION_SCHEMA.SCHEMATA WHERE ";
        Object[] args;
        if (wanted.isEmpty()) {
            sql += "SCHEMA_NAME NOT IN (" + placeholders(SYSTEM_SCHEMAS.size()) + ")";
            args = SYSTEM_SCHEMAS.toArray();
        } else {
            sql += "SCHEMA_NAME IN (" + placeholders(wanted.size()) + ")";
            args = wanted.toArray();
        }
        // The dev database's mark of ownership (MySqlDevReset) is Strata's comment, not the user's.
        return jdbc.query(sql + " ORDER BY SCHEMA_NAME", rs -> Schema.named(rs.getString(1))
                .withCharset(rs.getString(2)).withCollation(rs.getString(3))
                .withComment(DevReset.MARK.equals(rs.getString(4)) ? null : rs.getString(4)), args);
    }

    private Map<String, MySqlDraft> tables(String in, Object[] args) throws SQLException {
        Map<String, MySqlDraft> out = new LinkedHashMap<>();
        jdbc.forEach("SELECT t.TABLE_SCHEMA, t.TABLE_NAME, c.CHARACTER_SET_NAME, t.TABLE_COLLATION,"
                + " t.AUTO_INCREMENT, t.TABLE_COMMENT, t.ENGINE, e.SUPPORT = 'DEFAULT'"
                + " FROM INFORMATION_SCHEMA.TABLES AS t"
                + " LEFT JOIN INFORMATION_SCHEMA.COLLATIONS AS c ON t.TABLE_COLLATION = c.COLLATION_NAME"
                + " LEFT JOIN INFORMATION_SCHEMA.ENGINES AS e ON t.ENGINE = e.ENGINE"
                + " WHERE t.TABLE_SCHEMA IN (" + in + ") AND t.TABLE_TYPE IN ('BASE TABLE', 'SYSTEM VERSIONED')"
                + " ORDER BY t.TABLE_SCHEMA, t.TABLE_NAME", rs -> {
                    List<DialectAttr> attrs = new ArrayList<>();
                    String engine = rs.getString(7);
                    if (engine != null && !rs.getBoolean(8)) {
                        attrs.add(new MySqlAttrs.Engine(engine));
                    }
                    long auto = rs.getLong(5);
                    if (!rs.wasNull() && auto > 1) {
                        attrs.add(new MySqlAttrs.AutoIncrement(auto));
                    }
                    MySqlDraft d = new MySqlDraft(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(6), attrs);
                    out.put(key(d.schema, d.name), d);
                }, args);
        return out;
    }

    private void columns(Server server, String in, Object[] args, Map<String, MySqlDraft> tables)
            throws SQLException {
        String gen = server.maria() ? (server.atLeast(10, 2, 0) ? "GENERATION_EXPRESSION" : "NULL")
                : (server.atLeast(5, 7, 0) ? "GENERATION_EXPRESSION" : "NULL");
        jdbc.forEach("SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA,"
                + " CHARACTER_SET_NAME, COLLATION_NAME, " + gen + ", COLUMN_COMMENT"
                + " FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA IN (" + in + ")"
                + " ORDER BY TABLE_SCHEMA, TABLE_NAME, ORDINAL_POSITION", rs -> {
                    MySqlDraft t = tables.get(key(rs.getString(1), rs.getString(2)));
                    if (t != null) {
                        t.columns.add(MySqlColumns.column(server.maria(), rs.getString(3), rs.getString(4),
                                "YES".equals(rs.getString(5)), rs.getString(6), rs.getString(7), rs.getString(8),
                                rs.getString(9), rs.getString(10), rs.getString(11)));
                    }
                }, args);
    }

    private void indexes(Server server, String in, Object[] args, Map<String, MySqlDraft> tables)
            throws SQLException {
        String expr = server.indexExpressions() ? "EXPRESSION" : "NULL";
        jdbc.forEach("SELECT TABLE_SCHEMA, TABLE_NAME, INDEX_NAME, COLUMN_NAME, NON_UNIQUE, INDEX_TYPE,"
                + " UPPER(COLLATION) = 'D', INDEX_COMMENT, SUB_PART, " + expr
                + " FROM INFORMATION_SCHEMA.STATISTICS WHERE TABLE_SCHEMA IN (" + in + ")"
                + " ORDER BY TABLE_SCHEMA, TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX", rs -> {
                    MySqlDraft t = tables.get(key(rs.getString(1), rs.getString(2)));
                    if (t == null) {
                        return;
                    }
                    String name = rs.getString(3);
                    String type = rs.getString(6);
                    MySqlDraft.IndexDraft idx = t.indexes.computeIfAbsent(name, n -> {
                        try {
                            return new MySqlDraft.IndexDraft(n, rs.getInt(5) == 0,
                                    "BTREE".equalsIgnoreCase(type) ? null : type, rs.getString(8));
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    String column = rs.getString(4);
                    String x = rs.getString(10);
                    IndexPart part = x != null && !x.isEmpty() ? IndexPart.expr(MySqlColumns.unescape(x))
                            : IndexPart.column(column);
                    part = part.withDesc(rs.getBoolean(7));
                    int sub = rs.getInt(9);
                    if (!rs.wasNull() && !"SPATIAL".equalsIgnoreCase(type)) {
                        part = part.withPrefix(sub);
                    }
                    idx.parts.add(part);
                }, args);
    }

    /**
     * Foreign keys: their rules, then their columns. Two queries, not one join: MariaDB narrows an
     * INFORMATION_SCHEMA table to the schemas asked only for the first table of a join, so the
     * join read REFERENTIAL_CONSTRAINTS of every table of every database (seconds at 2,000 tables).
     */
    /** A foreign key's ON UPDATE and ON DELETE, as INFORMATION_SCHEMA spells them. */
    private record Rules(String update, String delete) {
    }

    private void foreignKeys(String in, Object[] args, Map<String, MySqlDraft> tables) throws SQLException {
        Map<String, Rules> rules = new HashMap<>();
        jdbc.forEach("SELECT CONSTRAINT_SCHEMA, TABLE_NAME, CONSTRAINT_NAME, UPDATE_RULE, DELETE_RULE"
                + " FROM INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA IN (" + in + ")",
                rs -> rules.put(key(rs.getString(1), rs.getString(2)) + "\0" + rs.getString(3),
                        new Rules(rs.getString(4), rs.getString(5))), args);
        jdbc.forEach("SELECT TABLE_SCHEMA, TABLE_NAME, CONSTRAINT_NAME, COLUMN_NAME,"
                + " REFERENCED_TABLE_SCHEMA, REFERENCED_TABLE_NAME, REFERENCED_COLUMN_NAME"
                + " FROM INFORMATION_SCHEMA.KEY_COLUMN_USAGE"
                + " WHERE TABLE_SCHEMA IN (" + in + ") AND REFERENCED_COLUMN_NAME IS NOT NULL"
                + " ORDER BY TABLE_SCHEMA, TABLE_NAME, CONSTRAINT_NAME, ORDINAL_POSITION", rs -> {
                    String tableKey = key(rs.getString(1), rs.getString(2));
                    MySqlDraft t = tables.get(tableKey);
                    String name = rs.getString(3);
                    Rules rule = rules.get(tableKey + "\0" + name);
                    if (t == null || rule == null) {
                        return;
                    }
                    MySqlDraft.FkDraft fk = t.fks.get(name);
                    if (fk == null) {
                        fk = new MySqlDraft.FkDraft(name, rs.getString(5), rs.getString(6), rule.update(), rule.delete());
                        t.fks.put(name, fk);
                    }
                    fk.columns.add(rs.getString(4));
                    fk.refColumns.add(rs.getString(7));
                }, args);
    }

    private void checks(Server server, String in, Object[] args, Map<String, MySqlDraft> tables)
            throws SQLException {
        if (server.maria() ? !server.atLeast(10, 2, 1) : !server.atLeast(8, 0, 16)) {
            return;
        }
        String sql = server.maria()
                ? "SELECT CONSTRAINT_SCHEMA, TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE, 'YES'"
                + " FROM INFORMATION_SCHEMA.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA IN (" + in + ")"
                + " ORDER BY CONSTRAINT_SCHEMA, TABLE_NAME, CONSTRAINT_NAME"
                : "SELECT t.TABLE_SCHEMA, t.TABLE_NAME, t.CONSTRAINT_NAME, c.CHECK_CLAUSE, t.ENFORCED"
                + " FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS AS t JOIN INFORMATION_SCHEMA.CHECK_CONSTRAINTS AS c"
                + " ON t.CONSTRAINT_NAME = c.CONSTRAINT_NAME AND t.CONSTRAINT_SCHEMA = c.CONSTRAINT_SCHEMA"
                + " WHERE t.CONSTRAINT_TYPE = 'CHECK' AND t.TABLE_SCHEMA IN (" + in + ")"
                + " ORDER BY t.TABLE_SCHEMA, t.TABLE_NAME, t.CONSTRAINT_NAME";
        jdbc.forEach(sql, rs -> {
            MySqlDraft t = tables.get(key(rs.getString(1), rs.getString(2)));
            if (t == null) {
                return;
            }
            String name = rs.getString(3);
            String clause = rs.getString(4);
            if (server.maria()) {
                Column c = t.column(name);
                // MariaDB's JSON is LONGTEXT with a CHECK (json_valid(`c`)) it adds itself: read it back as json.
                if (c != null && c.type().raw().equals("longtext") && clause.equals("json_valid(`" + name + "`)")) {
                    t.replaceColumn(c.withType(new MySqlTypeNames().parse("json"))
                            .withCharset(null).withCollation(null));
                    return;
                }
            } else {
                clause = MySqlColumns.unescape(clause);
            }
            t.checks.add(new Check(name, clause, false, !"NO".equals(rs.getString(5))));
        }, args);
    }

    static String key(String schema, String table) {
        return schema + "\0" + table;
    }

    static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    String boundSchema() {
        return boundSchema;
    }
}
