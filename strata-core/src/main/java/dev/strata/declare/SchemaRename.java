package dev.strata.declare;

import dev.strata.schema.Column;
import dev.strata.schema.ColumnType;
import dev.strata.schema.ForeignKey;
import dev.strata.schema.Schema;
import dev.strata.schema.Table;
import dev.strata.schema.TableRef;
import dev.strata.schema.TypeRef;

import java.util.List;

/**
 * A schema under another name, with the references inside it that name it (foreign keys, columns of
 * its own enum and domain types) following. How two schemas bound to different names are compared
 * as one (Atlas blanks both names), and how a desired schema is created in the dev database's bound
 * schema and named back afterwards.
 */
final class SchemaRename {

    private SchemaRename() {
    }

    static Schema rename(Schema s, String to) {
        if (s.name().equals(to)) {
            return s;
        }
        String from = s.name();
        List<Table> tables = s.tables().stream().map(t -> table(t, from, to)).toList();
        return new Schema(to, s.comment(), s.charset(), s.collation(), tables, s.views(), s.routines(), s.triggers(),
                s.sequences(), s.types(), s.attrs());
    }

    private static Table table(Table t, String from, String to) {
        List<Column> columns = t.columns().stream().map(c -> c.withType(type(c.type(), from, to))).toList();
        List<ForeignKey> fks = t.foreignKeys().stream().map(fk -> fk.refTable().schema().equals(from)
                ? new ForeignKey(fk.name(), fk.columns(), new TableRef(to, fk.refTable().name()), fk.refColumns(),
                fk.onUpdate(), fk.onDelete(), fk.deferrable(), fk.attrs()) : fk).toList();
        return t.withColumns(columns).withForeignKeys(fks);
    }

    private static ColumnType type(ColumnType t, String from, String to) {
        ColumnType out = t;
        if (t.element() != null) {
            out = out.withElement(type(t.element(), from, to));
        }
        if (t.userType() != null && t.userType().schema() != null && t.userType().schema().equals(from)) {
            out = out.withUserType(new TypeRef(to, t.userType().name()));
        }
        return out;
    }
}
