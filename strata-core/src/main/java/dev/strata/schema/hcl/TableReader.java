package dev.strata.schema.hcl;

import dev.strata.config.HclAttribute;
import dev.strata.config.HclBlock;
import dev.strata.config.HclRef;
import dev.strata.config.HclSql;
import dev.strata.config.HclWord;
import dev.strata.schema.AttrTarget;
import dev.strata.schema.Check;
import dev.strata.schema.Column;
import dev.strata.schema.Deferrable;
import dev.strata.schema.ForeignKey;
import dev.strata.schema.Index;
import dev.strata.schema.IndexPart;
import dev.strata.schema.Partitioning;
import dev.strata.schema.PrimaryKey;
import dev.strata.schema.ReferenceAction;
import dev.strata.schema.RowSecurity;
import dev.strata.schema.Table;
import dev.strata.schema.TableRef;
import dev.strata.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;

/** Reads a {@code table} block: columns, keys, indexes, checks and PostgreSQL's extras. */
final class TableReader {

    private final HclReader reader;
    private final ColumnReader columns;

    TableReader(HclReader reader) {
        this.reader = reader;
        this.columns = new ColumnReader(reader);
    }

    Table table(HclBlock b, String schema) {
        Fields f = new Fields(b);
        f.attribute("schema");
        f.attribute("depends_on");
        List<Column> columns = new ArrayList<>();
        for (HclBlock c : f.blocks("column")) {
            columns.add(this.columns.column(c, schema));
        }
        Table t;
        try {
            t = Table.of(b.name(), columns);
        } catch (IllegalArgumentException e) {
            throw f.error(e.getMessage());
        }
        HclBlock pk = f.single("primary_key");
        if (pk != null) {
            t = t.withPrimaryKey(primaryKey(pk, b));
        }
        List<Index> indexes = new ArrayList<>();
        for (HclBlock i : f.blocks("index")) {
            indexes.add(index(i, b));
        }
        List<ForeignKey> fks = new ArrayList<>();
        for (HclBlock fk : f.blocks("foreign_key")) {
            fks.add(foreignKey(fk, b, schema));
        }
        List<Check> checks = new ArrayList<>();
        for (HclBlock c : f.blocks("check")) {
            checks.add(check(c));
        }
        List<UniqueConstraint> uniques = new ArrayList<>();
        for (HclBlock u : f.blocks("unique")) {
            uniques.add(unique(u, b));
        }
        HclBlock partition = f.single("partition");
        if (partition != null) {
            t = t.withPartitioning(partition(partition, b, schema));
        }
        HclBlock rls = f.single("row_security");
        if (rls != null) {
            Fields r = new Fields(rls);
            t = t.withRowSecurity(new RowSecurity(r.bool("enabled", false), r.bool("enforced", false)));
            r.noOtherAttributes();
            r.noOtherBlocks();
        }
        t = t.withIndexes(indexes).withForeignKeys(fks).withChecks(checks).withUniques(uniques)
                .withComment(f.string("comment")).withCharset(f.string("charset"))
                .withCollation(ColumnReader.collation(f));
        return t.withAttrs(reader.dialectAttrs(f, AttrTarget.TABLE));
    }

    /** The name of the column a reference names, which must be a column of {@code table}. */
    static String column(HclRef ref, HclBlock table, Fields f, HclAttribute at) {
        HclRef.Step last = ref.target();
        boolean here = ref.steps().size() == 2 && ref.steps().get(0).type().equals(table.type())
                && ref.steps().get(0).labels().equals(table.labels()) && last.type().equals("column");
        if (!here) {
            throw f.error(at, "expected a column of " + table.type() + " \"" + table.name() + "\" (column.NAME), not "
                    + ref);
        }
        return last.name();
    }

    static List<String> columns(Fields f, String name, HclBlock table) {
        HclAttribute a = f.attribute(name);
        List<String> out = new ArrayList<>();
        for (HclRef r : f.refs(name)) {
            out.add(column(r, table, f, a));
        }
        return out;
    }

    private PrimaryKey primaryKey(HclBlock b, HclBlock table) {
        Fields f = new Fields(b);
        PrimaryKey pk;
        try {
            pk = PrimaryKey.of(parts(f, table)).withName(b.name()).withInclude(columns(f, "include", table))
                    .withComment(f.string("comment"));
        } catch (IllegalArgumentException e) {
            throw f.error(e.getMessage());
        }
        return pk.withAttrs(reader.dialectAttrs(f, AttrTarget.PRIMARY_KEY));
    }

    /** An index block, also of materialized views. */
    Index index(HclBlock b, HclBlock table) {
        Fields f = new Fields(b);
        Index i;
        try {
            i = Index.of(b.name(), parts(f, table)).withUnique(f.bool("unique", false))
                    .withComment(f.string("comment")).withType(f.word("type")).withWhere(f.string("where"))
                    .withNullsNotDistinct(!f.bool("nulls_distinct", true)).withInclude(columns(f, "include", table));
        } catch (IllegalArgumentException e) {
            throw f.error(e.getMessage());
        }
        return i.withAttrs(reader.dialectAttrs(f, AttrTarget.INDEX));
    }

    /** The key parts: {@code columns = [...]} or {@code on} blocks, not both. */
    private static List<IndexPart> parts(Fields f, HclBlock table) {
        List<String> columns = columns(f, "columns", table);
        List<HclBlock> on = f.blocks("on");
        if (!columns.isEmpty() && !on.isEmpty()) {
            throw f.error("use \"columns\" or \"on\" blocks, not both");
        }
        if (columns.isEmpty() && on.isEmpty()) {
            throw f.error("missing \"columns\" or \"on\" blocks");
        }
        List<IndexPart> parts = new ArrayList<>();
        for (String c : columns) {
            parts.add(IndexPart.column(c));
        }
        for (HclBlock p : on) {
            parts.add(part(p, table));
        }
        return parts;
    }

    private static IndexPart part(HclBlock b, HclBlock table) {
        Fields f = new Fields(b);
        HclRef col = f.ref("column");
        String expr = f.string("expr");
        if ((col == null) == (expr == null)) {
            throw f.error("an \"on\" block needs \"column\" or \"expr\", not both or neither");
        }
        IndexPart p = col != null ? IndexPart.column(column(col, table, f, f.attribute("column")))
                : IndexPart.expr(expr);
        boolean desc = f.bool("desc", false);
        p = p.withDesc(desc).withCollation(f.string("collate"));
        HclAttribute ops = f.attribute("ops");
        if (ops != null) {
            Object v = ops.value();
            p = p.withOpClass(v instanceof HclWord w ? w.word() : v instanceof HclSql s ? s.sql()
                    : v instanceof String s ? s : null);
        }
        if (f.bool("nulls_first", false)) {
            p = p.withNulls(IndexPart.Nulls.FIRST);
        }
        if (f.bool("nulls_last", false)) {
            p = p.withNulls(IndexPart.Nulls.LAST);
        }
        Long prefix = f.number("prefix");
        p = p.withPrefix(prefix == null ? null : prefix.intValue());
        f.noOtherAttributes();
        f.noOtherBlocks();
        return p;
    }

    private ForeignKey foreignKey(HclBlock b, HclBlock table, String schema) {
        Fields f = new Fields(b);
        List<String> columns = columns(f, "columns", table);
        HclAttribute refAttr = f.attribute("ref_columns");
        TableRef target = null;
        List<String> refColumns = new ArrayList<>();
        for (HclRef r : f.refs("ref_columns")) {
            if (r.steps().size() != 2 || !r.target().type().equals("column")) {
                throw f.error(refAttr, "ref_columns must be columns (table.NAME.column.NAME), not " + r);
            }
            TableRef t = reader.tableOf(r, refAttr);
            if (target != null && !target.equals(t)) {
                throw f.error(refAttr, "ref_columns must all be columns of one table");
            }
            target = t;
            refColumns.add(r.target().name());
        }
        if (target == null) {
            throw f.error("missing attribute \"ref_columns\"");
        }
        ForeignKey fk;
        try {
            fk = ForeignKey.of(b.name(), columns, target, refColumns).withOnUpdate(action(f, "on_update"))
                    .withOnDelete(action(f, "on_delete")).withDeferrable(deferrable(f));
        } catch (IllegalArgumentException e) {
            throw f.error(e.getMessage());
        }
        return fk.withAttrs(reader.dialectAttrs(f, AttrTarget.FOREIGN_KEY));
    }

    private static ReferenceAction action(Fields f, String name) {
        String w = f.word(name);
        if (w == null) {
            return null;
        }
        try {
            return ReferenceAction.of(w);
        } catch (IllegalArgumentException e) {
            throw f.error(f.attribute(name), e.getMessage());
        }
    }

    static Deferrable deferrable(Fields f) {
        boolean deferrable = f.bool("deferrable", false);
        boolean deferred = f.bool("initially_deferred", false);
        if (deferred && !deferrable) {
            throw f.error("initially_deferred needs deferrable = true");
        }
        return deferred ? Deferrable.INITIALLY_DEFERRED : deferrable ? Deferrable.INITIALLY_IMMEDIATE
                : Deferrable.NOT_DEFERRABLE;
    }

    static Check check(HclBlock b) {
        Fields f = new Fields(b);
        Check c = new Check(b.name(), f.requiredString("expr"), f.bool("no_inherit", false), f.bool("enforced", true));
        f.noOtherAttributes();
        f.noOtherBlocks();
        return c;
    }

    private static UniqueConstraint unique(HclBlock b, HclBlock table) {
        Fields f = new Fields(b);
        UniqueConstraint u;
        try {
            u = UniqueConstraint.of(b.name(), columns(f, "columns", table).toArray(String[]::new))
                    .withInclude(columns(f, "include", table)).withNullsNotDistinct(!f.bool("nulls_distinct", true))
                    .withDeferrable(deferrable(f)).withComment(f.string("comment"));
        } catch (IllegalArgumentException e) {
            throw f.error(e.getMessage());
        }
        f.noOtherAttributes();
        f.noOtherBlocks();
        return u;
    }

    private Partitioning partition(HclBlock b, HclBlock table, String tableSchema) {
        Fields f = new Fields(b);
        String type = f.word("type");
        if (type == null) {
            throw f.error("missing attribute \"type\" (RANGE, LIST or HASH)");
        }
        Partitioning.Strategy strategy = Partitioning.Strategy.valueOf(ColumnReader.words(f, "type", type, "RANGE", "LIST",
                "HASH"));
        List<Partitioning.KeyPart> key = new ArrayList<>();
        for (String c : columns(f, "columns", table)) {
            key.add(Partitioning.KeyPart.column(c));
        }
        List<HclBlock> by = f.blocks("by");
        if (!key.isEmpty() && !by.isEmpty()) {
            throw f.error("use \"columns\" or \"by\" blocks, not both");
        }
        for (HclBlock p : by) {
            Fields pf = new Fields(p);
            HclRef col = pf.ref("column");
            String expr = pf.string("expr");
            if ((col == null) == (expr == null)) {
                throw pf.error("a \"by\" block needs \"column\" or \"expr\", not both or neither");
            }
            key.add(col != null ? Partitioning.KeyPart.column(column(col, table, pf, pf.attribute("column")))
                    : Partitioning.KeyPart.expr(expr));
            pf.noOtherAttributes();
            pf.noOtherBlocks();
        }
        if (key.isEmpty()) {
            throw f.error("missing \"columns\" or \"by\" blocks");
        }
        List<Partitioning.Partition> partitions = new ArrayList<>();
        for (HclBlock p : f.blocks("partition")) {
            Fields pf = new Fields(p);
            String schema = pf.attribute("schema") == null ? null : reader.schemaOf(p);
            schema = tableSchema.equals(schema) ? null : schema;
            partitions.add(new Partitioning.Partition(schema, p.name(), pf.requiredString("bound")));
            pf.noOtherAttributes();
            pf.noOtherBlocks();
        }
        f.noOtherAttributes();
        f.noOtherBlocks();
        return new Partitioning(strategy, key, partitions);
    }
}
