package dev.strata.lint;

import dev.strata.schema.Change;
import dev.strata.schema.Column;
import dev.strata.schema.Index;
import dev.strata.schema.IndexPart;
import dev.strata.schema.TableChange;
import dev.strata.schema.TypeKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * MF101–MF104, LT101 and MY101: changes that succeed or fail, or change rows, depending on the data
 * already in the table. Quiet on tables and columns created earlier in the same file.
 */
public final class DataDependent implements Analyzer {

    public String name() {
        return "data_depend";
    }

    public String heading() {
        return "data dependent changes detected";
    }

    public boolean errorByDefault() {
        return false;
    }

    public List<Diagnostic> analyze(FileChanges file) {
        List<Diagnostic> out = new ArrayList<>();
        for (int i = 0; i < file.statements().size(); i++) {
            StatementChanges s = file.statements().get(i);
            for (Change c : s.changes()) {
                if (c instanceof Change.ModifyTable m && !file.tableCreatedBefore(i, m.schema(), m.from().name())) {
                    table(file, i, m, out);
                }
            }
        }
        return out;
    }

    private static void table(FileChanges file, int i, Change.ModifyTable m, List<Diagnostic> out) {
        int line = file.statements().get(i).statement().line();
        String t = m.to().name();
        for (TableChange tc : m.changes()) {
            if (tc instanceof TableChange.AddIndex a && a.index().unique() && !replacesUnique(m, a.index())) {
                List<String> cols = existingColumns(file, i, m, a.index().parts().stream()
                        .map(IndexPart::column).filter(Objects::nonNull).toList());
                if (!cols.isEmpty()) {
                    out.add(new Diagnostic("MF101", line, uniqueText(a.index().name(), t, cols)));
                }
            } else if (tc instanceof TableChange.AddUnique u) {
                List<String> cols = existingColumns(file, i, m, u.unique().columns());
                if (!cols.isEmpty()) {
                    out.add(new Diagnostic("MF101", line, uniqueText(u.unique().name(), t, cols)));
                }
            } else if (tc instanceof TableChange.ModifyIndex mi && mi.to().unique() && !mi.from().unique()) {
                out.add(new Diagnostic("MF102", line, "Modifying an index " + Destructive.q(mi.to().name()) + " on table "
                        + Destructive.q(t) + " might fail in case of duplicate entries"));
            } else if (tc instanceof TableChange.AddColumn a && needsValue(a.column())) {
                addNotNull(file.dialect(), line, t, a.column(), out);
            } else if (tc instanceof TableChange.ModifyColumn mc && mc.what().contains(TableChange.ColumnChange.NULL)
                    && mc.from().nullable() && !mc.to().nullable()
                    && !file.columnCreatedBefore(i, m.schema(), t, mc.to().name())
                    && !Backfill.before(file, i, t, mc.to().name())) {
                if (file.dialect().startsWith("sqlite")) {
                    if (mc.to().defaultValue() == null) {
                        out.add(new Diagnostic("LT101", line, "Modifying nullable column " + Destructive.q(mc.to().name())
                                + " to non-nullable without default value might fail in case it contains NULL values"));
                    }
                } else {
                    out.add(new Diagnostic("MF104", line, "Modifying nullable column " + Destructive.q(mc.to().name())
                            + " to non-nullable might fail in case it contains NULL values",
                            List.of("Backfill the NULL values with an UPDATE before the change, or add a CHECK ("
                                    + mc.to().name() + " IS NOT NULL) NOT VALID constraint and validate it first")));
                }
            }
        }
    }

    private static String uniqueText(String index, String table, List<String> cols) {
        return "Adding a unique index " + Destructive.q(index) + " on table " + Destructive.q(table)
                + " might fail in case " + (cols.size() == 1 ? "column " + Words.commas(cols) + " contains"
                : "columns " + Words.commas(cols) + " contain") + " duplicate entries";
    }

    /** The index's columns that existed before this file (a unique index on new columns is safe). */
    private static List<String> existingColumns(FileChanges file, int i, Change.ModifyTable m, List<String> cols) {
        boolean anyOld = cols.stream().anyMatch(c -> !file.columnCreatedBefore(i, m.schema(), m.from().name(), c)
                && m.from().column(c).isPresent());
        return anyOld ? cols : List.of();
    }

    /** A unique index that replaces a dropped unique index on the same parts (a rename or a rebuild). */
    private static boolean replacesUnique(Change.ModifyTable m, Index added) {
        for (TableChange tc : m.changes()) {
            if (tc instanceof TableChange.DropIndex d && d.index().unique() && d.index().parts().equals(added.parts())) {
                return true;
            }
        }
        return false;
    }

    private static boolean needsValue(Column c) {
        return !c.nullable() && c.defaultValue() == null && c.generated() == null && c.identity() == null
                && !c.autoIncrement();
    }

    private static void addNotNull(String dialect, int line, String table, Column c, List<Diagnostic> out) {
        if (dialect.equals("mysql") || dialect.equals("mariadb")) {
            String implicit = MysqlImplicit.value(dialect, c);
            if (implicit != null) {
                out.add(new Diagnostic("MY101", line, "Adding a non-nullable " + Destructive.q(c.type().raw())
                        + " column " + Destructive.q(c.name()) + " on table " + Destructive.q(table)
                        + " without a default value implicitly sets existing rows with " + implicit));
                return;
            }
            if (c.type().kind() != TypeKind.TIME && c.type().kind() != TypeKind.SPATIAL) {
                return;
            }
        }
        out.add(new Diagnostic("MF103", line, "Adding a non-nullable " + Destructive.q(c.type().raw()) + " column "
                + Destructive.q(c.name()) + " will fail in case table " + Destructive.q(table) + " is not empty",
                List.of("Add the column with a DEFAULT, or as nullable, backfill it, then set NOT NULL")));
    }
}
