package dev.strata.schema.diff;

import dev.strata.schema.Column;
import dev.strata.schema.ColumnType;
import dev.strata.schema.DefaultValue;
import dev.strata.schema.Index;
import dev.strata.schema.Table;
import dev.strata.schema.TypeKind;

import java.util.Objects;

/**
 * What the generic differ asks a dialect: Atlas's {@code DiffDriver} hooks. The walk over realm,
 * schemas and tables is the differ's; what counts as the same type, the same default or a name the
 * database made up is the dialect's. One implementation per dialect ({@code PostgresDiff}, ...).
 * The defaults compare the model's normal form as it is.
 */
public interface DiffDialect {

    /** Whether two column types are the same for this database (PostgreSQL: canonical spelling; SQLite: affinity). */
    default boolean sameType(Column from, Column to) {
        return from.type().equals(to.type());
    }

    /** Whether two defaults are the same (PostgreSQL may ask the database: {@code SELECT a = b}). */
    default boolean sameDefault(Column from, Column to) {
        DefaultValue a = from.defaultValue();
        DefaultValue b = to.defaultValue();
        return a == null ? b == null : a.equals(b);
    }

    /**
     * Whether an index of the current table with a name the database generated stands for an index
     * of the desired table that has no name of its own (Atlas keeps such an index rather than dropping
     * and re-creating it).
     */
    default boolean generatedName(Table table, Index index) {
        return false;
    }

    /**
     * The table as the database holds it after {@code ALTER TABLE ... RENAME TO newName}: by default
     * only its name changes. A database that keeps names derived from the old one says so here
     * (PostgreSQL keeps the primary key's {@code <old>_pkey}, which then is no longer the default
     * name), so the differ plans the rest of the way to the desired table in the same run.
     */
    default Table renamed(Table table, String newName) {
        return table.withName(newName);
    }

    /**
     * Whether changing a column's type from {@code from} to {@code to} may lose data (a value that
     * no longer fits, is cut or rounded): what makes a type change destructive. The default is
     * conservative: only the same type, or the same family and name with a size, precision and
     * scale that do not shrink, is safe. A dialect knows more ({@code integer} to {@code bigint}).
     */
    default boolean narrows(Column from, Column to) {
        ColumnType a = from.type();
        ColumnType b = to.type();
        if (a.equals(b)) {
            return false;
        }
        if (a.kind() != b.kind() || !base(a.raw()).equals(base(b.raw())) || a.unsigned() != b.unsigned()
                || !Objects.equals(a.element(), b.element()) || !Objects.equals(a.userType(), b.userType())
                || a.kind() == TypeKind.ENUM || a.kind() == TypeKind.SET) {
            return true;
        }
        return shrinks(a.size(), b.size()) || shrinks(a.precision(), b.precision()) || shrinks(a.scale(), b.scale())
                || a.precision() != null && b.precision() != null && a.scale() != null && b.scale() != null
                && a.precision() - a.scale() > b.precision() - b.scale();
    }

    private static String base(String raw) {
        int paren = raw.indexOf('(');
        return (paren < 0 ? raw : raw.substring(0, paren) + raw.substring(raw.lastIndexOf(')') + 1)).strip();
    }

    /** No bound is the largest; a bound that appears or gets smaller shrinks. */
    private static boolean shrinks(Integer from, Integer to) {
        if (to == null) {
            return false;
        }
        return from == null || to < from;
    }
}
