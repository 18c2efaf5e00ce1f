package dev.strata.schema.hcl;

import dev.strata.config.HclAttribute;
import dev.strata.config.HclBlock;
import dev.strata.config.HclCall;
import dev.strata.config.HclRef;
import dev.strata.config.HclSql;
import dev.strata.config.HclWord;
import dev.strata.schema.AttrTarget;
import dev.strata.schema.Column;
import dev.strata.schema.ColumnType;
import dev.strata.schema.DefaultValue;
import dev.strata.schema.Generated;
import dev.strata.schema.Identity;
import dev.strata.schema.TypeKind;
import dev.strata.schema.TypeRef;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/** Reads a {@code column} block, and the types and defaults other blocks share with columns. */
final class ColumnReader {

    private final HclReader reader;

    ColumnReader(HclReader reader) {
        this.reader = reader;
    }

    /** MySQL's {@code collate}, or {@code collation} as older Atlas files spell it. */
    static String collation(Fields f) {
        String c = f.string("collate");
        return c != null ? c : f.string("collation");
    }

    /** A column block, also of views; {@code schema} qualifies user-defined types. */
    Column column(HclBlock b, String schema) {
        Fields f = new Fields(b);
        try {
            return read(f, b, schema);
        } catch (IllegalArgumentException e) {
            throw f.error(e.getMessage());
        }
    }

    private Column read(Fields f, HclBlock b, String schema) {
        Column c = Column.of(b.name(), type(f, schema, "type", true)).withNullable(f.bool("null", false))
                .withDefault(defaultValue(f, "default")).withComment(f.string("comment"))
                .withCharset(f.string("charset")).withCollation(collation(f))
                .withAutoIncrement(f.bool("auto_increment", false));
        f.attribute("unsigned");
        HclBlock id = f.single("identity");
        if (id != null) {
            Fields i = new Fields(id);
            String gen = i.word("generated");
            Identity.Generation g = gen == null ? Identity.Generation.BY_DEFAULT
                    : Identity.Generation.valueOf(words(i, "generated", gen, "ALWAYS", "BY_DEFAULT"));
            Long start = i.number("start");
            Long inc = i.number("increment");
            c = c.withIdentity(new Identity(g, start == null ? 1 : start, inc == null ? 1 : inc));
            i.noOtherAttributes();
            i.noOtherBlocks();
        }
        c = c.withGenerated(generated(f));
        return c.withAttrs(reader.dialectAttrs(f, AttrTarget.COLUMN));
    }

    private Generated generated(Fields f) {
        Generated.Storage dflt = reader.dialect.equals("postgres") ? Generated.Storage.STORED
                : Generated.Storage.VIRTUAL;
        HclAttribute as = f.attribute("as");
        HclBlock block = f.single("as");
        if (as != null && block != null) {
            throw f.error("multiple as definitions: use the attribute or the block");
        }
        if (as != null) {
            if (!(as.value() instanceof String expr)) {
                throw f.error(as, "\"as\" must be a string");
            }
            return new Generated(expr, dflt);
        }
        if (block == null) {
            return null;
        }
        Fields g = new Fields(block);
        String type = g.word("type");
        Generated.Storage storage = type == null ? dflt : switch (words(g, "type", type, "STORED", "VIRTUAL",
                "PERSISTENT")) {
            case "VIRTUAL" -> Generated.Storage.VIRTUAL;
            default -> Generated.Storage.STORED;
        };
        Generated out = new Generated(g.requiredString("expr"), storage);
        g.noOtherAttributes();
        g.noOtherBlocks();
        return out;
    }

    /** One of the allowed words, in upper case with spaces as underscores, or an error naming them. */
    static String words(Fields f, String attribute, String value, String... allowed) {
        String v = value.strip().replace(' ', '_').toUpperCase(Locale.ROOT);
        for (String a : allowed) {
            if (a.equals(v)) {
                return a;
            }
        }
        throw f.error(f.attribute(attribute), "\"" + attribute + "\" must be one of " + String.join(", ", allowed)
                + ", not " + value);
    }

    /** The type an attribute holds: a name, a call, {@code sql("...")} or a reference to a user type. */
    ColumnType type(Fields f, String schema, String name, boolean required) {
        HclAttribute a = f.attribute(name);
        if (a == null) {
            if (required) {
                throw f.error("missing attribute \"" + name + "\"");
            }
            return null;
        }
        Object v = a.value();
        boolean unsigned = f.bool("unsigned", false);
        try {
            ColumnType t = null;
            if (v instanceof HclWord w) {
                t = reader.types.fromHcl(w.word(), List.of(), unsigned);
                if (t == null) {
                    throw f.error(a, "unknown type \"" + w.word() + "\" in " + f.block().type() + "." + name);
                }
            } else if (v instanceof HclCall call) {
                t = reader.types.fromHcl(call.name(), call.args(), unsigned);
                if (t == null) {
                    throw f.error(a, "unknown type \"" + call.name() + "\" in " + f.block().type() + "." + name);
                }
            } else if (v instanceof HclSql sql) {
                t = reader.types.parse(sql.sql(), schema, reader.userTypes());
            } else if (v instanceof HclRef ref) {
                t = userType(ref, a, schema);
            }
            if (t == null) {
                throw f.error(a, "\"" + name + "\" must be a type such as integer, varchar(255) or sql(\"...\"), not "
                        + Fields.describe(v));
            }
            return t;
        } catch (IllegalArgumentException e) {
            throw f.error(a, e.getMessage());
        }
    }

    private ColumnType userType(HclRef ref, HclAttribute a, String schema) {
        HclRef.Step step = ref.steps().get(0);
        TypeKind kind = switch (step.type()) {
            case "enum" -> TypeKind.ENUM;
            case "domain" -> TypeKind.DOMAIN;
            case "composite" -> TypeKind.COMPOSITE;
            default -> null;
        };
        if (kind == null || ref.steps().size() != 1) {
            throw a.error("a type reference names an enum, a domain or a composite type, not " + ref);
        }
        HclBlock target = reader.target(step, a);
        return reader.types.userType(new TypeRef(reader.schemaOf(target), target.name()), kind, schema);
    }

    static DefaultValue defaultValue(Fields f, String name) {
        HclAttribute a = f.attribute(name);
        if (a == null) {
            return null;
        }
        Object v = a.value();
        if (v instanceof String s) {
            return DefaultValue.string(s);
        }
        if (v instanceof BigDecimal d) {
            return DefaultValue.number(d.toPlainString());
        }
        if (v instanceof Boolean b) {
            return DefaultValue.bool(b);
        }
        if (v instanceof HclSql s) {
            return DefaultValue.expr(s.sql());
        }
        throw f.error(a, "\"" + name + "\" must be a string, a number, a bool or sql(\"...\"), not "
                + Fields.describe(v));
    }
}
