package dev.strata.schema.hcl;

import dev.strata.config.HclAttribute;
import dev.strata.config.HclBlock;
import dev.strata.config.HclRef;
import dev.strata.config.HclSql;
import dev.strata.schema.AttrTarget;
import dev.strata.schema.Check;
import dev.strata.schema.Column;
import dev.strata.schema.ColumnRef;
import dev.strata.schema.CompositeType;
import dev.strata.schema.DomainType;
import dev.strata.schema.EnumType;
import dev.strata.schema.Extension;
import dev.strata.schema.Index;
import dev.strata.schema.Policy;
import dev.strata.schema.Routine;
import dev.strata.schema.Schema;
import dev.strata.schema.Sequence;
import dev.strata.schema.TableRef;
import dev.strata.schema.Trigger;
import dev.strata.schema.UserType;
import dev.strata.schema.View;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads the blocks other than tables: schemas, types, views, routines, triggers, sequences and more. */
final class ObjectReader {

    private final HclReader reader;
    private final ColumnReader columns;

    ObjectReader(HclReader reader) {
        this.reader = reader;
        this.columns = new ColumnReader(reader);
    }

    Schema schema(HclBlock b) {
        Fields f = new Fields(b);
        Schema s = Schema.named(b.name()).withComment(f.string("comment")).withCharset(f.string("charset"));
        String collate = f.string("collate");
        s = s.withCollation(collate != null ? collate : f.string("collation"));
        f.attribute("name");
        return s.withAttrs(reader.dialectAttrs(f, AttrTarget.SCHEMA));
    }

    UserType userType(HclBlock b, String schema) {
        Fields f = new Fields(b);
        f.attribute("schema");
        UserType t;
        switch (b.type()) {
            case "enum":
                t = new EnumType(b.name(), f.strings("values"), f.string("comment"));
                if (((EnumType) t).values().isEmpty()) {
                    throw f.error("missing attribute \"values\"");
                }
                break;
            case "domain": {
                List<Check> checks = new ArrayList<>();
                for (HclBlock c : f.blocks("check")) {
                    checks.add(TableReader.check(c));
                }
                t = new DomainType(b.name(), columns.type(f, schema, "type", true), f.bool("null", true),
                        ColumnReader.defaultValue(f, "default"), checks, f.string("collate"), f.string("comment"));
                break;
            }
            default: {
                List<CompositeType.Field> fields = new ArrayList<>();
                for (HclBlock field : f.blocks("field")) {
                    Fields ff = new Fields(field);
                    fields.add(new CompositeType.Field(field.name(), columns.type(ff, schema, "type",
                            true), ff.string("collate")));
                    ff.noOtherAttributes();
                    ff.noOtherBlocks();
                }
                t = new CompositeType(b.name(), fields, f.string("comment"));
            }
        }
        f.noOtherAttributes();
        f.noOtherBlocks();
        return t;
    }

    View view(HclBlock b, String schema, TableReader tables) {
        Fields f = new Fields(b);
        f.attribute("schema");
        f.attribute("depends_on");
        List<Column> viewColumns = new ArrayList<>();
        for (HclBlock c : f.blocks("column")) {
            viewColumns.add(columns.column(c, schema));
        }
        List<Index> indexes = new ArrayList<>();
        for (HclBlock i : f.blocks("index")) {
            if (!b.type().equals("materialized")) {
                throw i.error("view \"" + b.name() + "\": only materialized views have indexes");
            }
            indexes.add(tables.index(i, b));
        }
        String option = f.word("check_option");
        View.CheckOption checkOption = option == null ? View.CheckOption.NONE
                : View.CheckOption.valueOf(ColumnReader.words(f, "check_option", option, "NONE", "LOCAL", "CASCADED"));
        View v = View.of(b.name(), definition(f)).withMaterialized(b.type().equals("materialized"))
                .withColumns(viewColumns).withIndexes(indexes).withCheckOption(checkOption)
                .withComment(f.string("comment"));
        return v.withAttrs(reader.dialectAttrs(f, AttrTarget.VIEW));
    }

    /** The {@code as} text: a string, a heredoc or {@code sql("...")}. */
    private static String definition(Fields f) {
        HclAttribute a = f.attribute("as");
        if (a == null) {
            throw f.error("missing attribute \"as\" (its definition)");
        }
        if (a.value() instanceof String s && !s.isBlank()) {
            return s;
        }
        if (a.value() instanceof HclSql s) {
            return s.sql();
        }
        throw f.error(a, "\"as\" must be the definition's text, not " + Fields.describe(a.value()));
    }

    Routine routine(HclBlock b, String schema) {
        Fields f = new Fields(b);
        f.attribute("schema");
        List<Routine.Arg> args = new ArrayList<>();
        for (HclBlock a : f.blocks("arg")) {
            Fields af = new Fields(a);
            String mode = af.word("mode");
            HclAttribute dflt = af.attribute("default");
            String defaultExpr = dflt == null ? null : dflt.value() instanceof HclSql s ? s.sql()
                    : String.valueOf(dflt.value());
            args.add(new Routine.Arg(a.name(), columns.type(af, schema, "type", true), mode == null ? null
                    : Routine.Arg.Mode.valueOf(ColumnReader.words(af, "mode", mode, "IN", "OUT", "INOUT", "VARIADIC")),
                    defaultExpr));
            af.noOtherAttributes();
            af.noOtherBlocks();
        }
        Routine.Kind kind = Routine.Kind.valueOf(b.type().toUpperCase(Locale.ROOT));
        var returns = columns.type(f, schema, "return", false);
        String lang = f.word("lang");
        String definition = definition(f);
        String comment = f.string("comment");
        return new Routine(kind, b.name(), args, returns, lang, definition, comment,
                reader.dialectAttrs(f, AttrTarget.ROUTINE));
    }

    Sequence sequence(HclBlock b, String schema) {
        Fields f = new Fields(b);
        f.attribute("schema");
        ColumnRef owner = null;
        HclRef ref = f.ref("owner");
        if (ref != null) {
            HclAttribute at = f.attribute("owner");
            TableRef t = reader.tableOf(ref, at);
            if (ref.steps().size() != 2 || !ref.target().type().equals("column") || !t.schema().equals(schema)) {
                throw f.error(at, "\"owner\" must be a column of a table of the same schema (table.T.column.C)");
            }
            owner = new ColumnRef(t.name(), ref.target().name());
        }
        Sequence s = new Sequence(b.name(), columns.type(f, schema, "type", false), f.number("start"),
                f.number("increment"), f.number("min_value"), f.number("max_value"), f.number("cache"),
                f.bool("cycle", false), owner, f.string("comment"));
        f.noOtherAttributes();
        f.noOtherBlocks();
        return s;
    }

    /** The table or view a trigger is on; its schema is the trigger's. */
    TableRef triggerTarget(HclBlock b) {
        return on(b, List.of("table", "view", "materialized"), "a table or a view");
    }

    /** The object an {@code on} attribute names, of one of {@code types}. */
    private TableRef on(HclBlock b, List<String> types, String what) {
        Fields f = new Fields(b);
        HclRef on = f.ref("on");
        if (on == null || on.steps().size() != 1 || !types.contains(on.target().type())) {
            throw f.error("\"on\" must name " + what + " (on = " + types.get(0) + ".NAME)");
        }
        return reader.tableOf(on, f.attribute("on"));
    }

    Trigger trigger(HclBlock b, TableRef on) {
        Fields f = new Fields(b);
        f.attribute("on");
        Trigger.Timing timing = null;
        List<Trigger.Event> events = new ArrayList<>();
        List<String> updateOf = new ArrayList<>();
        for (Trigger.Timing t : Trigger.Timing.values()) {
            HclBlock when = f.single(t.name().toLowerCase(Locale.ROOT));
            if (when == null) {
                continue;
            }
            if (timing != null) {
                throw when.error("trigger \"" + b.name() + "\": more than one of before, after and instead_of");
            }
            timing = t;
            Fields w = new Fields(when);
            for (Trigger.Event e : Trigger.Event.values()) {
                if (w.bool(e.name().toLowerCase(Locale.ROOT), false)) {
                    events.add(e);
                }
            }
            HclAttribute of = w.attribute("update_of");
            for (HclRef r : w.refs("update_of")) {
                updateOf.add(r.target().name());
            }
            if (of != null) {
                events.add(Trigger.Event.UPDATE);
            }
            w.noOtherAttributes();
            w.noOtherBlocks();
        }
        if (timing == null) {
            throw f.error("missing a before, after or instead_of block");
        }
        String forEach = f.word("for");
        boolean row = forEach == null || ColumnReader.words(f, "for", forEach, "ROW", "STATEMENT").equals("ROW");
        Trigger t;
        try {
            t = new Trigger(b.name(), on.name(), timing, events, updateOf, row, f.string("when"), definition(f),
                    f.string("comment"));
        } catch (IllegalArgumentException e) {
            throw f.error(e.getMessage());
        }
        f.noOtherAttributes();
        f.noOtherBlocks();
        return t;
    }

    TableRef policyTable(HclBlock b) {
        return on(b, List.of("table"), "a table");
    }

    Policy policy(HclBlock b) {
        Fields f = new Fields(b);
        f.attribute("on");
        String command = f.word("for");
        String as = f.word("as");
        Policy p = new Policy(b.name(), command == null ? Policy.Command.ALL : Policy.Command.valueOf(
                ColumnReader.words(f, "for", command, "ALL", "SELECT", "INSERT", "UPDATE", "DELETE")),
                as == null || ColumnReader.words(f, "as", as, "PERMISSIVE", "RESTRICTIVE").equals("PERMISSIVE"),
                f.strings("to"), f.string("using"), f.string("check"), f.string("comment"));
        f.noOtherAttributes();
        f.noOtherBlocks();
        return p;
    }

    Extension extension(HclBlock b) {
        Fields f = new Fields(b);
        String schema = f.attribute("schema") == null ? null : reader.schemaOf(b);
        Extension e = new Extension(b.name(), schema, f.string("version"), f.string("comment"));
        f.noOtherAttributes();
        f.noOtherBlocks();
        return e;
    }
}
