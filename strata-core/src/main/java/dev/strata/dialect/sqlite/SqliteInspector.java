package dev.strata.dialect.sqlite;

import dev.strata.dialect.Identifiers;
import dev.strata.dialect.Inspector;
import dev.strata.dialect.Jdbc;
import dev.strata.dialect.Session;
import dev.strata.schema.Column;
import dev.strata.schema.DialectAttr;
import dev.strata.schema.ForeignKey;
import dev.strata.schema.Generated;
import dev.strata.schema.Index;
import dev.strata.schema.IndexPart;
import dev.strata.schema.InspectScope;
import dev.strata.schema.PrimaryKey;
import dev.strata.schema.Realm;
import dev.strata.schema.ReferenceAction;
import dev.strata.schema.Schema;
import dev.strata.schema.Table;
import dev.strata.schema.TableRef;
import dev.strata.schema.Trigger;
import dev.strata.schema.View;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads an SQLite database into the model. Atlas runs four pragmas per table; here each pragma is
 * joined to {@code sqlite_master} as a table-valued function, so a schema takes five queries
 * whatever its number of tables (table options, objects, columns, index parts, foreign keys), and
 * the list of databases one more. What the pragmas do not report (CHECKs, constraint names,
 * collations, generated expressions, AUTOINCREMENT, index expressions and predicates) is read from
 * the stored {@code CREATE} text. Virtual tables and their shadow tables are left out, as SQLite's
 * internal {@code sqlite_*} tables are.
 */
public final class SqliteInspector implements Inspector {

    private static final String NOT_INTERNAL = "m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\'";

    private final Jdbc jdbc;
    private final SqliteTypeNames types = new SqliteTypeNames();

    public SqliteInspector(Session session) {
        this.jdbc = session.jdbc();
    }

    @Override
    public Realm inspect(InspectScope scope) throws SQLException {
        List<String> databases = jdbc.queryStrings("SELECT name FROM pragma_database_list WHERE name <> 'temp' ORDER BY seq");
        List<Schema> schemas = new ArrayList<>();
        for (String name : databases) {
            if (scope.schemas().isEmpty() || scope.schemas().contains(name)) {
                schemas.add(schema(name));
            }
        }
        return scope.apply(new Realm(schemas, List.of(), List.of()));
    }

    /** One schema's tables, rows folded per table, with every query covering all its tables. */
    private Schema schema(String name) throws SQLException {
        String master = Identifiers.doubleQuoted(name) + ".sqlite_master";
        Map<String, Rows> tables = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Map<String, String> indexSql = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        List<View> views = new ArrayList<>();
        List<Trigger> triggers = new ArrayList<>();
        // pragma_table_list once for the schema: joined to each row of sqlite_master, SQLite would
        // list every table again for each (quadratic: seconds at 2,000 tables).
        Map<String, boolean[]> options = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        jdbc.forEach("SELECT name, wr, strict FROM pragma_table_list WHERE schema = ? AND type = 'table'",
                rs -> options.put(rs.getString(1), new boolean[] {rs.getBoolean(2), rs.getBoolean(3)}), name);
        jdbc.forEach("SELECT m.type, m.name, m.tbl_name, m.sql FROM " + master + " m"
                + " WHERE m.type IN ('table', 'view', 'trigger', 'index') AND " + NOT_INTERNAL + " ORDER BY m.name",
                rs -> {
                    String type = rs.getString(1);
                    String object = rs.getString(2);
                    String sql = rs.getString(4);
                    switch (type) {
                        case "table" -> {
                            boolean[] o = options.get(object);
                            if (o != null) { // else a virtual table or one of its shadow tables
                                tables.put(object, new Rows(object, sql, o[0], o[1]));
                            }
                        }
                        case "view" -> views.add(ObjectText.view(object, sql));
                        case "trigger" -> triggers.add(ObjectText.trigger(object, rs.getString(3), sql));
                        default -> indexSql.put(object, sql);
                    }
                });
        if (!tables.isEmpty()) {
            columns(master, name, tables);
            indexes(master, name, tables, indexSql);
            foreignKeys(master, name, tables);
        }
        List<Table> out = new ArrayList<>();
        for (Rows r : tables.values()) {
            out.add(r.table(name, tables));
        }
        List<String> viewNames = views.stream().map(View::name).toList();
        return Schema.named(name).withTables(out).withViews(views).withTriggers(triggers.stream()
                .filter(t -> tables.containsKey(t.table()) || viewNames.contains(t.table())).toList());
    }

    private void columns(String master, String schema, Map<String, Rows> tables) throws SQLException {
        jdbc.forEach("SELECT m.name, c.name, c.type, c.\"notnull\", c.dflt_value, c.pk, c.hidden FROM " + master
                + " m JOIN pragma_table_xinfo(m.name, ?) c WHERE m.type = 'table' AND " + NOT_INTERNAL
                + " ORDER BY m.name, c.cid", rs -> {
                    Rows t = tables.get(rs.getString(1));
                    int hidden = rs.getInt(7);
                    if (t == null || hidden == 1) {
                        return;
                    }
                    String column = rs.getString(2);
                    Column c = new Column(column, types.parse(rs.getString(3)), rs.getInt(4) == 0,
                            SqliteDefaults.read(rs.getString(5)), null, t.text.autoIncrement().contains(column),
                            hidden >= 2 ? generated(t, column, hidden) : null, t.text.collations().get(column),
                            null, null, List.of());
                    t.columns.add(c);
                    if (rs.getInt(6) > 0) {
                        t.pk.put(rs.getInt(6), IndexPart.column(column));
                    }
                }, schema);
    }

    private static Generated generated(Rows t, String column, int hidden) {
        String expr = t.text.generated().get(column);
        return new Generated(expr == null ? "NULL" : expr,
                hidden == 3 ? Generated.Storage.STORED : Generated.Storage.VIRTUAL);
    }

    private void indexes(String master, String schema, Map<String, Rows> tables, Map<String, String> indexSql)
            throws SQLException {
        Map<String, List<Object[]>> parts = new LinkedHashMap<>();
        Map<String, Object[]> heads = new LinkedHashMap<>();
        jdbc.forEach("SELECT m.name, il.name, il.\"unique\", il.origin, il.partial, x.name, x.\"desc\" FROM " + master
                + " m JOIN pragma_index_list(m.name, ?) il JOIN pragma_index_xinfo(il.name, ?) x"
                + " WHERE m.type = 'table' AND " + NOT_INTERNAL + " AND x.key = 1 ORDER BY m.name, il.name, x.seqno",
                rs -> {
                    String key = rs.getString(1) + "\0" + rs.getString(2);
                    heads.putIfAbsent(key, new Object[] {rs.getString(1), rs.getString(2), rs.getBoolean(3),
                            rs.getString(4), rs.getBoolean(5)});
                    parts.computeIfAbsent(key, k -> new ArrayList<>()).add(new Object[] {rs.getString(6),
                            rs.getBoolean(7)});
                }, schema, schema);
        for (Map.Entry<String, Object[]> e : heads.entrySet()) {
            Object[] h = e.getValue();
            Rows t = tables.get((String) h[0]);
            if (t == null) {
                continue;
            }
            List<Object[]> rows = parts.get(e.getKey());
            String origin = (String) h[3];
            if (origin.equals("pk")) {
                t.pkDesc = rows.stream().map(r -> (Boolean) r[1]).toList();
                continue;
            }
            CreateIndexText text = CreateIndexText.parse(indexSql.get((String) h[1]));
            List<IndexPart> out = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                String column = (String) rows.get(i)[0];
                CreateIndexText.Part written = i < text.parts().size() ? text.parts().get(i) : null;
                IndexPart p = column != null ? IndexPart.column(column)
                        : IndexPart.expr(written == null || written.expr() == null ? "NULL" : written.expr());
                if (written != null) {
                    p = p.withCollation(written.collation());
                }
                out.add(p.withDesc((Boolean) rows.get(i)[1]));
            }
            t.indexes.add(Index.of((String) h[1], out).withUnique((Boolean) h[2])
                    .withWhere((Boolean) h[4] ? text.where() : null));
        }
    }

    private void foreignKeys(String master, String schema, Map<String, Rows> tables) throws SQLException {
        jdbc.forEach("SELECT m.name, f.id, f.\"table\", f.\"from\", f.\"to\", f.on_update, f.on_delete FROM " + master
                + " m JOIN pragma_foreign_key_list(m.name, ?) f WHERE m.type = 'table' AND " + NOT_INTERNAL
                + " ORDER BY m.name, f.id, f.seq", rs -> {
                    Rows t = tables.get(rs.getString(1));
                    if (t == null) {
                        return;
                    }
                    Fk fk = t.fks.computeIfAbsent(rs.getInt(2), id -> new Fk());
                    fk.refTable = rs.getString(3);
                    fk.columns.add(rs.getString(4));
                    fk.refColumns.add(rs.getString(5));
                    fk.onUpdate = ReferenceAction.of(rs.getString(6));
                    fk.onDelete = ReferenceAction.of(rs.getString(7));
                }, schema);
    }

    /** A foreign key's rows from {@code pragma_foreign_key_list}. */
    private static final class Fk {
        String refTable;
        final List<String> columns = new ArrayList<>();
        final List<String> refColumns = new ArrayList<>();
        ReferenceAction onUpdate;
        ReferenceAction onDelete;
    }

    /** A table's rows, folded as they arrive. */
    private static final class Rows {
        final String name;
        final CreateTableText text;
        final boolean withoutRowid;
        final boolean strict;
        final List<Column> columns = new ArrayList<>();
        final Map<Integer, IndexPart> pk = new TreeMap<>();
        List<Boolean> pkDesc = List.of();
        final List<Index> indexes = new ArrayList<>();
        final Map<Integer, Fk> fks = new TreeMap<>();

        Rows(String name, String sql, boolean withoutRowid, boolean strict) {
            this.name = name;
            this.text = CreateTableText.parse(sql);
            this.withoutRowid = withoutRowid;
            this.strict = strict;
        }

        Table table(String schema, Map<String, Rows> all) {
            List<DialectAttr> attrs = new ArrayList<>();
            if (withoutRowid) {
                attrs.add(SqliteAttrs.WITHOUT_ROWID);
            }
            if (strict) {
                attrs.add(SqliteAttrs.STRICT);
            }
            PrimaryKey primaryKey = null;
            if (!pk.isEmpty()) {
                List<IndexPart> parts = new ArrayList<>(pk.values());
                for (int i = 0; i < parts.size() && i < pkDesc.size(); i++) {
                    parts.set(i, parts.get(i).withDesc(pkDesc.get(i)));
                }
                primaryKey = PrimaryKey.of(parts);
            }
            List<ForeignKey> foreignKeys = new ArrayList<>();
            List<CreateTableText.Fk> written = new ArrayList<>(text.foreignKeys());
            for (Fk f : fks.values()) {
                Rows ref = all.get(f.refTable);
                String refName = ref == null ? f.refTable : ref.name;
                List<String> refColumns = f.refColumns.contains(null) ? implicitKey(ref, f) : f.refColumns;
                CreateTableText.Fk w = match(written, f);
                ForeignKey fk = ForeignKey.of(w == null ? null : w.name(), f.columns, new TableRef(schema, refName),
                        refColumns).withOnUpdate(f.onUpdate).withOnDelete(f.onDelete);
                foreignKeys.add(w == null ? fk : fk.withDeferrable(w.deferrable()));
            }
            return Table.of(name, columns).withPrimaryKey(primaryKey).withIndexes(indexes)
                    .withForeignKeys(foreignKeys).withChecks(text.checks()).withAttrs(attrs);
        }

        /** {@code REFERENCES t} without columns means t's primary key. */
        private static List<String> implicitKey(Rows ref, Fk f) {
            if (ref != null && ref.pk.size() == f.columns.size()) {
                return ref.pk.values().stream().map(IndexPart::column).toList();
            }
            return f.columns;
        }

        /** The written foreign key for a reported one, taken out of the list so two alike match once each. */
        private static CreateTableText.Fk match(List<CreateTableText.Fk> written, Fk f) {
            for (CreateTableText.Fk w : written) {
                if (w.refTable().equalsIgnoreCase(f.refTable) && sameNames(w.columns(), f.columns)
                        && (w.refColumns().isEmpty() || sameNames(w.refColumns(), f.refColumns))) {
                    written.remove(w);
                    return w;
                }
            }
            return null;
        }

        private static boolean sameNames(List<String> a, List<String> b) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!a.get(i).equalsIgnoreCase(String.valueOf(b.get(i)))) {
                    return false;
                }
            }
            return true;
        }
    }
}
