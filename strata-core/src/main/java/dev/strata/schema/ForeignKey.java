package dev.strata.schema;

import java.util.List;

/**
 * A foreign key.
 *
 * @param name       the constraint's name; SQLite may have none (null)
 * @param columns    the referencing columns, in key order
 * @param refTable   the referenced table
 * @param refColumns the referenced columns, one per referencing column
 * @param onUpdate   ON UPDATE; NO ACTION when not given
 * @param onDelete   ON DELETE; NO ACTION when not given
 * @param deferrable whether and how it is deferrable
 * @param attrs      dialect-only attributes, sorted by key
 */
public record ForeignKey(String name, List<String> columns, TableRef refTable, List<String> refColumns,
                         ReferenceAction onUpdate, ReferenceAction onDelete, Deferrable deferrable,
                         List<DialectAttr> attrs) {

    public ForeignKey {
        name = Canon.text(name);
        columns = Canon.list(columns);
        refColumns = Canon.list(refColumns);
        if (refTable == null) {
            throw new IllegalArgumentException("foreign key \"" + name + "\" needs a referenced table");
        }
        if (columns.isEmpty() || columns.size() != refColumns.size()) {
            throw new IllegalArgumentException("foreign key \"" + name + "\" needs as many referenced columns ("
                    + refColumns.size() + ") as columns (" + columns.size() + ")");
        }
        onUpdate = onUpdate == null ? ReferenceAction.NO_ACTION : onUpdate;
        onDelete = onDelete == null ? ReferenceAction.NO_ACTION : onDelete;
        deferrable = deferrable == null ? Deferrable.NOT_DEFERRABLE : deferrable;
        attrs = DialectAttr.canonical(attrs);
    }

    public static ForeignKey of(String name, List<String> columns, TableRef refTable, List<String> refColumns) {
        return new ForeignKey(name, columns, refTable, refColumns, null, null, null, List.of());
    }

    public ForeignKey withOnUpdate(ReferenceAction a) {
        return new ForeignKey(name, columns, refTable, refColumns, a, onDelete, deferrable, attrs);
    }

    public ForeignKey withOnDelete(ReferenceAction a) {
        return new ForeignKey(name, columns, refTable, refColumns, onUpdate, a, deferrable, attrs);
    }

    public ForeignKey withDeferrable(Deferrable d) {
        return new ForeignKey(name, columns, refTable, refColumns, onUpdate, onDelete, d, attrs);
    }

    public ForeignKey withAttrs(List<DialectAttr> a) {
        return new ForeignKey(name, columns, refTable, refColumns, onUpdate, onDelete, deferrable, a);
    }
}
