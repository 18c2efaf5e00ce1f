package dev.strata.schema.json;

import dev.strata.schema.Check;
import dev.strata.schema.Column;
import dev.strata.schema.CompositeType;
import dev.strata.schema.DefaultValue;
import dev.strata.schema.DialectAttr;
import dev.strata.schema.DomainType;
import dev.strata.schema.EnumType;
import dev.strata.schema.Extension;
import dev.strata.schema.ForeignKey;
import dev.strata.schema.Index;
import dev.strata.schema.IndexPart;
import dev.strata.schema.Partitioning;
import dev.strata.schema.Policy;
import dev.strata.schema.PrimaryKey;
import dev.strata.schema.Realm;
import dev.strata.schema.Routine;
import dev.strata.schema.Schema;
import dev.strata.schema.Sequence;
import dev.strata.schema.Table;
import dev.strata.schema.Trigger;
import dev.strata.schema.UniqueConstraint;
import dev.strata.schema.UserType;
import dev.strata.schema.View;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A realm as the JSON of Atlas's {@code schema inspect --format '{{ json . }}'}: schemas, their
 * tables, columns (with the database's type), indexes, primary key and foreign keys, with Atlas's
 * keys in Atlas's order and empty values left out. What Atlas does not print follows under keys of
 * its own, after Atlas's: a column's default and generation, checks, partitioning, policies, views,
 * routines, triggers, sequences, types, extensions and dialect attributes ({@code attrs}).
 * PostgreSQL's unique constraints are among the indexes, as Atlas has them.
 */
public final class SchemaJson {

    private SchemaJson() {
    }

    /** Compact JSON, as {@code json.Marshal}. */
    public static String print(Realm realm) {
        return print(realm, "", "");
    }

    /** JSON laid out as {@code json.MarshalIndent(v, prefix, indent)} ({@code {{ json . "" "  " }}}). */
    public static String print(Realm realm, String prefix, String indent) {
        Obj root = new Obj().list("schemas", map(realm.schemas(), SchemaJson::schema))
                .list("extensions", map(realm.extensions(), SchemaJson::extension)).attrs(realm.attrs());
        return JsonWriter.write(root, prefix, indent);
    }

    /** A map that leaves out empty values, as Go's {@code omitempty}. */
    private static final class Obj extends LinkedHashMap<String, Object> {
        private static final long serialVersionUID = 1L;

        Obj text(String key, String value) {
            if (value != null && !value.isEmpty()) {
                put(key, value);
            }
            return this;
        }

        Obj always(String key, Object value) {
            put(key, value);
            return this;
        }

        Obj flag(String key, boolean value) {
            if (value) {
                put(key, true);
            }
            return this;
        }

        Obj number(String key, Number value) {
            if (value != null) {
                put(key, value);
            }
            return this;
        }

        Obj list(String key, List<?> value) {
            if (value != null && !value.isEmpty()) {
                put(key, value);
            }
            return this;
        }

        Obj obj(String key, Obj value) {
            if (value != null && !value.isEmpty()) {
                put(key, value);
            }
            return this;
        }

        Obj attrs(List<DialectAttr> attrs) {
            Obj a = new Obj();
            for (DialectAttr d : attrs) {
                Object v = d.value();
                a.always(d.key(), v instanceof DialectAttr.Word w ? w.word() : v instanceof DialectAttr.Sql s ? s.sql()
                        : v);
            }
            return obj("attrs", a);
        }
    }

    private static <T> List<Obj> map(List<T> items, Function<T, Obj> f) {
        List<Obj> out = new ArrayList<>();
        items.forEach(i -> out.add(f.apply(i)));
        return out;
    }

    private static Obj schema(Schema s) {
        return new Obj().always("name", s.name()).list("tables", map(s.tables(), SchemaJson::table))
                .text("comment", s.comment()).text("charset", s.charset()).text("collate", s.collation())
                .list("views", map(s.views(), SchemaJson::view))
                .list("routines", map(s.routines(), SchemaJson::routine))
                .list("triggers", map(s.triggers(), SchemaJson::trigger))
                .list("sequences", map(s.sequences(), SchemaJson::sequence))
                .list("types", map(s.types(), SchemaJson::userType)).attrs(s.attrs());
    }

    private static Obj table(Table t) {
        List<Obj> indexes = new ArrayList<>(map(t.indexes(), SchemaJson::index));
        t.uniques().forEach(u -> indexes.add(unique(u)));
        Obj o = new Obj().always("name", t.name()).list("columns", map(t.columns(), SchemaJson::column))
                .list("indexes", indexes).obj("primary_key", t.primaryKey() == null ? null : primaryKey(t.primaryKey()))
                .list("foreign_keys", map(t.foreignKeys(), SchemaJson::foreignKey))
                .text("comment", t.comment()).text("charset", t.charset()).text("collate", t.collation())
                .list("checks", map(t.checks(), SchemaJson::check));
        if (t.partitioning() != null) {
            o.obj("partition", partition(t.partitioning()));
        }
        return o.flag("row_security", t.rowSecurity().enabled()).flag("row_security_forced", t.rowSecurity().forced())
                .list("policies", map(t.policies(), SchemaJson::policy)).attrs(t.attrs());
    }

    private static Obj column(Column c) {
        Obj o = new Obj().always("name", c.name()).text("type", c.type().raw()).flag("null", c.nullable())
                .text("comment", c.comment()).text("charset", c.charset()).text("collate", c.collation());
        if (c.defaultValue() != null) {
            o.obj("default", defaultValue(c.defaultValue()));
        }
        if (c.identity() != null) {
            o.obj("identity", new Obj().always("generated", c.identity().generation().name())
                    .always("start", c.identity().start()).always("increment", c.identity().increment()));
        }
        o.flag("auto_increment", c.autoIncrement());
        if (c.generated() != null) {
            o.obj("generated", new Obj().always("expr", c.generated().expr())
                    .always("type", c.generated().storage().name()));
        }
        return o.attrs(c.attrs());
    }

    private static Obj defaultValue(DefaultValue d) {
        if (d instanceof DefaultValue.StringLiteral s) {
            return new Obj().always("string", s.value());
        }
        if (d instanceof DefaultValue.NumberLiteral n) {
            return new Obj().always("number", n.value());
        }
        if (d instanceof DefaultValue.BoolLiteral b) {
            return new Obj().always("bool", b.value());
        }
        return new Obj().always("expr", ((DefaultValue.Expression) d).sql());
    }

    private static List<Obj> parts(List<IndexPart> parts) {
        return map(parts, p -> new Obj().flag("desc", p.desc()).text("column", p.column()).text("expr", p.expr())
                .text("nulls", p.nulls() == null ? null : p.nulls().name()).text("collate", p.collation())
                .text("ops", p.opClass()).number("prefix", p.prefix()));
    }

    private static Obj index(Index i) {
        return new Obj().text("name", i.name()).flag("unique", i.unique()).list("parts", parts(i.parts()))
                .text("type", i.type()).text("where", i.where()).list("include", i.include())
                .flag("nulls_not_distinct", i.nullsNotDistinct()).text("comment", i.comment()).attrs(i.attrs());
    }

    private static Obj unique(UniqueConstraint u) {
        return new Obj().text("name", u.name()).flag("unique", true)
                .list("parts", map(u.columns(), c -> new Obj().always("column", c))).flag("constraint", true)
                .list("include", u.include()).flag("nulls_not_distinct", u.nullsNotDistinct())
                .text("deferrable", deferrable(u.deferrable())).text("comment", u.comment());
    }

    private static Obj primaryKey(PrimaryKey pk) {
        return new Obj().list("parts", parts(pk.parts())).text("name", pk.name()).list("include", pk.include())
                .text("comment", pk.comment()).attrs(pk.attrs());
    }

    private static Obj foreignKey(ForeignKey fk) {
        Obj references = new Obj().always("table", fk.refTable().name()).list("columns", fk.refColumns())
                .always("schema", fk.refTable().schema());
        return new Obj().always("name", fk.name() == null ? "" : fk.name()).list("columns", fk.columns())
                .always("references", references).always("on_update", fk.onUpdate().sql())
                .always("on_delete", fk.onDelete().sql()).text("deferrable", deferrable(fk.deferrable()))
                .attrs(fk.attrs());
    }

    private static String deferrable(dev.strata.schema.Deferrable d) {
        return switch (d) {
            case NOT_DEFERRABLE -> null;
            case INITIALLY_IMMEDIATE -> "INITIALLY IMMEDIATE";
            case INITIALLY_DEFERRED -> "INITIALLY DEFERRED";
        };
    }

    private static Obj check(Check c) {
        return new Obj().text("name", c.name()).always("expr", c.expr()).flag("no_inherit", c.noInherit())
                .flag("not_enforced", !c.enforced());
    }

    private static Obj partition(Partitioning p) {
        return new Obj().always("type", p.strategy().name())
                .list("parts", map(p.key(), k -> new Obj().text("column", k.column()).text("expr", k.expr())))
                .list("partitions", map(p.partitions(), x -> new Obj().text("schema", x.schema())
                        .always("name", x.name()).always("bound", x.bound())));
    }

    private static Obj policy(Policy p) {
        return new Obj().always("name", p.name()).always("for", p.command().name())
                .always("as", p.permissive() ? "PERMISSIVE" : "RESTRICTIVE").list("to", p.roles())
                .text("using", p.using()).text("check", p.check()).text("comment", p.comment());
    }

    private static Obj view(View v) {
        return new Obj().always("name", v.name()).flag("materialized", v.materialized())
                .list("columns", map(v.columns(), SchemaJson::column)).list("indexes", map(v.indexes(), SchemaJson::index))
                .always("definition", v.definition())
                .text("check_option", v.checkOption() == View.CheckOption.NONE ? null : v.checkOption().name())
                .text("comment", v.comment()).attrs(v.attrs());
    }

    private static Obj routine(Routine r) {
        return new Obj().always("kind", r.kind().name().toLowerCase(Locale.ROOT)).always("name", r.name())
                .list("args", map(r.args(), a -> new Obj().text("name", a.name()).always("type", a.type().raw())
                        .text("mode", a.mode() == Routine.Arg.Mode.IN ? null : a.mode().name())
                        .text("default", a.defaultExpr())))
                .text("returns", r.returns() == null ? null : r.returns().raw()).text("language", r.language())
                .always("definition", r.definition()).text("comment", r.comment()).attrs(r.attrs());
    }

    private static Obj trigger(Trigger t) {
        return new Obj().always("name", t.name()).always("table", t.table()).always("timing", t.timing().name()
                        .replace('_', ' ')).list("events", t.events().stream().map(Enum::name).toList())
                .list("update_of", t.updateOf()).always("for_each", t.forEachRow() ? "ROW" : "STATEMENT")
                .text("when", t.when()).always("definition", t.definition()).text("comment", t.comment());
    }

    private static Obj sequence(Sequence s) {
        Obj o = new Obj().always("name", s.name()).text("type", s.type() == null ? null : s.type().raw())
                .number("start", s.start()).number("increment", s.increment()).number("min_value", s.min())
                .number("max_value", s.max()).number("cache", s.cache()).flag("cycle", s.cycle());
        if (s.ownedBy() != null) {
            o.obj("owned_by", new Obj().always("table", s.ownedBy().table()).always("column", s.ownedBy().column()));
        }
        return o.text("comment", s.comment());
    }

    private static Obj userType(UserType t) {
        Obj o = new Obj().always("kind", t.kind()).always("name", t.name());
        if (t instanceof EnumType e) {
            o.list("values", e.values());
        } else if (t instanceof DomainType d) {
            o.always("type", d.type().raw()).flag("null", d.nullable());
            if (d.defaultValue() != null) {
                o.obj("default", defaultValue(d.defaultValue()));
            }
            o.text("collate", d.collation()).list("checks", map(d.checks(), SchemaJson::check));
        } else if (t instanceof CompositeType c) {
            o.list("fields", map(c.fields(), f -> new Obj().always("name", f.name()).always("type", f.type().raw())
                    .text("collate", f.collation())));
        }
        return o.text("comment", t.comment());
    }

    private static Obj extension(Extension e) {
        return new Obj().always("name", e.name()).text("schema", e.schema()).text("version", e.version())
                .text("comment", e.comment());
    }
}
