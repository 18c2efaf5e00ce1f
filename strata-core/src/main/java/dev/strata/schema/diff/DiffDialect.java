package dev.strata.schema.diff;

import dev.strata.schema.Column;
import dev.strata.schema.DefaultValue;
import dev.strata.schema.Index;
import dev.strata.schema.Table;

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
}
