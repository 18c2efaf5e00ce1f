package dev.strata.schema.hcl;

import dev.strata.schema.Column;
import dev.strata.schema.CompositeType;
import dev.strata.schema.DomainType;
import dev.strata.schema.EnumType;
import dev.strata.schema.Extension;
import dev.strata.schema.Index;
import dev.strata.schema.Policy;
import dev.strata.schema.Routine;
import dev.strata.schema.Schema;
import dev.strata.schema.Sequence;
import dev.strata.schema.Trigger;
import dev.strata.schema.View;

import java.util.Locale;

/**
 * Prints what Atlas's free edition does not: views, materialized views, functions, procedures,
 * triggers, sequences, domains, composite types, extensions and policies, with the block names
 * of Atlas's documentation. Definitions print as {@code as}, a heredoc when they span lines.
 */
final class ObjectPrinter {

    private final TablePrinter tables;
    private final Labels labels;

    ObjectPrinter(TablePrinter tables, Labels labels) {
        this.tables = tables;
        this.labels = labels;
    }

    void view(HclWriter.Body doc, String schema, View v) {
        String type = v.materialized() ? "materialized" : "view";
        HclWriter.Body b = doc.block(type, labels.labels(type, schema, v.name()));
        b.attr("schema", Labels.schemaRef(schema));
        for (Column c : v.columns()) {
            tables.column(b.block("column", c.name()), c, schema);
        }
        for (Index i : v.indexes()) {
            tables.index(b.block("index", i.name()), i);
        }
        b.attr("as", HclTokens.text(v.definition()));
        if (v.checkOption() != View.CheckOption.NONE) {
            b.attr("check_option", v.checkOption().name());
        }
        b.text("comment", v.comment());
        TablePrinter.attrs(b, v.attrs(), false);
    }

    void routine(HclWriter.Body doc, String schema, Routine r) {
        String type = r.kind().name().toLowerCase(Locale.ROOT);
        HclWriter.Body b = doc.block(type, labels.labels(type, schema, r.name()));
        b.attr("schema", Labels.schemaRef(schema));
        if (r.language() != null) {
            b.attr("lang", HclTokens.wordOrString(r.language()));
        }
        for (Routine.Arg a : r.args()) {
            HclWriter.Body arg = a.name() == null ? b.block("arg") : b.block("arg", a.name());
            arg.attr("type", tables.type(a.type()));
            if (a.mode() != Routine.Arg.Mode.IN) {
                arg.attr("mode", a.mode().name());
            }
            if (a.defaultExpr() != null) {
                arg.attr("default", HclTokens.sql(a.defaultExpr()));
            }
        }
        if (r.returns() != null) {
            b.attr("return", tables.type(r.returns()));
        }
        b.attr("as", HclTokens.text(r.definition()));
        b.text("comment", r.comment());
        TablePrinter.attrs(b, r.attrs(), false);
    }

    void trigger(HclWriter.Body doc, Schema schema, Trigger t) {
        HclWriter.Body b = doc.block("trigger", labels.labels("trigger", schema.name(), t.name()));
        boolean onView = schema.table(t.table()).isEmpty() && schema.view(t.table()).isPresent();
        String on = onView ? (schema.view(t.table()).get().materialized() ? "materialized" : "view") : "table";
        b.attr("on", labels.ref(on, schema.name(), t.table()));
        HclWriter.Body when = b.block(t.timing().name().toLowerCase(Locale.ROOT));
        for (Trigger.Event e : t.events()) {
            if (e == Trigger.Event.UPDATE && !t.updateOf().isEmpty()) {
                when.attr("update_of", Labels.columns(labels.ref(on, schema.name(), t.table()), t.updateOf()));
            } else {
                when.attr(e.name().toLowerCase(Locale.ROOT), "true");
            }
        }
        b.attr("for", t.forEachRow() ? "ROW" : "STATEMENT");
        b.text("when", t.when());
        b.attr("as", HclTokens.text(t.definition()));
        b.text("comment", t.comment());
    }

    void sequence(HclWriter.Body doc, String schema, Sequence s) {
        HclWriter.Body b = doc.block("sequence", labels.labels("sequence", schema, s.name()));
        b.attr("schema", Labels.schemaRef(schema));
        if (s.type() != null) {
            b.attr("type", tables.type(s.type()));
        }
        number(b, "start", s.start());
        number(b, "increment", s.increment());
        number(b, "min_value", s.min());
        number(b, "max_value", s.max());
        number(b, "cache", s.cache());
        if (s.cycle()) {
            b.attr("cycle", "true");
        }
        if (s.ownedBy() != null) {
            b.attr("owner", labels.ref("table", schema, s.ownedBy().table()) + "."
                    + Labels.columnRef(s.ownedBy().column()));
        }
        b.text("comment", s.comment());
    }

    private static void number(HclWriter.Body b, String name, Long v) {
        if (v != null) {
            b.attr(name, String.valueOf(v));
        }
    }

    void enumType(HclWriter.Body doc, String schema, EnumType e) {
        HclWriter.Body b = doc.block("enum", labels.labels("enum", schema, e.name()));
        b.attr("schema", Labels.schemaRef(schema));
        b.attr("values", HclTokens.list(e.values().stream().map(HclTokens::string).toList()));
        b.text("comment", e.comment());
    }

    void domain(HclWriter.Body doc, String schema, DomainType d) {
        HclWriter.Body b = doc.block("domain", labels.labels("domain", schema, d.name()));
        b.attr("schema", Labels.schemaRef(schema));
        b.attr("type", tables.type(d.type()));
        b.attr("null", HclTokens.bool(d.nullable()));
        if (d.defaultValue() != null) {
            b.attr("default", TablePrinter.defaultValue(d.defaultValue()));
        }
        b.text("collate", d.collation());
        b.text("comment", d.comment());
        d.checks().forEach(c -> {
            HclWriter.Body cb = c.name() == null ? b.block("check") : b.block("check", c.name());
            cb.attr("expr", HclTokens.string(c.expr()));
        });
    }

    void composite(HclWriter.Body doc, String schema, CompositeType c) {
        HclWriter.Body b = doc.block("composite", labels.labels("composite", schema, c.name()));
        b.attr("schema", Labels.schemaRef(schema));
        for (CompositeType.Field f : c.fields()) {
            HclWriter.Body fb = b.block("field", f.name());
            fb.attr("type", tables.type(f.type()));
            fb.text("collate", f.collation());
        }
        b.text("comment", c.comment());
    }

    void policy(HclWriter.Body doc, String schema, String table, Policy p) {
        HclWriter.Body b = doc.block("policy", p.name());
        b.attr("on", labels.ref("table", schema, table));
        if (p.command() != Policy.Command.ALL) {
            b.attr("for", p.command().name());
        }
        if (!p.roles().isEmpty()) {
            b.attr("to", HclTokens.list(p.roles().stream().map(HclTokens::string).toList()));
        }
        if (!p.permissive()) {
            b.attr("as", "RESTRICTIVE");
        }
        b.text("using", p.using());
        b.text("check", p.check());
        b.text("comment", p.comment());
    }

    static void extension(HclWriter.Body doc, Extension e) {
        HclWriter.Body b = doc.block("extension", e.name());
        if (e.schema() != null) {
            b.attr("schema", Labels.schemaRef(e.schema()));
        }
        b.text("version", e.version());
        b.text("comment", e.comment());
    }
}
