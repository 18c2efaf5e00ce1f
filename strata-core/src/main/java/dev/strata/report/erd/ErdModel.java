package dev.strata.report.erd;

import dev.strata.schema.Check;
import dev.strata.schema.Column;
import dev.strata.schema.DefaultValue;
import dev.strata.schema.ForeignKey;
import dev.strata.schema.Index;
import dev.strata.schema.IndexPart;
import dev.strata.schema.Realm;
import dev.strata.schema.Schema;
import dev.strata.schema.Table;
import dev.strata.schema.TableRef;
import dev.strata.schema.Trigger;
import dev.strata.schema.UniqueConstraint;
import dev.strata.schema.View;

import java.util.List;
import java.util.Locale;

/**
 * The realm as the page's JSON: a flat list of nodes (tables and views, by id {@code schema.name})
 * and of edges (foreign keys, and what each view reads), the shape the page's layout and search
 * work on. Everything the side panel shows is here; nothing is computed twice in the page.
 */
final class ErdModel {

    private ErdModel() {
    }

    static String json(Realm realm, String title) {
        ViewDeps deps = new ViewDeps(realm);
        JsonOut j = new JsonOut().open().field("title", title);
        j.array("schemas");
        for (Schema s : realm.schemas()) {
            j.open().field("name", s.name()).field("comment", s.comment()).close();
        }
        j.end().array("nodes");
        for (Schema s : realm.schemas()) {
            for (Table t : s.tables()) {
                table(j, s, t);
            }
            for (View v : s.views()) {
                view(j, s, v);
            }
        }
        j.end().array("edges");
        for (Schema s : realm.schemas()) {
            for (Table t : s.tables()) {
                for (ForeignKey fk : t.foreignKeys()) {
                    if (realm.table(fk.refTable()).isEmpty()) {
                        continue; // a table outside the inspected schemas: listed in the panel only
                    }
                    j.open().field("kind", "fk").field("from", id(s.name(), t.name()))
                            .field("to", fk.refTable().toString()).field("name", fk.name())
                            .strings("columns", fk.columns()).strings("refColumns", fk.refColumns())
                            .flag("childUnique", Keys.unique(t, fk.columns())).close();
                }
            }
            for (View v : s.views()) {
                for (TableRef ref : deps.of(s.name(), v)) {
                    j.open().field("kind", "view").field("from", id(s.name(), v.name()))
                            .field("to", ref.toString()).close();
                }
            }
        }
        return j.end().close().toString();
    }

    private static void table(JsonOut j, Schema s, Table t) {
        j.open().field("id", id(s.name(), t.name())).field("schema", s.name()).field("name", t.name())
                .field("kind", "table").field("comment", t.comment());
        columns(j, t.columns(), t);
        if (t.primaryKey() != null) {
            j.open("pk").field("name", t.primaryKey().name()).strings("parts", parts(t.primaryKey().parts()))
                    .close();
        }
        indexes(j, t.indexes());
        j.array("uniques");
        for (UniqueConstraint u : t.uniques()) {
            j.open().field("name", u.name()).strings("columns", u.columns()).close();
        }
        j.end().array("fks");
        for (ForeignKey fk : t.foreignKeys()) {
            j.open().field("name", fk.name()).strings("columns", fk.columns()).field("ref", fk.refTable().toString())
                    .strings("refColumns", fk.refColumns()).field("onUpdate", action(fk.onUpdate().name()))
                    .field("onDelete", action(fk.onDelete().name())).close();
        }
        j.end().array("checks");
        for (Check c : t.checks()) {
            j.open().field("name", c.name()).field("expr", c.expr()).close();
        }
        j.end();
        triggers(j, s.triggers(t.name()));
        j.close();
    }

    private static void view(JsonOut j, Schema s, View v) {
        j.open().field("id", id(s.name(), v.name())).field("schema", s.name()).field("name", v.name())
                .field("kind", v.materialized() ? "materialized view" : "view").field("comment", v.comment())
                .field("definition", v.definition());
        columns(j, v.columns(), null);
        indexes(j, v.indexes());
        triggers(j, s.triggers(v.name()));
        j.close();
    }

    private static void columns(JsonOut j, List<Column> columns, Table t) {
        j.array("columns");
        for (Column c : columns) {
            j.open().field("name", c.name()).field("type", c.type().raw()).flag("null", c.nullable())
                    .field("default", defaultValue(c.defaultValue()))
                    .field("generated", c.generated() == null ? null : c.generated().expr())
                    .flag("identity", c.identity() != null || c.autoIncrement())
                    .flag("pk", t != null && Keys.inPrimaryKey(t, c.name()))
                    .flag("fk", t != null && Keys.inForeignKey(t, c.name()))
                    .flag("unique", t != null && Keys.unique(t, List.of(c.name())))
                    .field("comment", c.comment()).close();
        }
        j.end();
    }

    private static void indexes(JsonOut j, List<Index> indexes) {
        j.array("indexes");
        for (Index i : indexes) {
            j.open().field("name", i.name()).flag("unique", i.unique()).strings("parts", parts(i.parts()))
                    .field("type", i.type()).field("where", i.where()).strings("include", i.include())
                    .field("comment", i.comment()).close();
        }
        j.end();
    }

    private static void triggers(JsonOut j, List<Trigger> triggers) {
        j.array("triggers");
        for (Trigger t : triggers) {
            j.open().field("name", t.name()).field("timing", t.timing().name().replace('_', ' '))
                    .strings("events", t.events().stream().map(Enum::name).toList())
                    .field("definition", t.definition()).field("comment", t.comment()).close();
        }
        j.end();
    }

    private static List<String> parts(List<IndexPart> parts) {
        return parts.stream().map(p -> (p.column() != null ? p.column() : "(" + p.expr() + ")")
                + (p.desc() ? " DESC" : "")).toList();
    }

    /** NO ACTION is every key's default; the panel names only the others. */
    private static String action(String name) {
        return name.equals("NO_ACTION") ? null : name.replace('_', ' ');
    }

    static String defaultValue(DefaultValue d) {
        if (d == null) {
            return null;
        }
        if (d instanceof DefaultValue.StringLiteral s) {
            return "'" + s.value().replace("'", "''") + "'";
        }
        if (d instanceof DefaultValue.NumberLiteral n) {
            return n.value();
        }
        if (d instanceof DefaultValue.BoolLiteral b) {
            return String.valueOf(b.value()).toLowerCase(Locale.ROOT);
        }
        return ((DefaultValue.Expression) d).sql();
    }

    static String id(String schema, String name) {
        return schema + "." + name;
    }
}
