package dev.strata.dialect.mysql;

import dev.strata.schema.Check;
import dev.strata.schema.Column;
import dev.strata.schema.DialectAttr;
import dev.strata.schema.ForeignKey;
import dev.strata.schema.Index;
import dev.strata.schema.IndexPart;
import dev.strata.schema.PrimaryKey;
import dev.strata.schema.ReferenceAction;
import dev.strata.schema.Table;
import dev.strata.schema.TableRef;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A table while the inspector's batched queries fill it in: rows of one query arrive for many
 * tables, so each table collects its parts here and becomes an immutable {@link Table} at the end.
 */
final class MySqlDraft {

    final String schema;
    final String name;
    final String charset;
    final String collation;
    final String comment;
    final List<DialectAttr> attrs;
    final List<Column> columns = new ArrayList<>();
    final Map<String, IndexDraft> indexes = new LinkedHashMap<>();
    final Map<String, FkDraft> fks = new LinkedHashMap<>();
    final List<Check> checks = new ArrayList<>();

    MySqlDraft(String schema, String name, String charset, String collation, String comment,
               List<DialectAttr> attrs) {
        this.schema = schema;
        this.name = name;
        this.charset = charset;
        this.collation = collation;
        this.comment = comment;
        this.attrs = attrs;
    }

    /** An index (or the primary key) as its rows arrive, one per part. */
    static final class IndexDraft {
        final String name;
        final boolean unique;
        final String type;
        final String comment;
        final List<IndexPart> parts = new ArrayList<>();

        IndexDraft(String name, boolean unique, String type, String comment) {
            this.name = name;
            this.unique = unique;
            this.type = type;
            this.comment = comment;
        }
    }

    /** A foreign key as its rows arrive, one per column. */
    static final class FkDraft {
        final String name;
        final String refSchema;
        final String refTable;
        final String onUpdate;
        final String onDelete;
        final List<String> columns = new ArrayList<>();
        final List<String> refColumns = new ArrayList<>();

        FkDraft(String name, String refSchema, String refTable, String onUpdate, String onDelete) {
            this.name = name;
            this.refSchema = refSchema;
            this.refTable = refTable;
            this.onUpdate = onUpdate;
            this.onDelete = onDelete;
        }
    }

    Column column(String columnName) {
        for (Column c : columns) {
            if (c.name().equals(columnName)) {
                return c;
            }
        }
        return null;
    }

    void replaceColumn(Column c) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(c.name())) {
                columns.set(i, c);
            }
        }
    }

    Table build() {
        PrimaryKey pk = null;
        List<Index> idx = new ArrayList<>();
        for (IndexDraft d : indexes.values()) {
            if (d.name.equals("PRIMARY")) {
                List<DialectAttr> a = d.type == null ? List.of() : List.of(new MySqlAttrs.PrimaryKeyType(d.type));
                pk = new PrimaryKey(null, d.parts, List.of(), d.comment, a);
            } else {
                idx.add(new Index(d.name, d.unique, d.parts, d.type, null, List.of(), false, d.comment, List.of()));
            }
        }
        List<ForeignKey> keys = new ArrayList<>();
        for (FkDraft f : fks.values()) {
            keys.add(ForeignKey.of(f.name, f.columns, new TableRef(f.refSchema, f.refTable),
                    f.refColumns).withOnUpdate(action(f.onUpdate)).withOnDelete(action(f.onDelete)));
        }
        return new Table(name, columns, pk, List.of(), idx, keys, checks, comment, charset, collation, null, null,
                List.of(), attrs);
    }

    /**
     * RESTRICT is what MySQL reports for an action not given, and it means NO ACTION there (InnoDB
     * checks both at once), so both are the model's NO ACTION, as Atlas's differ treats them.
     */
    static ReferenceAction action(String rule) {
        ReferenceAction a = ReferenceAction.of(rule);
        return a == ReferenceAction.RESTRICT ? ReferenceAction.NO_ACTION : a;
    }
}
