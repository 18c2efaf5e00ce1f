package dev.strata.schema.hcl;

import dev.strata.schema.Check;
import dev.strata.schema.Column;
import dev.strata.schema.ColumnType;
import dev.strata.schema.DefaultValue;
import dev.strata.schema.DialectAttr;
import dev.strata.schema.ForeignKey;
import dev.strata.schema.Index;
import dev.strata.schema.IndexPart;
import dev.strata.schema.Partitioning;
import dev.strata.schema.PrimaryKey;
import dev.strata.schema.Table;
import dev.strata.schema.TableRef;
import dev.strata.schema.TypeNames;
import dev.strata.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Prints a table in Atlas's layout: {@code schema} and the table's attributes, then its columns,
 * primary key, foreign keys, indexes and checks, then PostgreSQL's {@code unique} and
 * {@code partition} blocks, then options Atlas prints last (SQLite's {@code without_rowid}).
 */
final class TablePrinter {

    /** Index methods Atlas prints as bare words; any other prints as a string. */
    private static final Set<String> INDEX_TYPES = Set.of("BTREE", "BRIN", "HASH", "GIN", "GIST", "SPGIST", "FULLTEXT",
            "SPATIAL", "RTREE");

    private final TypeNames types;
    private final Labels labels;

    TablePrinter(TypeNames types, Labels labels) {
        this.types = types;
        this.labels = labels;
    }

    void table(HclWriter.Body doc, String schema, Table t) {
        HclWriter.Body b = doc.block("table", labels.labels("table", schema, t.name()));
        b.attr("schema", Labels.schemaRef(schema));
        b.text("comment", t.comment());
        b.text("charset", t.charset());
        b.text("collate", t.collation());
        attrs(b, t.attrs(), false);
        for (Column c : t.columns()) {
            column(b.block("column", c.name()), c, schema);
        }
        if (t.primaryKey() != null) {
            primaryKey(b, t.primaryKey());
        }
        for (ForeignKey fk : t.foreignKeys()) {
            foreignKey(b, schema, t.name(), fk);
        }
        for (Index i : t.indexes()) {
            index(b.block("index", i.name()), i);
        }
        for (Check c : t.checks()) {
            check(b, c);
        }
        for (UniqueConstraint u : t.uniques()) {
            unique(b.block("unique", u.name()), u);
        }
        if (t.partitioning() != null) {
            partition(b.block("partition"), schema, t.partitioning());
        }
        if (t.rowSecurity().enabled() || t.rowSecurity().forced()) {
            HclWriter.Body rs = b.block("row_security");
            rs.attr("enabled", HclTokens.bool(t.rowSecurity().enabled()));
            if (t.rowSecurity().forced()) {
                rs.attr("enforced", "true");
            }
        }
        attrs(b, t.attrs(), true);
    }

    /** A column block's body, also for views and composite fields. */
    void column(HclWriter.Body b, Column c, String schema) {
        b.attr("null", HclTokens.bool(c.nullable()));
        b.attr("type", type(c.type()));
        if (c.defaultValue() != null) {
            b.attr("default", defaultValue(c.defaultValue()));
        }
        TypeNames.Spelling spelling = c.type().userType() == null ? types.spell(c.type()) : null;
        if (spelling != null && spelling.unsigned()) {
            b.attr("unsigned", "true");
        }
        b.text("comment", c.comment());
        b.text("charset", c.charset());
        b.text("collate", c.collation());
        attrs(b, c.attrs(), false);
        if (c.autoIncrement()) {
            b.attr("auto_increment", "true");
        }
        if (c.identity() != null) {
            HclWriter.Body id = b.block("identity");
            id.attr("generated", c.identity().generation().name());
            if (c.identity().start() != 1) {
                id.attr("start", String.valueOf(c.identity().start()));
            }
            if (c.identity().increment() != 1) {
                id.attr("increment", String.valueOf(c.identity().increment()));
            }
        }
        if (c.generated() != null) {
            HclWriter.Body as = b.block("as");
            as.attr("expr", HclTokens.string(c.generated().expr()));
            as.attr("type", c.generated().storage().name());
        }
        attrs(b, c.attrs(), true);
    }

    /** A type: its HCL name, a reference to a user-defined type, or {@code sql("...")}. */
    String type(ColumnType t) {
        if (t.userType() != null) {
            String block = switch (t.kind()) {
                case ENUM -> "enum";
                case DOMAIN -> "domain";
                case COMPOSITE -> "composite";
                default -> null;
            };
            if (block != null) {
                return labels.ref(block, t.userType().schema(), t.userType().name());
            }
        }
        TypeNames.Spelling s = types.spell(t);
        if (s == null) {
            return HclTokens.sql(t.raw());
        }
        if (s.args().isEmpty()) {
            return s.name();
        }
        List<String> args = new ArrayList<>();
        for (Object a : s.args()) {
            args.add(a instanceof String str ? HclTokens.string(str) : String.valueOf(a));
        }
        return s.name() + "(" + String.join(",", args) + ")";
    }

    static String defaultValue(DefaultValue d) {
        if (d instanceof DefaultValue.StringLiteral s) {
            return HclTokens.string(s.value());
        }
        if (d instanceof DefaultValue.NumberLiteral n) {
            return n.value();
        }
        if (d instanceof DefaultValue.BoolLiteral b) {
            return HclTokens.bool(b.value());
        }
        return HclTokens.sql(((DefaultValue.Expression) d).sql());
    }

    /** Dialect attributes, those printed first or those printed last. */
    static void attrs(HclWriter.Body b, List<DialectAttr> attrs, boolean trailing) {
        for (DialectAttr a : attrs) {
            if (a.trailing() == trailing) {
                b.attr(a.key(), attrValue(a.value()));
            }
        }
    }

    static String attrValue(Object v) {
        if (v instanceof DialectAttr.Word w) {
            return w.word();
        }
        if (v instanceof DialectAttr.Sql s) {
            return HclTokens.sql(s.sql());
        }
        if (v instanceof String s) {
            return HclTokens.string(s);
        }
        return String.valueOf(v);
    }

    private void primaryKey(HclWriter.Body table, PrimaryKey pk) {
        HclWriter.Body b = pk.name() == null ? table.block("primary_key") : table.block("primary_key", pk.name());
        boolean plain = parts(b, pk.parts());
        b.text("comment", pk.comment());
        if (!pk.include().isEmpty()) {
            b.attr("include", Labels.columns(null, pk.include()));
        }
        attrs(b, pk.attrs(), false);
        if (!plain) {
            partBlocks(b, pk.parts());
        }
    }

    private void foreignKey(HclWriter.Body table, String schema, String tableName, ForeignKey fk) {
        HclWriter.Body b = fk.name() == null ? table.block("foreign_key") : table.block("foreign_key", fk.name());
        b.attr("columns", Labels.columns(null, fk.columns()));
        TableRef ref = fk.refTable();
        boolean self = ref.schema().equals(schema) && ref.name().equals(tableName);
        b.attr("ref_columns", Labels.columns(self ? null : labels.ref("table", ref.schema(), ref.name()),
                fk.refColumns()));
        b.attr("on_update", fk.onUpdate().name());
        b.attr("on_delete", fk.onDelete().name());
        switch (fk.deferrable()) {
            case INITIALLY_IMMEDIATE -> b.attr("deferrable", "true");
            case INITIALLY_DEFERRED -> b.attr("deferrable", "true").attr("initially_deferred", "true");
            default -> {
            }
        }
        attrs(b, fk.attrs(), false);
    }

    /** An index block's body; materialized views use it too. */
    void index(HclWriter.Body b, Index i) {
        if (i.unique()) {
            b.attr("unique", "true");
        }
        boolean plain = parts(b, i.parts());
        b.text("comment", i.comment());
        if (i.type() != null) {
            b.attr("type", INDEX_TYPES.contains(i.type()) ? i.type() : HclTokens.string(i.type()));
        }
        b.text("where", i.where());
        if (i.nullsNotDistinct()) {
            b.attr("nulls_distinct", "false");
        }
        if (!i.include().isEmpty()) {
            b.attr("include", Labels.columns(null, i.include()));
        }
        attrs(b, i.attrs(), false);
        if (!plain) {
            partBlocks(b, i.parts());
        }
    }

    /** Prints {@code columns = [...]} when every part is a plain column, and says so. */
    private static boolean parts(HclWriter.Body b, List<IndexPart> parts) {
        if (parts.stream().allMatch(IndexPart::isPlainColumn)) {
            b.attr("columns", Labels.columns(null, parts.stream().map(IndexPart::column).toList()));
            return true;
        }
        return false;
    }

    private static void partBlocks(HclWriter.Body b, List<IndexPart> parts) {
        for (IndexPart p : parts) {
            HclWriter.Body on = b.block("on");
            if (p.desc()) {
                on.attr("desc", "true");
            }
            if (p.column() != null) {
                on.attr("column", Labels.columnRef(p.column()));
            } else {
                on.attr("expr", HclTokens.string(p.expr()));
            }
            on.text("collate", p.collation());
            if (p.opClass() != null) {
                on.attr("ops", p.opClass().matches("[a-z_][a-z0-9_]*") ? p.opClass() : HclTokens.sql(p.opClass()));
            }
            if (p.nulls() == IndexPart.Nulls.FIRST) {
                on.attr("nulls_first", "true");
            } else if (p.nulls() == IndexPart.Nulls.LAST) {
                on.attr("nulls_last", "true");
            }
            if (p.prefix() != null) {
                on.attr("prefix", String.valueOf(p.prefix()));
            }
        }
    }

    private static void check(HclWriter.Body table, Check c) {
        HclWriter.Body b = c.name() == null ? table.block("check") : table.block("check", c.name());
        b.attr("expr", HclTokens.string(c.expr()));
        if (c.noInherit()) {
            b.attr("no_inherit", "true");
        }
        if (!c.enforced()) {
            b.attr("enforced", "false");
        }
    }

    private static void unique(HclWriter.Body b, UniqueConstraint u) {
        b.attr("columns", Labels.columns(null, u.columns()));
        b.text("comment", u.comment());
        if (u.nullsNotDistinct()) {
            b.attr("nulls_distinct", "false");
        }
        if (!u.include().isEmpty()) {
            b.attr("include", Labels.columns(null, u.include()));
        }
        switch (u.deferrable()) {
            case INITIALLY_IMMEDIATE -> b.attr("deferrable", "true");
            case INITIALLY_DEFERRED -> b.attr("deferrable", "true").attr("initially_deferred", "true");
            default -> {
            }
        }
    }

    private static void partition(HclWriter.Body b, String schema, Partitioning p) {
        b.attr("type", p.strategy().name());
        if (p.key().stream().allMatch(k -> k.column() != null)) {
            b.attr("columns", Labels.columns(null, p.key().stream().map(Partitioning.KeyPart::column).toList()));
        } else {
            for (Partitioning.KeyPart k : p.key()) {
                HclWriter.Body by = b.block("by");
                if (k.column() != null) {
                    by.attr("column", Labels.columnRef(k.column()));
                } else {
                    by.attr("expr", HclTokens.string(k.expr()));
                }
            }
        }
        for (Partitioning.Partition part : p.partitions()) {
            HclWriter.Body pb = b.block("partition", part.name());
            if (part.schema() != null && !part.schema().equals(schema)) {
                pb.attr("schema", Labels.schemaRef(part.schema()));
            }
            pb.attr("bound", HclTokens.string(part.bound()));
        }
    }
}
