package dev.strata.lint;

import dev.strata.migrate.MigrationFile;
import dev.strata.schema.Change;
import dev.strata.schema.Column;
import dev.strata.schema.ForeignKey;
import dev.strata.schema.TableChange;

import java.util.List;

/**
 * A new migration file after its replay: each statement with its changes, and the dialect of the dev
 * database. Answers Atlas's "span" questions: whether an object was created earlier in the same file,
 * which is what keeps analyzers quiet about tables and columns that hold no data yet.
 *
 * @param file       the file
 * @param dialect    the dev database's dialect name ({@code postgres}, {@code mysql}, {@code mariadb}, {@code sqlite3})
 * @param statements the statements in file order
 */
public record FileChanges(MigrationFile file, String dialect, List<StatementChanges> statements) {

    public FileChanges {
        statements = List.copyOf(statements);
    }

    /** One change to a table that existed before the statement making it (so it may hold rows). */
    public record ExistingTableChange(int index, StatementChanges statement, Change.ModifyTable table, TableChange change) {
    }

    /** The changes the file's statements make to tables it did not create, in statement order. */
    public List<ExistingTableChange> existingTableChanges() {
        List<ExistingTableChange> out = new java.util.ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            StatementChanges s = statements.get(i);
            for (Change c : s.changes()) {
                if (c instanceof Change.ModifyTable m && !tableCreatedBefore(i, m.schema(), m.from().name())) {
                    for (TableChange tc : m.changes()) {
                        out.add(new ExistingTableChange(i, s, m, tc));
                    }
                }
            }
        }
        return out;
    }

    /** Whether a statement before {@code index} created the table. */
    public boolean tableCreatedBefore(int index, String schema, String table) {
        for (int i = 0; i < index && i < statements.size(); i++) {
            for (Change c : statements.get(i).changes()) {
                if (c instanceof Change.AddTable a && same(a.schema(), schema) && a.table().name().equals(table)) {
                    return true;
                }
                if (c instanceof Change.AddSchema s && same(s.created().name(), schema)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a statement before {@code index} created the schema. */
    public boolean schemaCreatedBefore(int index, String schema) {
        for (int i = 0; i < index && i < statements.size(); i++) {
            for (Change c : statements.get(i).changes()) {
                if (c instanceof Change.AddSchema s && same(s.created().name(), schema)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the schema is dropped anywhere in the file. */
    public boolean schemaDropped(String schema) {
        for (StatementChanges s : statements) {
            for (Change c : s.changes()) {
                if (c instanceof Change.DropSchema d && same(d.dropped().name(), schema)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a statement before {@code index} created the column, with its table or alone. */
    public boolean columnCreatedBefore(int index, String schema, String table, String column) {
        if (tableCreatedBefore(index, schema, table)) {
            return true;
        }
        for (int i = 0; i < index && i < statements.size(); i++) {
            for (Change c : statements.get(i).changes()) {
                if (c instanceof Change.ModifyTable m && same(m.schema(), schema) && m.to().name().equals(table)) {
                    for (TableChange tc : m.changes()) {
                        if (tc instanceof TableChange.AddColumn a && a.column().name().equals(column)) {
                            return true;
                        }
                        if (tc instanceof TableChange.RenameColumn r && r.to().name().equals(column)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /** Whether a statement before {@code index} added the foreign key (or its table). */
    public boolean foreignKeyAddedBefore(int index, String schema, String table, ForeignKey fk) {
        if (tableCreatedBefore(index, schema, table)) {
            return true;
        }
        for (int i = 0; i < index && i < statements.size(); i++) {
            for (Change c : statements.get(i).changes()) {
                if (c instanceof Change.ModifyTable m && same(m.schema(), schema) && m.to().name().equals(table)) {
                    for (TableChange tc : m.changes()) {
                        if (tc instanceof TableChange.AddForeignKey a && a.key().name().equals(fk.name())) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /** Whether a statement after {@code index} adds back a column of that name to the table. */
    public boolean columnAddedAfter(int index, String schema, String table, String column) {
        for (int i = index + 1; i < statements.size(); i++) {
            for (Change c : statements.get(i).changes()) {
                if (c instanceof Change.ModifyTable m && same(m.schema(), schema) && m.to().name().equals(table)) {
                    for (TableChange tc : m.changes()) {
                        if (tc instanceof TableChange.AddColumn a && a.column().name().equals(column)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /** The column of a table as the schema stood before statement {@code index}, if it existed. */
    public java.util.Optional<Column> columnBefore(int index, String schema, String table, String column) {
        return statements.get(index).before().schemas().stream().filter(s -> same(s.name(), schema)).findFirst()
                .flatMap(s -> s.table(table)).flatMap(t -> t.column(column));
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }
}
