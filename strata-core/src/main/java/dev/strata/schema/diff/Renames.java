package dev.strata.schema.diff;

import dev.strata.schema.Change;
import dev.strata.schema.Realm;
import dev.strata.schema.Schema;
import dev.strata.schema.Table;
import dev.strata.schema.TableChange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The asked-for renames, resolved against the current realm: the changes that carry them out
 * (tables first, then columns, one {@link Change.ModifyTable} per table) and the realm as it is
 * after them, which the differ then compares with the desired one.
 */
record Renames(Realm realm, List<Change> changes) {

    static Renames apply(Realm from, List<DiffOptions.Rename> renames, DiffDialect dialect) {
        List<Change> changes = new ArrayList<>();
        Realm cur = from;
        List<String[]> columns = new ArrayList<>();
        for (DiffOptions.Rename r : renames) {
            String[] target = resolve(from, r);
            if (target[2] == null) {
                Table t = cur.schema(target[0]).orElseThrow().table(target[1]).orElseThrow();
                if (cur.schema(target[0]).orElseThrow().table(r.to()).isPresent()) {
                    throw new IllegalArgumentException("rename \"" + r + "\": table \"" + r.to() + "\" exists");
                }
                cur = Renaming.table(cur, target[0], target[1], r.to());
                Table renamed = cur.schema(target[0]).orElseThrow().table(r.to()).orElseThrow();
                // what the database keeps of the old name (PostgreSQL's <old>_pkey) stays in the model, and
                // what it renames with the table (MySQL's <old>_ibfk_1) follows; references are already renamed
                Table held = dialect.renamed(renamed.withName(t.name()), r.to()).withName(r.to());
                cur = replace(cur, target[0], held);
                changes.add(new Change.RenameTable(target[0], t, held));
            } else {
                columns.add(new String[] {target[0], target[1], target[2], r.to(), r.toString()});
            }
        }
        Map<String, Table> before = new LinkedHashMap<>();
        Map<String, List<TableChange>> byTable = new LinkedHashMap<>();
        for (String[] c : columns) {
            // a column rename names the table as it was; follow a rename of the table itself
            String table = renamedTable(changes, c[0], c[1]);
            Table t = cur.schema(c[0]).orElseThrow().table(table).orElseThrow();
            if (t.column(c[2]).isEmpty()) {
                throw new IllegalArgumentException("rename \"" + c[4] + "\": table \"" + c[0] + "." + c[1]
                        + "\" has no column \"" + c[2] + "\"");
            }
            if (t.column(c[3]).isPresent()) {
                throw new IllegalArgumentException("rename \"" + c[4] + "\": column \"" + c[3] + "\" exists");
            }
            String key = c[0] + "\0" + table;
            before.putIfAbsent(key, t);
            byTable.computeIfAbsent(key, k -> new ArrayList<>()).add(new TableChange.RenameColumn(t.column(c[2])
                    .orElseThrow(), t.column(c[2]).orElseThrow().withName(c[3])));
            cur = Renaming.column(cur, c[0], table, c[2], c[3]);
        }
        for (Map.Entry<String, Table> e : before.entrySet()) {
            String schema = e.getKey().substring(0, e.getKey().indexOf('\0'));
            Table after = cur.schema(schema).orElseThrow().table(e.getValue().name()).orElseThrow();
            changes.add(new Change.ModifyTable(schema, e.getValue(), after, byTable.get(e.getKey())));
        }
        return new Renames(cur, changes);
    }

    private static Realm replace(Realm r, String schema, Table t) {
        Schema s = r.schema(schema).orElseThrow();
        return r.withSchemas(r.schemas().stream().map(x -> x != s ? x : s.withTables(s.tables().stream()
                .map(y -> y.name().equals(t.name()) ? t : y).toList())).toList());
    }

    private static String renamedTable(List<Change> changes, String schema, String table) {
        for (Change c : changes) {
            if (c instanceof Change.RenameTable r && r.schema().equals(schema) && r.from().name().equals(table)) {
                return r.to().name();
            }
        }
        return table;
    }

    /** {schema, table, column or null}, or a one-line error naming the rename. */
    private static String[] resolve(Realm realm, DiffOptions.Rename r) {
        List<String> p = r.path();
        String schema;
        String table;
        String column = null;
        if (p.size() == 3) {
            schema = p.get(0);
            table = p.get(1);
            column = p.get(2);
        } else if (p.size() == 2 && realm.schema(p.get(0)).flatMap(s -> s.table(p.get(1))).isPresent()) {
            schema = p.get(0);
            table = p.get(1);
        } else {
            if (realm.schemas().size() != 1) {
                throw new IllegalArgumentException("rename \"" + r + "\": name the schema, the current side has "
                        + realm.schemas().size() + " schemas");
            }
            schema = realm.schemas().get(0).name();
            table = p.get(0);
            column = p.size() == 2 ? p.get(1) : null;
        }
        Schema s = realm.schema(schema).orElse(null);
        if (s == null || s.table(table).isEmpty()) {
            throw new IllegalArgumentException("rename \"" + r + "\": no table \"" + schema + "." + table + "\"");
        }
        return new String[] {schema, table, column};
    }
}
