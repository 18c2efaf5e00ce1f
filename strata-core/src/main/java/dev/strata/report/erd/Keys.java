package dev.strata.report.erd;

import dev.strata.schema.ForeignKey;
import dev.strata.schema.Index;
import dev.strata.schema.IndexPart;
import dev.strata.schema.Table;
import dev.strata.schema.UniqueConstraint;

import java.util.List;

/** What the diagrams ask of a table's keys: which columns a row is unique by, which are foreign. */
final class Keys {

    private Keys() {
    }

    /**
     * Whether the columns, in this order, are the table's primary key or a unique index (or
     * PostgreSQL UNIQUE constraint, which Atlas models as a unique index): Atlas's {@code hasU}.
     */
    static boolean unique(Table t, List<String> columns) {
        if (t.primaryKey() != null && sameColumns(t.primaryKey().parts(), columns)) {
            return true;
        }
        for (Index i : t.indexes()) {
            if (i.unique() && sameColumns(i.parts(), columns)) {
                return true;
            }
        }
        for (UniqueConstraint u : t.uniques()) {
            if (u.columns().equals(columns)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameColumns(List<IndexPart> parts, List<String> columns) {
        if (parts.size() != columns.size()) {
            return false;
        }
        for (int i = 0; i < parts.size(); i++) {
            if (!columns.get(i).equals(parts.get(i).column())) {
                return false;
            }
        }
        return true;
    }

    static boolean inPrimaryKey(Table t, String column) {
        return t.primaryKey() != null && t.primaryKey().parts().stream().anyMatch(p -> column.equals(p.column()));
    }

    static boolean inForeignKey(Table t, String column) {
        for (ForeignKey fk : t.foreignKeys()) {
            if (fk.columns().contains(column)) {
                return true;
            }
        }
        return false;
    }
}
