package dev.strata.schema.diff;

import dev.strata.dialect.SchemaDialects;
import dev.strata.schema.Check;
import dev.strata.schema.Column;
import dev.strata.schema.ColumnType;
import dev.strata.schema.DefaultValue;
import dev.strata.schema.ForeignKey;
import dev.strata.schema.Realm;
import dev.strata.schema.RowSecurity;
import dev.strata.schema.Schema;
import dev.strata.schema.Table;
import dev.strata.schema.TypeNames;

import java.util.List;

/**
 * What of a generated realm a database's property run keeps: {@link RandomRealms} makes every
 * kind of object the model has, and each database holds a part of them. The realm is cut down to
 * that part, its types respelled in the dialect's names, and repaired.
 *
 * @param dialect the dialect's name for {@link SchemaDialects}
 */
record DbProfile(String dialect) {

    static final DbProfile SQLITE = new DbProfile("sqlite");
    static final DbProfile POSTGRES = new DbProfile("postgres");
    static final DbProfile MARIADB = new DbProfile("mariadb");

    /** The realm cut to this database, its one schema (generated as {@code s0}) named {@code schema}. */
    Realm restrict(Realm r, String schema) {
        if (dialect.equals("sqlite")) {
            return sqlite(r, schema);
        }
        if (dialect.equals("mariadb")) {
            return mariadb(r, schema);
        }
        return postgres(r, schema);
    }

    /**
     * PostgreSQL: one schema (the session's, bound by {@code search_path}) with everything the
     * generator makes but extensions (made-up names), MySQL's charsets, partitioning (a
     * partitioned table's unique keys must hold its partition key, which the generator does not
     * see to) and comments on unique constraints.
     */
    private Realm postgres(Realm r, String schema) {
        TypeNames names = SchemaDialects.typeNames("postgres");
        Schema s0 = r.schema("s0").map(s -> Renaming.rebind(s, schema)).orElse(Schema.named(schema));
        List<Table> tables = s0.tables().stream()
                .map(t -> t.withCharset(null).withCollation(null).withPartitioning(null)
                        // a unique constraint's comment: planned by PostgresDdl, not found after (seed 7000011)
                        .withUniques(t.uniques().stream().map(u -> u.withComment(null)).toList())
                        // PostgreSQL names every constraint: the unnamed ones get the names it would give
                        .withForeignKeys(t.foreignKeys().stream().filter(f -> f.refTable().schema().equals(schema))
                                .map(f -> f.name() != null ? f : new ForeignKey(t.name() + "_" + f.columns().get(0)
                                        + "_fkey", f.columns(), f.refTable(), f.refColumns(), f.onUpdate(),
                                        f.onDelete(), f.deferrable(), f.attrs())).toList())
                        .withChecks(t.checks().stream().map(c -> c.name() != null ? c : new Check(t.name() + "_check",
                                c.expr(), c.noInherit(), c.enforced())).toList())
                        .withColumns(t.columns().stream().map(c -> c.withType(c.type().userType() != null
                                ? names.userType(c.type().userType(), c.type().kind(), schema)
                                : names.parse(c.type().raw()))).toList()))
                .toList();
        Schema one = s0.withTables(tables).withComment(null);
        return Repair.of(new Realm(List.of(one), List.of(), List.of()));
    }

    /**
     * SQLite: one schema, {@code main}; tables with integer, text, numeric and boolean columns,
     * literal defaults, keys, indexes, checks, foreign keys, and plain views. No comments, types,
     * sequences, routines or triggers (their SQL is PostgreSQL's).
     */
    private Realm sqlite(Realm r, String schema) {
        Schema s0 = r.schema("s0").map(s -> Renaming.rebind(s, schema)).orElse(Schema.named(schema));
        Schema main = Schema.named(schema).withTables(plainTables(s0, schema, "sqlite", "text", true))
                .withViews(s0.views().stream().filter(v -> !v.materialized()).toList());
        return Repair.of(new Realm(List.of(main), List.of(), List.of()));
    }

    /**
     * MariaDB: one schema (the URL's database); tables with int, varchar(50), decimal and boolean
     * columns (varchar, not text, so any column can be in a key), literal defaults, keys, indexes and
     * foreign keys. No checks (the generator's expressions are PostgreSQL's), unique constraints
     * (MySQL has unique indexes), comments, views, types, sequences, routines or triggers.
     */
    private Realm mariadb(Realm r, String schema) {
        Schema s0 = r.schema("s0").map(s -> Renaming.rebind(s, schema)).orElse(Schema.named(schema));
        Schema one = Schema.named(schema).withTables(plainTables(s0, schema, "mariadb", "varchar(50)", false));
        return Repair.of(new Realm(List.of(one), List.of(), List.of()));
    }

    /** The tables with four plain column types, keys, indexes, foreign keys in the schema, and checks if kept. */
    private static List<Table> plainTables(Schema s0, String schema, String dialect, String text, boolean checks) {
        TypeNames names = SchemaDialects.typeNames(dialect);
        return s0.tables().stream()
                .map(t -> t.withComment(null).withCharset(null).withCollation(null).withPolicies(List.of())
                        .withRowSecurity(RowSecurity.OFF).withPartitioning(null).withUniques(List.of())
                        .withChecks(!checks ? List.of()
                                : t.checks().stream().map(c -> new Check(c.name(), c.expr(), false, true)).toList())
                        .withForeignKeys(t.foreignKeys().stream().filter(f -> f.refTable().schema().equals(schema))
                                .toList())
                        .withColumns(t.columns().stream().map(c -> column(c, names, text)).toList()))
                .toList();
    }

    private static Column column(Column c, TypeNames names, String text) {
        String raw = switch (c.type().kind()) {
            case STRING -> text;
            case DECIMAL -> "numeric(10,2)";
            case BOOLEAN -> "boolean";
            default -> "integer";
        };
        ColumnType t = names.parse(raw);
        DefaultValue d = c.defaultValue() instanceof DefaultValue.Expression ? null : c.defaultValue();
        if (d != null && !fits(d, t)) {
            d = null;
        }
        return new Column(c.name(), t, c.nullable(), d, null, false, null, null, null, null, List.of());
    }

    /** A default of the column's kind: a generated default stays with the type it was made for. */
    private static boolean fits(DefaultValue d, ColumnType t) {
        return switch (t.kind()) {
            case STRING -> d instanceof DefaultValue.StringLiteral;
            case BOOLEAN -> d instanceof DefaultValue.BoolLiteral;
            default -> d instanceof DefaultValue.NumberLiteral;
        };
    }
}
